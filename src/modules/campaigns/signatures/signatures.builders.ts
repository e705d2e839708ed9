import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Keys } from '../../../lib/crypto.ts';
import { people } from '../../registry/registry.tables.ts';
import type { SignatureVisibility } from '../campaigns.model.ts';
import { buildCampaign } from '../core/core.builders.ts';
import { campaigns, type CampaignRow } from '../core/campaigns.tables.ts';
import { dedupeInput } from './signatures.model.ts';
import { partnersOf } from './signatures.repository.ts';
import { cosigners, partnerConsents, signatures } from './signatures.tables.ts';
import { addDays, todayIso } from '../../registry/registry.present.ts';

export interface BuiltSignature {
  name: string;
  email: string;
  visibility: SignatureVisibility;
  place?: string | null;
  confirmedOn: string;
  /** Names of the partners this signer agreed to; every other partner is recorded as declined. */
  agreedTo?: string[];
}

/**
 * Confirmed signatures stored as the real flow stores them (a secret one keeps neither name nor address),
 * with the counter moved by as many, in batches. For tests, benchmarks and the demo.
 */
export async function buildSignatures(db: Db, keys: Keys, campaign: Pick<CampaignRow, 'id'>, list: BuiltSignature[], consentText = (partner: string) => `${partner} may contact me by e-mail about this campaign and its work for political prisoners.`): Promise<void> {
  const partners = await partnersOf(db, campaign.id);
  for (let i = 0; i < list.length; i += 500) {
    const batch = list.slice(i, i + 500);
    const rows = await db
      .insert(signatures)
      .values(
        batch.map((s) => {
          const secret = s.visibility === 'secret';
          const keepEmail = !secret && (s.agreedTo ?? []).length > 0;
          return {
            submissionId: crypto.randomUUID(),
            campaignId: campaign.id,
            visibility: s.visibility,
            state: 'confirmed' as const,
            name: s.visibility === 'public' ? s.name : null,
            nameEnc: s.visibility === 'non_public' ? keys.encrypt(s.name) : null,
            place: secret ? null : (s.place ?? null),
            emailEnc: keepEmail ? keys.encrypt(s.email) : null,
            dedupeHash: keys.lookupHash(dedupeInput(campaign.id, s.email)),
            locale: 'en',
            createdOn: s.confirmedOn,
            confirmedOn: s.confirmedOn,
          };
        }),
      )
      .returning({ id: signatures.id });
    const consents = batch.flatMap((s, j) =>
      partners.map((p) => ({ signatureId: rows[j].id, partnerId: p.id, agreed: s.visibility !== 'secret' && (s.agreedTo ?? []).includes(p.name), consentText: consentText(p.name), decidedOn: s.confirmedOn })),
    );
    for (let k = 0; k < consents.length; k += 1000) await db.insert(partnerConsents).values(consents.slice(k, k + 1000));
  }
  await db.update(campaigns).set({ signatureCount: sql`${campaigns.signatureCount} + ${list.length}` }).where(eq(campaigns.id, campaign.id));
}

/** An approved co-signing organisation (its contact details already gone, as after a real decision). */
export async function buildCosigner(db: Db, campaign: Pick<CampaignRow, 'id'>, o: { name: string; country: string; website?: string | null; on: string }) {
  await db.insert(cosigners).values({
    submissionId: crypto.randomUUID(),
    campaignId: campaign.id,
    name: o.name,
    country: o.country,
    website: o.website ?? null,
    contactName: '',
    state: 'approved',
    locale: 'en',
    createdOn: o.on,
    decidedOn: o.on,
  });
}

const FIRST = ['Alina', 'Marek', 'Olga', 'Jonas', 'Irena', 'Tomasz', 'Lena', 'Pavel', 'Sofia', 'Henrik', 'Daria', 'Lukas', 'Maja', 'Artem', 'Clara', 'Nils'];
const LAST = ['Vetrova', 'Lindqvist', 'Novak', 'Brenner', 'Kalinouskaya', 'Dumont', 'Sørensen', 'Haller', 'Moreau', 'Zielińska', 'Ortega', 'Weiss'];
const PLACES = ['Vilnius, LT', 'Warsaw, PL', 'Berlin, DE', 'Riga, LV', 'Prague, CZ', 'Lyon, FR', 'Valencia, ES', null];
const VISIBILITIES: SignatureVisibility[] = ['public', 'public', 'public', 'non_public', 'secret'];
const daysAgo = (n: number) => addDays(todayIso(), -n);

/** Invented signers: a deterministic mix of visibilities, places, dates and partner choices. */
function demoSigners(prefix: string, n: number, partnerNames: string[]): BuiltSignature[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `${FIRST[(i * 7) % FIRST.length]} ${LAST[(i * 5) % LAST.length]}`,
    email: `${prefix}-${i}@demo.invalid`,
    visibility: VISIBILITIES[i % VISIBILITIES.length],
    place: PLACES[i % PLACES.length],
    confirmedOn: daysAgo(Math.floor(i / 12)),
    agreedTo: partnerNames.filter((_, k) => (i + k) % 3 === 0),
  }));
}

/** Demo data for signatures (synthetic; .invalid addresses), after the demo campaigns exist. */
export async function seedSignaturesDemo(db: Db, keys: Keys): Promise<void> {
  const about = (await db.select({ id: people.id }).from(people).orderBy(asc(people.slug)).limit(2)).map((p) => p.id);
  const partnerNames = ['Northern Lights Solidarity Network', 'Free Voices Coalition'];
  const letter = await buildCampaign(db, {
    slug: 'open-letter-release-all',
    kind: 'open_letter',
    personIds: about,
    partners: partnerNames,
    texts: {
      en: {
        title: 'Open letter: release all political prisoners',
        summary: 'A joint statement of diaspora groups and human-rights initiatives (demo).',
        body: 'We, the undersigned, call for the immediate release of every political prisoner and for an end to the persecution of their families. (Demo text.)',
      },
      ru: {
        title: 'Открытое письмо: освободите всех политзаключённых',
        summary: 'Совместное заявление диаспорных групп и правозащитных инициатив (демо).',
        body: 'Мы, нижеподписавшиеся, требуем немедленно освободить всех политических заключённых и прекратить преследование их семей. (Демонстрационный текст.)',
      },
    },
  });
  await buildSignatures(db, keys, letter, demoSigners('letter-signer', 300, partnerNames));
  await buildCosigner(db, letter, { name: 'Riverside Diaspora Association', country: 'Lithuania', website: 'https://riverside-diaspora.invalid', on: daysAgo(10) });
  await buildCosigner(db, letter, { name: 'Harbour Human Rights Circle', country: 'Germany', website: null, on: daysAgo(4) });

  const petition = await buildCampaign(db, {
    slug: 'petition-prison-visits',
    kind: 'petition',
    goal: 1000,
    deadline: daysAgo(-60),
    handoverState: 'collecting',
    texts: {
      en: {
        title: 'Petition: let families visit their imprisoned relatives',
        summary: 'To be handed to the prison administration (demo).',
        body: 'We ask that family visits and letters be allowed to every prisoner without exception. (Demo text.)',
      },
    },
  });
  await buildSignatures(db, keys, petition, demoSigners('petition-signer', 40, []));
}
