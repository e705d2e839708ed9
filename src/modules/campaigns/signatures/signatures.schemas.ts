import { z } from 'zod';
import { email } from '../../accounts/accounts.schemas.ts';
import { PARTNER_EXPORT_STATES, SIGNATURE_VISIBILITIES } from '../campaigns.model.ts';
import { COUNTRY_MAX, NAME_MAX, ORG_NAME_MAX, PLACE_MAX, WEBSITE_MAX } from './signatures.model.ts';

// Messages are i18n keys (see lib/forms.ts).

const text = (required: string, tooLong: string, max: number) => z.string({ message: required }).trim().min(1, required).max(max, tooLong);

export const signFormSchema = z.object({
  submissionId: z.uuid({ message: 'signatures.form.expired' }),
  name: text('signatures.form.nameRequired', 'signatures.form.nameTooLong', NAME_MAX),
  email,
  place: z.string().trim().max(PLACE_MAX, 'signatures.form.placeTooLong').optional().transform((v) => v || null),
  visibility: z.enum(SIGNATURE_VISIBILITIES, { message: 'signatures.form.visibilityRequired' }),
  // The honeypot: people never see it, bots fill it.
  website: z.string().optional().default(''),
});
export type SignForm = z.infer<typeof signFormSchema>;

/** The field of a partner's consent checkbox. */
export const partnerField = (partnerId: string) => `partner-${partnerId}`;

/** A website as the public list may link it: http(s) only, so a "javascript:" address is refused, not shown. */
const website = z
  .string()
  .trim()
  .max(WEBSITE_MAX, 'signatures.cosign.websiteInvalid')
  .optional()
  .transform((v) => (v ? (/^https?:\/\//i.test(v) ? v : `https://${v}`) : null))
  .pipe(z.url({ protocol: /^https?$/, message: 'signatures.cosign.websiteInvalid' }).nullable());

export const cosignFormSchema = z.object({
  submissionId: z.uuid({ message: 'signatures.form.expired' }),
  orgName: text('signatures.cosign.orgNameRequired', 'signatures.cosign.orgNameTooLong', ORG_NAME_MAX),
  country: text('signatures.cosign.countryRequired', 'signatures.cosign.countryTooLong', COUNTRY_MAX),
  website,
  contactName: text('signatures.cosign.contactRequired', 'signatures.cosign.contactTooLong', NAME_MAX),
  email,
  fax: z.string().optional().default(''),
});
export type CosignForm = z.infer<typeof cosignFormSchema>;

export const slugParams = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,200}$/) });
export const idParams = slugParams.extend({ id: z.uuid() });
export const tokenSchema = z.object({ token: z.string().min(20).max(200) });
export const decisionSchema = z.object({ decision: z.enum(['approve', 'refuse']) });
export const exportRequestSchema = z.object({ partnerId: z.uuid({ message: 'signatures.exports.partnerRequired' }) });
export const exportStateSchema = z.enum(PARTNER_EXPORT_STATES);

/** The keyset cursor of an older page: the last shown signature's confirmation date and id. */
export const pageQuerySchema = z.object({
  before: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}_[0-9a-f-]{36}$/)
    .optional()
    .catch(undefined),
});
export const cursorOf = (row: { confirmedOn: string | null; id: string }) => `${row.confirmedOn}_${row.id}`;
export function parseCursor(before: string | undefined): { confirmedOn: string; id: string } | undefined {
  if (!before) return undefined;
  const [confirmedOn, id] = before.split('_');
  return { confirmedOn, id };
}
