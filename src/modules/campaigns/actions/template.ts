import type { TargetRow } from '../targets/targets.tables.ts';

/** The placeholders a letter template may use. */
export const PLACEHOLDERS = ['supporter_name', 'target_name', 'salutation', 'person_name'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Replaces the placeholders given in `values`; others stay as written (filled later, per target). */
export function fillTemplate(text: string, values: Partial<Record<Placeholder, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name as Placeholder] ?? whole);
}

/** The salutation for a target in a language: the target's own, else English, else a neutral one built from the name. */
export function salutationFor(target: Pick<TargetRow, 'name' | 'salutations'>, lang: string): string {
  return target.salutations[lang] ?? target.salutations.en ?? target.name;
}

/**
 * A supporter's letter (supporter and person already filled in at writing time) made ready for one
 * target: used for the mailto link and by the delivery job, so both send the same words.
 */
export function letterForTarget(letter: { subject: string; body: string }, target: Pick<TargetRow, 'name' | 'salutations'>, lang: string): { subject: string; body: string } {
  const values = { target_name: target.name, salutation: salutationFor(target, lang) };
  return { subject: fillTemplate(letter.subject, values), body: fillTemplate(letter.body, values) };
}
