import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isWellFormedPostcode } from './targets.model.ts';
import { postcodeConstituencies, targets, type TargetRow } from './targets.tables.ts';

/** Postcodes are compared upper case without spaces ("10 115" = "10115", "sw1a 0aa" = "SW1A0AA"). */
export function normalisePostcode(postcode: string): string {
  return postcode.toUpperCase().replace(/[\s-]+/g, '');
}

/**
 * "Find your representative": the constituencies a postcode lies in and the members of parliament of
 * those constituencies. A postcode can straddle constituencies; then several are returned and the
 * supporter chooses.
 */
export async function findRepresentatives(db: Db, country: string, postcode: string): Promise<{ constituencies: string[]; targets: TargetRow[] }> {
  const rows = await db
    .selectDistinct({ constituency: postcodeConstituencies.constituency })
    .from(postcodeConstituencies)
    .where(and(eq(postcodeConstituencies.country, country.toUpperCase()), eq(postcodeConstituencies.postcode, normalisePostcode(postcode))));
  const constituencies = rows.map((r) => r.constituency).sort((a, b) => a.localeCompare(b));
  if (!constituencies.length) return { constituencies, targets: [] };
  const found = await db
    .select()
    .from(targets)
    .where(and(eq(targets.country, country.toUpperCase()), eq(targets.kind, 'parliament_member'), inArray(targets.constituency, constituencies)))
    .orderBy(targets.constituency, sql`${targets.name} COLLATE "und-x-icu"`);
  return { constituencies, targets: found };
}

export type RepresentativeLookup =
  | { ok: true; country: string; constituencies: string[]; targets: TargetRow[] }
  | { ok: false; errors: Record<string, string> };

/**
 * The public page's question, checked: a country that has a postcode table, and a postcode of the right shape
 * that the table knows. Each refusal names the field and a message key.
 */
export async function lookUpRepresentative(db: Db, countries: readonly string[], countryGiven: string | undefined, postcodeGiven: string | undefined): Promise<RepresentativeLookup> {
  const errors: Record<string, string> = {};
  const country = (countryGiven ?? '').trim().toUpperCase();
  const postcode = normalisePostcode(postcodeGiven ?? '');
  if (!country) errors.country = 'targets.find.countryRequired';
  else if (!countries.includes(country)) errors.country = 'targets.find.countryUnknown';
  if (!postcode) errors.postcode = 'targets.find.postcodeRequired';
  else if (!isWellFormedPostcode(country || 'XX', postcode)) errors.postcode = 'targets.find.postcodeMalformed';
  if (Object.keys(errors).length) return { ok: false, errors };
  const found = await findRepresentatives(db, country, postcode);
  if (!found.constituencies.length) return { ok: false, errors: { postcode: 'targets.find.postcodeUnknown' } };
  return { ok: true, country, ...found };
}
