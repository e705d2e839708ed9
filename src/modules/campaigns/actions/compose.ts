// A supporter's letter from the campaign's template: pure functions, no database.
import { displayName } from '../../registry/registry.present.ts';
import { simhash } from './similarity.ts';
import { fillTemplate } from './template.ts';

type Names = { nameBe: string | null; nameRu: string | null; nameLatin: string | null };

/** {person_name}: the campaign's people named in the letter's language, joined. */
export function personNames(people: Names[], lang: string): string {
  return people.map((p) => displayName(p, lang)).filter(Boolean).join(', ');
}

/** The template as the form shows it: the person filled in; the supporter, target and salutation still placeholders. */
export function prefilled(template: { subject: string; body: string }, personName: string) {
  return { subject: fillTemplate(template.subject, { person_name: personName }), body: fillTemplate(template.body, { person_name: personName }) };
}

/** Compared without differences a browser or a careless paste makes (line ends, trailing spaces, blank runs). */
const comparable = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();

export interface ComposedLetter {
  subject: string;
  body: string;
  /** The supporter changed the words: only such letters are compared for near-duplicates. */
  edited: boolean;
  simhash: bigint | null;
}

/**
 * The letter as stored: a locked template is used as it is, whatever the form sent; an editable one is what
 * the supporter wrote. {supporter_name} and {person_name} are filled in now; {target_name} and {salutation}
 * stay for each target. The SimHash is taken before the name is filled in, so names do not hide copies.
 */
export function composeLetter(o: { template: { subject: string; body: string }; locked: boolean; personName: string; supporterName: string; subject?: string; body?: string }): ComposedLetter {
  const base = prefilled(o.template, o.personName);
  const written = o.locked ? base : { subject: o.subject ?? '', body: o.body ?? '' };
  const edited = !o.locked && (comparable(written.subject) !== comparable(base.subject) || comparable(written.body) !== comparable(base.body));
  const values = { supporter_name: o.supporterName, person_name: o.personName };
  return {
    subject: fillTemplate(written.subject, values),
    body: fillTemplate(written.body, values),
    edited,
    simhash: edited ? simhash(`${written.subject}\n${written.body}`) : null,
  };
}
