import { describe, expect, it } from 'vitest';
import { composeLetter, personNames, prefilled } from './compose.ts';
import { letterForTarget } from './template.ts';

const template = { subject: 'Free {person_name}', body: '{salutation},\n\nplease act for {person_name}.\n\n{supporter_name}' };

describe('composing a letter from the template', () => {
  it('fills the person in the form, and the supporter when the letter is stored; targets stay for later', () => {
    expect(prefilled(template, 'Ales Bialiatski')).toEqual({ subject: 'Free Ales Bialiatski', body: '{salutation},\n\nplease act for Ales Bialiatski.\n\n{supporter_name}' });
    const letter = composeLetter({ template, locked: true, personName: 'Ales Bialiatski', supporterName: 'Anna K.' });
    expect(letter).toMatchObject({ subject: 'Free Ales Bialiatski', body: '{salutation},\n\nplease act for Ales Bialiatski.\n\nAnna K.', edited: false, simhash: null });
    expect(letterForTarget(letter, { name: 'Dr. Weber', salutations: { en: 'Dear Dr. Weber' } }, 'en').body).toBe('Dear Dr. Weber,\n\nplease act for Ales Bialiatski.\n\nAnna K.');
  });

  it('uses a locked template whatever the form sent', () => {
    const letter = composeLetter({ template, locked: true, personName: 'X', supporterName: 'Anna', subject: 'Spam', body: 'Buy now' });
    expect(letter.subject).toBe('Free X');
    expect(letter.body).not.toContain('Buy now');
  });

  it('marks a letter edited only when the words changed, not the line ends', () => {
    const base = prefilled(template, 'X');
    const same = composeLetter({ template, locked: false, personName: 'X', supporterName: 'Anna', subject: base.subject, body: base.body.replace(/\n/g, '\r\n') + '  ' });
    expect(same).toMatchObject({ edited: false, simhash: null });
    const changed = composeLetter({ template, locked: false, personName: 'X', supporterName: 'Anna', subject: base.subject, body: `${base.body}\nPS: I was there.` });
    expect(changed.edited).toBe(true);
    expect(typeof changed.simhash).toBe('bigint');
  });

  it('names the campaign people in the letter language', () => {
    const people = [{ nameBe: 'Алесь Бяляцкі', nameRu: 'Алесь Беляцкий', nameLatin: 'Ales Bialiatski' }];
    expect(personNames(people, 'be')).toBe('Алесь Бяляцкі');
    expect(personNames(people, 'de')).toBe('Ales Bialiatski');
    expect(personNames([...people, { nameBe: null, nameRu: null, nameLatin: 'Maria Kalesnikava' }], 'en')).toBe('Ales Bialiatski, Maria Kalesnikava');
  });
});
