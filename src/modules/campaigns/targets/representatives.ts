import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
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
  const constituencies = rows.map((r) => r.constituency).sort();
  if (!constituencies.length) return { constituencies, targets: [] };
  const found = await db
    .select()
    .from(targets)
    .where(and(eq(targets.country, country.toUpperCase()), eq(targets.kind, 'parliament_member'), inArray(targets.constituency, constituencies)))
    .orderBy(targets.constituency, targets.name);
  return { constituencies, targets: found };
}
