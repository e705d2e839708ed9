// The vocabulary of public pressure: campaigns (letter actions, open letters, petitions), their targets,
// the letters supporters send to targets, signatures and co-signing organisations. Every file of the
// module uses these names.

/** A letter action sends letters to targets; an open letter collects signatures; a petition is an open letter with a target, a goal and a deadline. */
export const CAMPAIGN_KINDS = ['letter_action', 'open_letter', 'petition'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/** Drafts are seen by coordinators only; closed campaigns stay readable but take no more letters or signatures. */
export const CAMPAIGN_STATES = ['draft', 'open', 'closed'] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

/** Whom a letter action writes to: the campaign's chosen targets, or the supporter's own representative. */
export const ADDRESSING = ['targets', 'own_representative'] as const;
export type Addressing = (typeof ADDRESSING)[number];

/** How the organisation gets its copy of letters sent by the platform. */
export const COPY_MODES = ['cc', 'bcc', 'none'] as const;
export type CopyMode = (typeof COPY_MODES)[number];

/** A petition's handing over to its target. */
export const HANDOVER_STATES = ['collecting', 'scheduled', 'handed_over', 'responded'] as const;
export type HandoverState = (typeof HANDOVER_STATES)[number];

/** Kinds of target. */
export const TARGET_KINDS = ['embassy', 'ministry', 'parliament_member', 'official', 'other'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * A supporter's letter: mailto letters wait for "I sent it"; server letters wait for the e-mail
 * confirmation; near-identical texts are held for a coordinator; a refused letter is never sent.
 */
export const ACTION_LETTER_MODES = ['mailto', 'server'] as const;
export type ActionLetterMode = (typeof ACTION_LETTER_MODES)[number];
export const ACTION_LETTER_STATES = ['unconfirmed', 'held', 'confirmed', 'refused'] as const;
export type ActionLetterState = (typeof ACTION_LETTER_STATES)[number];

/** One letter to one target, sent by the platform: scheduled for a slot, then sent exactly once. */
export const DELIVERY_STATES = ['scheduled', 'sent', 'cancelled'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** "Did they reply?" */
export const REPLY_ANSWERS = ['no', 'yes_form', 'yes_personal', 'dont_know'] as const;
export type ReplyAnswer = (typeof REPLY_ANSWERS)[number];

/** public: name shown; non_public: counted, name for coordinators only; secret: counted, no readable name at all. */
export const SIGNATURE_VISIBILITIES = ['public', 'non_public', 'secret'] as const;
export type SignatureVisibility = (typeof SIGNATURE_VISIBILITIES)[number];
export const SIGNATURE_STATES = ['unconfirmed', 'confirmed'] as const;
export type SignatureState = (typeof SIGNATURE_STATES)[number];

/** An organisation co-signs: its e-mail confirms, then a coordinator approves before it is listed. */
export const COSIGNER_STATES = ['unconfirmed', 'pending', 'approved', 'refused'] as const;
export type CosignerState = (typeof COSIGNER_STATES)[number];

/** A bulk export of signers' contacts for a partner needs two people: one asks, another approves. */
export const PARTNER_EXPORT_STATES = ['requested', 'approved', 'downloaded', 'refused'] as const;
export type PartnerExportState = (typeof PARTNER_EXPORT_STATES)[number];
