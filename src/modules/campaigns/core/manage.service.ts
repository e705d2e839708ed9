// Coordinators' use cases for campaigns, one transaction each, each written to the audit log: create, settings,
// words per language, people, targets, partners, a petition's handing over, open and close.
import type { Deps } from '../../../app/context.ts';
import type { FieldErrors } from '../../../lib/forms.ts';
import { recordAudit } from '../../audit/audit.repository.ts';
import { todayIso } from '../../registry/registry.present.ts';
import type { Conn } from '../../registry/registry.repository.ts';
import { PLACEHOLDERS } from '../actions/template.ts';
import type { CampaignRow } from './campaigns.tables.ts';
import { campaignsChanged } from './core.read.ts';
import type { SettingsForm, TextForm } from './core.schemas.ts';
import * as repo from './manage.repository.ts';

export type Outcome<T = void> = { ok: true; value: T } | { ok: false; errors: FieldErrors; status?: number };
const refused = (errors: FieldErrors, status = 400): Outcome<never> => ({ ok: false, errors, status });
const done = <T>(value: T): Outcome<T> => ({ ok: true, value });

type Actor = { actorId: string | null };

/** Thrown inside a transaction to roll it back and still answer with the refusal. */
class Refusal extends Error {
  constructor(readonly outcome: Outcome<never>) {
    super('refused');
  }
}

/**
 * One change to one campaign: the row locked, the change, an audit entry; the page caches forget after commit.
 * A campaign gone in between is a 404.
 */
async function change<T>(deps: Deps, who: Actor, campaign: CampaignRow, what: string, work: (tx: Conn, current: CampaignRow) => Promise<Outcome<T>>): Promise<Outcome<T>> {
  const db = deps.database.db;
  const outcome = await db.transaction(async (tx) => {
    const current = await repo.lockCampaign(tx, campaign.id);
    if (!current) return refused({ _form: 'errors.not_found' }, 404);
    const result = await work(tx, current);
    if (!result.ok) throw new Refusal(result);
    await recordAudit(tx, { actorId: who.actorId, action: `campaigns.${what}`, objectId: campaign.id });
    return result;
  }).catch((err: unknown) => {
    if (err instanceof Refusal) return err.outcome;
    throw err;
  });
  if (outcome.ok) campaignsChanged(db);
  return outcome;
}

/** The settings' columns; kind, address and original language only while the campaign is a draft. */
function settingsValues(form: SettingsForm, current: CampaignRow | null): Partial<repo.CampaignValues> {
  const draft = !current || current.state === 'draft';
  const kind = draft ? form.kind : current.kind;
  return {
    ...(draft ? { kind: form.kind, slug: form.slug, originalLang: form.originalLang } : {}),
    addressing: form.addressing,
    representativeCountry: form.addressing === 'own_representative' ? form.representativeCountry : null,
    templateLocked: form.templateLocked,
    allowMailto: form.allowMailto,
    allowServer: form.allowServer,
    copyMode: form.copyMode,
    goal: kind === 'petition' ? form.goal : null,
    deadline: kind === 'petition' ? form.deadline : null,
    handoverState: kind === 'petition' ? (current?.handoverState ?? 'collecting') : null,
  };
}

export async function createCampaign(deps: Deps, who: Actor, form: SettingsForm): Promise<Outcome<CampaignRow>> {
  const db = deps.database.db;
  const outcome = await db.transaction(async (tx) => {
    if (await repo.findCampaignBySlug(tx, form.slug)) return refused({ slug: 'campaigns.form.slugTaken' });
    const row = await repo.insertCampaign(tx, { ...(settingsValues(form, null) as repo.CampaignValues), state: 'draft', createdBy: who.actorId, createdOn: todayIso() });
    await recordAudit(tx, { actorId: who.actorId, action: 'campaigns.create', objectId: row.id });
    return done(row);
  });
  if (outcome.ok) campaignsChanged(db);
  return outcome;
}

/** What stops a campaign from opening (or an open one from staying valid), as message keys; empty when nothing does. */
export async function openingProblems(tx: Conn, c: CampaignRow): Promise<string[]> {
  const problems: string[] = [];
  const texts = await repo.textFacts(tx, c);
  if (!texts.langs.includes(c.originalLang)) problems.push('campaigns.open.needsOriginalText');
  if (c.kind === 'letter_action') {
    if (texts.langs.includes(c.originalLang) && !texts.originalHasLetter) problems.push('campaigns.open.needsLetter');
    if (c.addressing === 'targets') {
      const counts = await repo.targetCounts(tx, c.id);
      if (counts.all === 0) problems.push('campaigns.open.needsTarget');
      else if (c.allowServer && counts.withEmail === 0) problems.push('campaigns.open.needsTargetEmail');
    }
  }
  if (c.kind === 'petition' && c.deadline && c.deadline < todayIso()) problems.push('campaigns.open.deadlinePassed');
  return problems;
}

/** An open campaign must stay fit to take letters and signatures after a change; drafts and closed ones may be anything. */
async function stillFit(tx: Conn, id: string): Promise<Outcome<void>> {
  const after = await repo.lockCampaign(tx, id);
  if (!after || after.state !== 'open') return done(undefined);
  const problems = await openingProblems(tx, after);
  return problems.length ? refused({ _form: problems[0] }) : done(undefined);
}

export function updateSettings(deps: Deps, who: Actor, campaign: CampaignRow, form: SettingsForm): Promise<Outcome<CampaignRow>> {
  return change(deps, who, campaign, 'settings', async (tx, current) => {
    const values = settingsValues(form, current);
    if (values.slug && values.slug !== current.slug && (await repo.findCampaignBySlug(tx, values.slug))) return refused({ slug: 'campaigns.form.slugTaken' });
    await repo.updateCampaign(tx, current.id, values);
    if (values.originalLang && values.originalLang !== current.originalLang) {
      // The new original is nobody's translation; the old original's words now count as translated from it.
      const text = await repo.findText(tx, current.id, values.originalLang);
      if (text) await repo.upsertText(tx, { ...text, translatedFrom: null });
      const old = await repo.findText(tx, current.id, current.originalLang);
      if (old) await repo.upsertText(tx, { ...old, translatedFrom: values.originalLang });
    }
    const fit = await stillFit(tx, current.id);
    if (!fit.ok) return fit;
    return done((await repo.lockCampaign(tx, current.id))!);
  });
}

const PLACEHOLDER_RE = /\{([^{}]*)\}/g;
const unknownPlaceholder = (text: string | null) => [...(text ?? '').matchAll(PLACEHOLDER_RE)].some((m) => !(PLACEHOLDERS as readonly string[]).includes(m[1]));

export function saveText(deps: Deps, who: Actor, campaign: CampaignRow, lang: string, form: TextForm): Promise<Outcome<void>> {
  return change(deps, who, campaign, `text.${lang}`, async (tx, current) => {
    const errors: FieldErrors = {};
    if (current.kind === 'letter_action') {
      if (form.letterBody && !form.letterSubject) errors.letterSubject = 'campaigns.form.letterSubjectRequired';
      if (form.letterSubject && !form.letterBody) errors.letterBody = 'campaigns.form.letterBodyRequired';
      if (unknownPlaceholder(form.letterSubject)) errors.letterSubject = 'campaigns.form.unknownPlaceholder';
      if (unknownPlaceholder(form.letterBody)) errors.letterBody = 'campaigns.form.unknownPlaceholder';
    }
    const isOriginal = lang === current.originalLang;
    let translatedFrom: string | null = null;
    if (!isOriginal) {
      translatedFrom = form.translatedFrom ?? current.originalLang;
      const langs = (await repo.textFacts(tx, current)).langs;
      if (translatedFrom === lang || (translatedFrom !== current.originalLang && !langs.includes(translatedFrom))) errors.translatedFrom = 'campaigns.form.translatedFromInvalid';
    }
    if (Object.keys(errors).length) return refused(errors);
    const letter = current.kind === 'letter_action' ? { letterSubject: form.letterSubject, letterBody: form.letterBody } : { letterSubject: null, letterBody: null };
    await repo.upsertText(tx, { campaignId: current.id, lang, title: form.title, summary: form.summary, body: form.body, ...letter, translatedFrom, updatedOn: todayIso() });
    return stillFit(tx, current.id);
  });
}

/** Removes a translation (never the original); translations made from it then count as made from the original. */
export function deleteTranslation(deps: Deps, who: Actor, campaign: CampaignRow, lang: string): Promise<Outcome<void>> {
  return change(deps, who, campaign, `text.${lang}.delete`, async (tx, current) => {
    if (lang === current.originalLang) return refused({ _form: 'campaigns.texts.cannotDeleteOriginal' });
    await repo.deleteText(tx, current.id, lang);
    await repo.repointTranslations(tx, current.id, lang, current.originalLang);
    return done(undefined);
  });
}

export function setPeople(deps: Deps, who: Actor, campaign: CampaignRow, slugs: string[]): Promise<Outcome<{ unknown: string[] }>> {
  return change(deps, who, campaign, 'people', async (tx, current) => {
    const found = await repo.peopleBySlugs(tx, slugs);
    const known = new Set(found.map((p) => p.slug));
    const unknown = slugs.filter((s) => !known.has(s));
    if (unknown.length) return refused({ people: 'campaigns.form.peopleUnknown' });
    await repo.replacePeople(tx, current.id, found.map((p) => p.id));
    return done({ unknown });
  });
}

export function chooseTargets(deps: Deps, who: Actor, campaign: CampaignRow, shown: string[], ticked: string[]): Promise<Outcome<void>> {
  return change(deps, who, campaign, 'targets', async (tx, current) => {
    const all = [...new Set([...shown, ...ticked])];
    const existing = await repo.existingTargetIds(tx, all);
    if (all.some((id) => !existing.has(id)) || ticked.some((id) => !shown.includes(id))) return refused({ target: 'campaigns.form.targetUnknown' });
    await repo.setTargets(tx, current.id, shown, ticked);
    return stillFit(tx, current.id);
  });
}

export function addPartner(deps: Deps, who: Actor, campaign: CampaignRow, p: { name: string; country: string | null; website: string | null }): Promise<Outcome<void>> {
  return change(deps, who, campaign, 'partner.add', async (tx, current) => {
    const added = await repo.insertPartner(tx, { campaignId: current.id, ...p, createdOn: todayIso() });
    return added ? done(undefined) : refused({ name: 'campaigns.form.partnerExists' });
  });
}

/** A partner that signers have already answered about stays: their recorded choices must not vanish with it. */
export function removePartner(deps: Deps, who: Actor, campaign: CampaignRow, partnerId: string): Promise<Outcome<void>> {
  return change(deps, who, campaign, 'partner.remove', async (tx, current) => {
    if (await repo.partnerHasConsents(tx, partnerId)) return refused({ _form: 'campaigns.partners.hasConsents' });
    return (await repo.deletePartner(tx, current.id, partnerId)) ? done(undefined) : refused({ _form: 'errors.not_found' }, 404);
  });
}

export function saveHandover(deps: Deps, who: Actor, campaign: CampaignRow, h: { handoverState: CampaignRow['handoverState']; handoverOn: string | null; handoverNote: string | null }): Promise<Outcome<void>> {
  return change(deps, who, campaign, 'handover', async (tx, current) => {
    if (current.kind !== 'petition') return refused({ _form: 'errors.not_found' }, 404);
    await repo.updateCampaign(tx, current.id, h);
    return done(undefined);
  });
}

export function openCampaign(deps: Deps, who: Actor, campaign: CampaignRow): Promise<Outcome<void>> {
  return change(deps, who, campaign, 'open', async (tx, current) => {
    if (current.state === 'open') return done(undefined);
    const problems = await openingProblems(tx, current);
    // The management page lists every problem; the refusal names the first.
    if (problems.length) return refused({ _form: problems[0] });
    await repo.updateCampaign(tx, current.id, { state: 'open', openedOn: current.openedOn ?? todayIso(), closedOn: null });
    return done(undefined);
  });
}

export function closeCampaign(deps: Deps, who: Actor, campaign: CampaignRow): Promise<Outcome<void>> {
  return change(deps, who, campaign, 'close', async (tx, current) => {
    if (current.state !== 'open') return refused({ _form: 'campaigns.manage.onlyOpenCloses' });
    await repo.updateCampaign(tx, current.id, { state: 'closed', closedOn: todayIso() });
    return done(undefined);
  });
}
