import { describe, expect, it } from 'vitest';
import { birthField } from './registry.schemas.ts';
import { partialIso } from './registry.present.ts';

describe('the birth date field', () => {
  it('takes full and partial dates, and the day without the year that the edit form shows', () => {
    expect(birthField.parse('1980')).toEqual({ year: 1980, month: null, day: null });
    expect(birthField.parse('1980-05')).toEqual({ year: 1980, month: 5, day: null });
    expect(birthField.parse('1980-05-17')).toEqual({ year: 1980, month: 5, day: 17 });
    expect(birthField.parse('--02-29')).toEqual({ year: null, month: 2, day: 29 });
    // A record with a birthday but no year survives an edit that does not touch the field.
    expect(birthField.parse(partialIso(null, 5, 17)!)).toEqual({ year: null, month: 5, day: 17 });
  });

  it('refuses dates that do not exist, with the form message key', () => {
    for (const bad of ['1980-13', '1980-02-30', '--13-01', 'abc', '80-05-17']) {
      const result = birthField.safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0].message).toBe('form.birthDate');
    }
  });
});
