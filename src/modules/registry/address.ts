import { incline } from 'lvovich';
import { COUNTRY_LINE, type FacilityInput } from './registry.model.ts';
import type { FacilityRow, PersonRow } from './registry.tables.ts';
import { fold, skeleton } from './search/search-keys.ts';

/** The lines to copy onto an envelope; `verified` is false while the street is only as a source published it. */
export interface AddressBlock {
  recipient: string;
  lines: string[];
  verified: boolean;
}

/**
 * Recognises one facility across sources and scripts ("vulica 1-ja Zavodskaja 8" and "ул. 1-я Заводская, 8"):
 * postal code plus the numbers of the street address. Without a postal code, the folded name.
 */
export function addressKey(f: Pick<FacilityInput, 'postalCode' | 'street' | 'addressPublished' | 'nameEn' | 'nameRu' | 'nameBe' | 'country'>): string {
  const postal = f.postalCode?.trim() || /\b(\d{6})\b/.exec(f.addressPublished ?? '')?.[1];
  if (postal) {
    const rest = (f.street || f.addressPublished || '').replace(postal, ' ');
    const numbers = rest.match(/\d+/g) ?? [];
    return `${f.country}|${postal}|${numbers.join(' ')}`;
  }
  const name = f.nameEn || f.nameRu || f.nameBe || '';
  return `${f.country}|name|${skeleton(fold(name))}`;
}

const PATRONYMIC_ENDINGS = /(вич|вна|ична|инична)$/i;

/**
 * "Иванову Ивану Ивановичу, 1980 г.р." for Russian envelopes. Declines only a full Russian name whose patronymic
 * shows the grammatical gender; anything else (Kazakh "Серик улы", a missing patronymic) stays nominative.
 */
export function dativeRecipient(nameRu: string, birthYear: number | null): string {
  const year = birthYear ? `, ${birthYear} г.р.` : '';
  const parts = nameRu.trim().split(/\s+/);
  if (parts.length !== 3 || !PATRONYMIC_ENDINGS.test(parts[2])) return `${nameRu.trim()}${year}`;
  const [last, first, middle] = parts;
  const d = incline({ last, first, middle }, 'dative');
  if (!d.last || !d.first || !d.middle) return `${nameRu.trim()}${year}`;
  return `${d.last} ${d.first} ${d.middle}${year}`;
}

/** The recipient's name as the envelope shows it: Russian Cyrillic if known (what censors read), else Belarusian. */
function cyrillicName(p: Pick<PersonRow, 'nameRu' | 'nameBe' | 'nameLatin'>): string {
  return p.nameRu || p.nameBe || p.nameLatin || '';
}

/** The address block for a person held at a facility, exactly in the order it is written. */
export function addressBlock(
  person: Pick<PersonRow, 'nameRu' | 'nameBe' | 'nameLatin' | 'birthYear'>,
  facility: Pick<FacilityRow, 'country' | 'nameRu' | 'nameBe' | 'postalCode' | 'region' | 'city' | 'street' | 'addressPublished'>,
): AddressBlock {
  const recipient =
    facility.country === 'RU' && person.nameRu
      ? dativeRecipient(person.nameRu, person.birthYear)
      : `${cyrillicName(person)}${person.birthYear ? `, ${person.birthYear} г.р.` : ''}`;
  const country = COUNTRY_LINE[facility.country] ?? facility.country.toUpperCase();
  const institution = facility.nameRu || facility.nameBe;
  if (!facility.street) {
    // Only the source's own text: shown as published, marked unverified.
    const published = (facility.addressPublished ?? '').split(/,\s*/).filter(Boolean);
    return { recipient, lines: [...(institution ? [institution] : []), ...published, country], verified: false };
  }
  const lines = [institution, facility.street, facility.city, facility.region, facility.postalCode, country].filter(
    (l): l is string => !!l && l.trim() !== '',
  );
  return { recipient, lines, verified: true };
}
