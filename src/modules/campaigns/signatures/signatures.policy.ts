import { everyone, hasRole, type Rule, type Rules } from '../../../app/rules.ts';

/** The two people of a partner export: who asked, and who decided. */
export interface ExportParties {
  requestedBy: string | null;
  decidedBy: string | null;
}

const coordinatorOrAdmin: Rule = (a) => a.roles.has('coordinator') || a.roles.has('admin');
const parties = (r: unknown): ExportParties | null =>
  r && typeof r === 'object' && 'requestedBy' in r && 'decidedBy' in r ? (r as ExportParties) : null;

/**
 * Who may do what with signatures; merged into app/policy.ts through campaigns.policy.ts. Unlisted is denied.
 * Anyone signs and co-signs (an e-mail link confirms); coordinators see names and decide on organisations.
 * A partner export needs two people: a coordinator asks; another coordinator or an administrator (never the
 * one who asked) decides; only those two may download it.
 */
export const signaturesRules: Rules = {
  'signatures.view': everyone,
  'signatures.sign': everyone,
  'signatures.confirm': everyone,
  'signatures.cosign': everyone,
  'signatures.signers': hasRole('coordinator'),
  'signatures.cosigners': hasRole('coordinator'),
  'signatures.exports': coordinatorOrAdmin,
  'signatures.exports.request': hasRole('coordinator'),
  'signatures.exports.decide': (a, r) => {
    const p = parties(r);
    return coordinatorOrAdmin(a) && p !== null && a.userId !== null && p.requestedBy !== a.userId;
  },
  'signatures.exports.download': (a, r) => {
    const p = parties(r);
    return coordinatorOrAdmin(a) && p !== null && a.userId !== null && (p.requestedBy === a.userId || p.decidedBy === a.userId);
  },
};
