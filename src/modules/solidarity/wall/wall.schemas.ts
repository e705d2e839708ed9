import { z } from 'zod';
import { email } from '../../accounts/accounts.schemas.ts';
import { WALL_NAME_MAX, WALL_STATEMENT_MAX } from './wall.model.ts';

// Messages are i18n keys (see lib/forms.ts).

/** A person's page address or its last part; empty means "nobody in particular". */
const personRef = z
  .string()
  .trim()
  .max(300, 'wall.form.personUnknown')
  .optional()
  .transform((v) => {
    if (!v) return null;
    const fromUrl = v.match(/\/people\/([^/?#\s]+)/);
    return (fromUrl ? fromUrl[1] : v).toLowerCase();
  })
  .pipe(z.string().regex(/^[a-z0-9-]{1,200}$/, 'wall.form.personUnknown').nullable());

export const wallFormSchema = z.object({
  submissionId: z.uuid({ message: 'wall.form.expired' }),
  name: z.string({ message: 'wall.form.nameRequired' }).trim().min(1, 'wall.form.nameRequired').max(WALL_NAME_MAX, 'wall.form.nameTooLong'),
  statement: z
    .string({ message: 'wall.form.statementRequired' })
    .trim()
    .min(1, 'wall.form.statementRequired')
    .max(WALL_STATEMENT_MAX, 'wall.form.statementTooLong'),
  person: personRef,
  email,
  consent: z.string().optional().refine((v) => v === 'on', 'wall.form.consentRequired'),
  website: z.string().optional().default(''),
});
export type WallForm = z.infer<typeof wallFormSchema>;

export const newQuerySchema = z.object({ to: z.string().regex(/^[a-z0-9-]{1,200}$/).optional().catch(undefined) });
export const tokenSchema = z.object({ token: z.string().min(20).max(200) });
export const entryIdSchema = z.object({ id: z.uuid() });
export const moderationSchema = z.object({ decision: z.enum(['approve', 'reject']) });
/** The keyset cursor of the next page: the last shown entry's approval date and id. */
export const pageQuerySchema = z.object({
  after: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}_[0-9a-f-]{36}$/)
    .optional()
    .catch(undefined),
});
export const mediaParamsSchema = z.object({ id: z.uuid(), file: z.string().max(40) });
