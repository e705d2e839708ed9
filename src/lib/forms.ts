import type { z } from 'zod';

/** Field name → message key of the first problem with it. Views translate the keys. */
export type FieldErrors = Record<string, string>;

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/**
 * Parses a submitted form with its zod schema. Schemas give message keys as their messages,
 * so errors come back in the user's language; values are echoed back except secrets.
 */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown, secretFields: string[] = []): Parsed<z.infer<S>> {
  const input = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '_form');
    // Our schemas give message keys ("letters.form.textRequired"); zod's own messages are sentences.
    errors[field] ??= /^[a-z][A-Za-z]*(\.[A-Za-z_]+)+$/.test(issue.message) ? issue.message : 'form.invalid';
  }
  return { ok: false, errors, values: echoValues(input, secretFields) };
}

/** What a form sent, to show it again: text fields only, without the CSRF token and any secret fields. */
export function echoValues(input: Record<string, unknown>, secretFields: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(input)) if (typeof v === 'string' && !secretFields.includes(k) && k !== '_csrf') values[k] = v;
  return values;
}
