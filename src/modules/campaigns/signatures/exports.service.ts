// Partner exports need two people: one coordinator asks, another coordinator or an administrator approves;
// only then can one of the two download the file, once. Every step goes to the audit log.
import type { Deps } from '../../../app/context.ts';
import { allow } from '../../../app/policy.ts';
import type { Actor } from '../../../app/roles.ts';
import { toCsv } from '../../../lib/csv.ts';
import { recordAudit } from '../../audit/audit.repository.ts';
import { todayIso } from '../../registry/registry.present.ts';
import type { CampaignRow } from '../core/campaigns.tables.ts';
import { consentingSigners, decideExport, findExport, insertExportRequest, setExportRows, takeDownload } from './exports.repository.ts';
import { partnersOf } from './signatures.repository.ts';

export async function requestExport(deps: Deps, campaign: CampaignRow, actor: Actor, partnerId: string): Promise<boolean> {
  const db = deps.database.db;
  if (!(await partnersOf(db, campaign.id)).some((p) => p.id === partnerId)) return false;
  await db.transaction(async (tx) => {
    const row = await insertExportRequest(tx, { partnerId, requestedBy: actor.userId, today: todayIso() });
    await recordAudit(tx, { actorId: actor.userId, action: 'signatures.export.requested', objectId: row.id });
  });
  return true;
}

export type ExportDecisionOutcome = 'approved' | 'refused' | 'own' | 'gone';

export async function decidePartnerExport(deps: Deps, campaign: CampaignRow, actor: Actor, id: string, decision: 'approve' | 'refuse'): Promise<ExportDecisionOutcome | null> {
  const db = deps.database.db;
  const row = await findExport(db, campaign.id, id);
  if (!row || !actor.userId) return null;
  if (!allow(actor, 'signatures.exports.decide', row)) return 'own';
  const state = decision === 'approve' ? 'approved' : 'refused';
  return db.transaction(async (tx) => {
    if (!(await decideExport(tx, { id, state, by: actor.userId!, today: todayIso() }))) return 'gone';
    await recordAudit(tx, { actorId: actor.userId, action: `signatures.export.${state}`, objectId: id });
    return state;
  });
}

/**
 * The file, once: the state moves to downloaded in the same transaction that reads the rows, so a second
 * click (or a second person) gets nothing. Only signers who agreed to this partner, never a secret one.
 */
export async function downloadPartnerExport(deps: Deps, campaign: CampaignRow, actor: Actor, id: string): Promise<{ csv: string; partnerId: string } | null> {
  const db = deps.database.db;
  const row = await findExport(db, campaign.id, id);
  if (!row || !actor.userId || !allow(actor, 'signatures.exports.download', row)) return null;
  return db.transaction(async (tx) => {
    const taken = await takeDownload(tx, { id, by: actor.userId! });
    if (!taken) return null;
    const signers = await consentingSigners(tx, taken.partnerId);
    const rows = signers.map((s) => [
      s.visibility === 'public' ? s.name : s.nameEnc ? deps.keys.decrypt(s.nameEnc) : null,
      deps.keys.decrypt(s.emailEnc!),
      s.place,
      s.consentText,
      s.decidedOn,
    ]);
    await setExportRows(tx, id, rows.length);
    await recordAudit(tx, { actorId: actor.userId, action: 'signatures.export.downloaded', objectId: id });
    return { csv: toCsv(['name', 'email', 'place', 'consent_text', 'consent_date'], rows), partnerId: taken.partnerId };
  });
}
