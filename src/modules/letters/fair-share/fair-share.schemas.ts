import { z } from 'zod';

/** A bad page number in a shared link falls back to the first page rather than failing. */
export const quietQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100000).catch(1).default(1),
});
