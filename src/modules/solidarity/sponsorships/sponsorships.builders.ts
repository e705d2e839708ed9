import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Keys } from '../../../lib/crypto.ts';
import { addDays, todayIso } from '../../registry/registry.present.ts';
import type { Conn } from '../../registry/registry.repository.ts';
import { people } from '../../registry/registry.tables.ts';
import type { FigureState, SponsorshipState } from '../solidarity.model.ts';
import { insertFigure, insertSponsorship, type FigureRow, type SponsorshipRow } from './sponsorships.repository.ts';
import { uniqueFigureSlug } from './sponsorships.service.ts';

/** An invented public figure (never a real person); approved unless told otherwise. */
export async function buildFigure(
  db: Conn,
  o: Partial<{ name: string; role: string; institution: string; country: string; statements: Record<string, string>; state: FigureState; contactEnc: string | null; photoKey: string | null }> = {},
): Promise<FigureRow> {
  const name = o.name ?? 'Anna Beispiel';
  return insertFigure(db, {
    slug: await uniqueFigureSlug(db, name),
    name,
    role: o.role ?? 'Member of the Bundestag',
    institution: o.institution ?? 'Bundestag',
    country: o.country ?? 'DE',
    statements: o.statements ?? {},
    state: o.state ?? 'approved',
    contactEnc: o.contactEnc ?? null,
    photoKey: o.photoKey ?? null,
    createdOn: todayIso(),
  });
}

export async function buildSponsorship(
  db: Conn,
  o: { figureId: string; personId: string; state?: SponsorshipState; startedOn?: string; endedOn?: string | null; statement?: string | null; statementLocale?: string | null; predecessorId?: string | null },
): Promise<SponsorshipRow> {
  return insertSponsorship(db, {
    figureId: o.figureId,
    personId: o.personId,
    state: o.state ?? 'active',
    startedOn: o.startedOn ?? todayIso(),
    endedOn: o.endedOn ?? null,
    statement: o.statement ?? null,
    statementLocale: o.statement ? (o.statementLocale ?? 'en') : null,
    predecessorId: o.predecessorId ?? null,
    createdOn: todayIso(),
  });
}

// Invented names that read as placeholders in their languages ("Beispiel", "Przykładowy", "Exemple"): no real person.
const DEMO_FIGURES: { name: string; role: string; institution: string; country: string; statements: Record<string, string> }[] = [
  { name: 'Anna Beispiel', role: 'Member of the Bundestag', institution: 'Bundestag', country: 'DE', statements: { de: 'Ich stehe an ihrer Seite, bis sie frei ist.', en: 'I stand by her until she is free.' } },
  { name: 'Lukas Muster', role: 'Member of the Bundestag', institution: 'Bundestag', country: 'DE', statements: { de: 'Niemand darf vergessen werden.' } },
  { name: 'Jan Przykładowy', role: 'Member of the Sejm', institution: 'Sejm', country: 'PL', statements: { pl: 'Solidarność nie zna granic.', be: 'Салідарнасць не ведае межаў.' } },
  { name: 'Marie Exemple', role: 'Member of the European Parliament', institution: 'European Parliament', country: 'FR', statements: { fr: 'Nous ne les oublions pas.', en: 'We do not forget them.' } },
  { name: 'Erik Exempel', role: 'Member of the Riksdag', institution: 'Riksdag', country: 'SE', statements: { en: 'Every political prisoner deserves a voice in parliament.' } },
  { name: 'Jane Example', role: 'Member of Parliament', institution: 'House of Commons', country: 'GB', statements: {} },
];

/** Invented demo data for sponsorships (never real people), made by the same builders the tests use. */
export async function seedSponsorshipsDemo(db: Db, keys: Keys): Promise<void> {
  const held = await db.select({ id: people.id }).from(people).where(eq(people.status, 'current')).orderBy(asc(people.slug)).limit(8);
  if (held.length < 6) return;
  const today = todayIso();
  await db.transaction(async (tx) => {
    const figures: FigureRow[] = [];
    for (const f of DEMO_FIGURES) figures.push(await buildFigure(tx, f));
    const [anna, lukas, jan, marie, erik] = figures;
    // A sponsorship handed over: Anna sponsored the first person for a year, Lukas took over.
    const first = await buildSponsorship(tx, { figureId: anna.id, personId: held[0].id, state: 'ended', startedOn: addDays(today, -700), endedOn: addDays(today, -335) });
    await buildSponsorship(tx, { figureId: lukas.id, personId: held[0].id, startedOn: addDays(today, -335), predecessorId: first.id, statement: 'Ich habe diese Patenschaft gern übernommen.', statementLocale: 'de' });
    await buildSponsorship(tx, { figureId: anna.id, personId: held[1].id, startedOn: addDays(today, -300) });
    await buildSponsorship(tx, { figureId: jan.id, personId: held[2].id, startedOn: addDays(today, -200), statement: 'Jesteśmy z Tobą.', statementLocale: 'pl' });
    await buildSponsorship(tx, { figureId: marie.id, personId: held[3].id, startedOn: addDays(today, -120) });
    await buildSponsorship(tx, { figureId: marie.id, personId: held[4].id, startedOn: addDays(today, -60) });
    await buildSponsorship(tx, { figureId: erik.id, personId: held[5].id, startedOn: addDays(today, -30) });
    // One proposal waiting for a coordinator, with a contact on a reserved domain.
    const proposed = await buildFigure(tx, { name: 'Maria Exemplo', role: 'Member of the Cortes', institution: 'Congreso de los Diputados', country: 'ES', state: 'proposed', contactEnc: keys.encrypt('office@maria-exemplo.invalid'), statements: { es: 'Estoy con él.' } });
    await buildSponsorship(tx, { figureId: proposed.id, personId: held[6].id, state: 'proposed', statement: 'Estoy con él.', statementLocale: 'es' });
  });
}
