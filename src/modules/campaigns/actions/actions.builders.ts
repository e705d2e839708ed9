import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Keys } from '../../../lib/crypto.ts';
import { addDays, todayIso } from '../../registry/registry.present.ts';
import { people } from '../../registry/registry.tables.ts';
import type { ActionLetterMode, ActionLetterState } from '../campaigns.model.ts';
import { buildCampaign } from '../core/core.builders.ts';
import type { CampaignRow } from '../core/campaigns.tables.ts';
import { recordMailtoSent } from '../delivery/delivery.service.ts';
import { buildTarget } from '../targets/targets.builders.ts';
import { targets } from '../targets/targets.tables.ts';
import { countLetter, type ActionLetterRow } from './actions.repository.ts';
import { actionLetters } from './actions.tables.ts';

/**
 * A supporter's letter as tests and the demo need it. A confirmed mailto letter is recorded as sent to its
 * targets and counted, as "I have sent it" does.
 */
export async function buildActionLetter(
  db: Db,
  keys: Keys,
  o: { campaign: CampaignRow; email: string; targetIds: string[]; name?: string; mode?: ActionLetterMode; state?: ActionLetterState; subject?: string; body?: string; createdOn?: string } & Partial<
    Pick<ActionLetterRow, 'edited' | 'simhash' | 'confirmedOn' | 'followupDueOn' | 'followupSentOn' | 'locale'>
  >,
): Promise<ActionLetterRow> {
  const { campaign, email, targetIds, name = 'A supporter', mode = 'mailto', state = 'confirmed', subject = 'Subject', body = 'Body', createdOn = todayIso(), ...rest } = o;
  const supporterHash = keys.lookupHash(email);
  const [letter] = await db
    .insert(actionLetters)
    .values({
      submissionId: crypto.randomUUID(),
      campaignId: campaign.id,
      mode,
      state,
      locale: 'en',
      supporterHash,
      nameEnc: keys.encrypt(name),
      emailEnc: keys.encrypt(email),
      subjectEnc: state === 'confirmed' && mode === 'mailto' ? null : keys.encrypt(subject),
      bodyEnc: state === 'confirmed' && mode === 'mailto' ? null : keys.encrypt(body),
      targetIds,
      createdOn,
      confirmedOn: state === 'confirmed' || state === 'held' ? createdOn : null,
      ...rest,
    })
    .returning();
  if (state === 'confirmed' && mode === 'mailto' && (await recordMailtoSent(db, { id: letter.id, campaignId: campaign.id, supporterHash, targetIds })) > 0) await countLetter(db, campaign.id);
  return letter;
}

const EN_LETTER = {
  subject: 'Please act for the release of {person_name}',
  body: '{salutation},\n\nI am writing to ask you to act for the release of {person_name}, imprisoned in Belarus for peaceful expression. Please raise the case with the authorities, ask for a visit by independent observers, and speak about it publicly.\n\nThank you for your attention.\n\nYours sincerely,\n{supporter_name}',
};
const DE_LETTER = {
  subject: 'Bitte setzen Sie sich für die Freilassung von {person_name} ein',
  body: '{salutation},\n\nich schreibe Ihnen, weil {person_name} in Belarus wegen friedlicher Meinungsäußerung in Haft ist. Bitte sprechen Sie den Fall bei den Behörden an, fordern Sie einen Besuch unabhängiger Beobachter und äußern Sie sich öffentlich dazu.\n\nVielen Dank für Ihre Aufmerksamkeit.\n\nMit freundlichen Grüßen\n{supporter_name}',
};
const RU_LETTER = {
  subject: 'Пожалуйста, добейтесь освобождения: {person_name}',
  body: '{salutation},\n\nя пишу вам, потому что {person_name} находится в заключении в Беларуси за мирное выражение мнения. Пожалуйста, поднимите этот вопрос перед властями, потребуйте визита независимых наблюдателей и выскажитесь публично.\n\nСпасибо за внимание.\n\nС уважением,\n{supporter_name}',
};

/** The demo's embassies and ministry (seeded by targets first); two stand-ins if that seed made none. */
async function demoTargets(db: Db): Promise<string[]> {
  const refs = ['demo-embassy-by-de', 'demo-embassy-by-pl', 'demo-ministry-de-foreign'];
  const found = await db.select({ id: targets.id }).from(targets).where(inArray(targets.ref, refs)).orderBy(asc(targets.ref));
  if (found.length) return found.map((t) => t.id);
  const made = [
    await buildTarget(db, { ref: 'demo-actions-embassy', kind: 'embassy', name: 'Embassy of Belarus (demo entry)', role: 'Embassy', country: 'DE', email: 'embassy@actions.demo.invalid', salutations: { en: 'Dear Sir or Madam', de: 'Sehr geehrte Damen und Herren' } }),
    await buildTarget(db, { ref: 'demo-actions-ministry', kind: 'ministry', name: 'Ministry of Invented Affairs (demo)', role: 'Human rights desk', country: 'DE', email: 'desk@actions.demo.invalid', salutations: { en: 'Dear Sir or Madam' } }),
  ];
  return made.map((t) => t.id);
}

/** Demo data for letter actions (synthetic; .invalid addresses): two actions, and letters so the counter is not zero. */
export async function seedActionsDemo(db: Db, keys: Keys): Promise<void> {
  const persons = await db.select({ id: people.id }).from(people).where(eq(people.status, 'current')).orderBy(asc(people.slug)).limit(2);
  const targetIds = await demoTargets(db);
  const embassies = await buildCampaign(db, {
    slug: 'write-to-the-embassies',
    kind: 'letter_action',
    originalLang: 'en',
    personIds: persons.map((p) => p.id),
    targetIds,
    copyMode: 'bcc',
    texts: {
      en: { title: 'Write to the embassies: free them now', summary: 'Ask the embassies and the ministry to act for two people imprisoned for their words.', body: 'Both have been held for more than two years. Letters from many people show that the world is watching.', letterSubject: EN_LETTER.subject, letterBody: EN_LETTER.body },
      de: { title: 'Schreiben Sie den Botschaften: Freiheit für sie', summary: 'Bitten Sie die Botschaften und das Ministerium, sich für zwei wegen ihrer Worte Inhaftierte einzusetzen.', body: 'Beide sind seit mehr als zwei Jahren in Haft. Briefe vieler Menschen zeigen, dass die Welt hinsieht.', letterSubject: DE_LETTER.subject, letterBody: DE_LETTER.body },
      ru: { title: 'Напишите посольствам: свободу им', summary: 'Попросите посольства и министерство вступиться за двух людей, заключённых за свои слова.', body: 'Оба находятся в заключении больше двух лет. Письма многих людей показывают, что мир следит.', letterSubject: RU_LETTER.subject, letterBody: RU_LETTER.body },
    },
  });
  await buildCampaign(db, {
    slug: 'ask-your-member-of-parliament',
    kind: 'letter_action',
    originalLang: 'de',
    personIds: persons.slice(0, 1).map((p) => p.id),
    addressing: 'own_representative',
    representativeCountry: 'DE',
    templateLocked: true,
    copyMode: 'cc',
    texts: {
      de: { title: 'Fragen Sie Ihre Abgeordneten', summary: 'Bitten Sie Ihre Abgeordneten um eine politische Patenschaft.', letterSubject: DE_LETTER.subject, letterBody: DE_LETTER.body },
      en: { title: 'Ask your member of parliament', summary: 'Ask your member of parliament to become a political sponsor.', letterSubject: EN_LETTER.subject, letterBody: EN_LETTER.body },
    },
  });
  // Letters already sent by invented supporters from their own mail programs, so the counter shows something.
  const today = todayIso();
  for (let i = 1; i <= 7; i++) {
    await buildActionLetter(db, keys, { campaign: embassies, email: `demo-letter-${i}@demo.invalid`, name: `Demo supporter ${i}`, targetIds: targetIds.slice(0, 1 + (i % targetIds.length)), createdOn: addDays(today, -i), followupDueOn: addDays(today, 14 - i) });
  }
}
