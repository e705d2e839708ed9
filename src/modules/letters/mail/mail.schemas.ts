import { z } from 'zod';
import { ENVELOPE_FORMATS } from '../letters.model.ts';

const asList = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

// Messages are i18n keys (see lib/forms.ts).
export const batchFormSchema = z.object({
  facilityIds: z.preprocess(asList, z.array(z.uuid()).min(1, 'letters.mail.facilitiesRequired')),
  envelope: z.enum(ENVELOPE_FORMATS, { message: 'letters.mail.envelopeRequired' }),
  max: z.coerce.number({ message: 'letters.mail.maxInvalid' }).int('letters.mail.maxInvalid').min(1, 'letters.mail.maxInvalid').max(2000, 'letters.mail.maxInvalid'),
});

export const postedFormSchema = z.object({
  postedOn: z.iso.date({ message: 'letters.mail.dateInvalid' }),
});

export const referenceQuerySchema = z.object({ ref: z.string().trim().min(1).max(40) });
