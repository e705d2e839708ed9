import { z } from 'zod';
import { ROLES } from '../../app/roles.ts';

const role = z.enum(ROLES);
export const rolesFormSchema = z.object({
  // A single checked box arrives as a string, several as an array, none as nothing.
  roles: z.union([role, z.array(role)]).optional().transform((r) => (r === undefined ? [] : Array.isArray(r) ? r : [r])),
});
export const userIdSchema = z.object({ id: z.uuid() });
export const pageSchema = z.object({ page: z.coerce.number().int().min(1).max(10000).default(1) });
