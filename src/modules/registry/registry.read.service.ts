// Read use cases of the registry's public pages and API: each returns what one page shows.
import type { Conn } from './registry.repository.ts';
import {
  allFacilities,
  facilityHeadcounts,
  findFacilityBySlug,
  findPersonBySlug,
  peopleHeldAt,
  placementHistory,
} from './registry.repository.ts';
import { addressBlock, type AddressBlock } from './address.ts';
import type { FacilityRow, PersonRow } from './registry.tables.ts';

/** A placeholder recipient for a facility's own page: the sender writes the person's name there. */
const RECIPIENT_PLACEHOLDER = { nameRu: 'Фамилия Имя Отчество', nameBe: null, nameLatin: null, birthYear: null };

export async function personView(db: Conn, slug: string) {
  const person = await findPersonBySlug(db, slug);
  if (!person) return null;
  const history = await placementHistory(db, person.id);
  // The open placement is where the person is now; the history already carries its facility.
  const facility = history.find((h) => h.placement.toOn === null)?.facility ?? null;
  return {
    person,
    facility,
    address: facility ? addressBlock(person, facility) : null,
    placements: history.map((h) => ({ facility: h.facility, fromOn: h.placement.fromOn, toOn: h.placement.toOn })),
  };
}

export async function facilityView(db: Conn, slug: string): Promise<{ facility: FacilityRow; held: PersonRow[]; address: AddressBlock } | null> {
  const facility = await findFacilityBySlug(db, slug);
  if (!facility) return null;
  const held = (await peopleHeldAt(db, facility.id)).map((r) => r.person);
  // The placeholder has no patronymic ending, so it stays in the nominative on Russian addresses too.
  return { facility, held, address: addressBlock(RECIPIENT_PLACEHOLDER, facility) };
}

export async function facilitiesView(db: Conn) {
  const [facilities, counts] = await Promise.all([allFacilities(db), facilityHeadcounts(db)]);
  return { facilities, counts };
}
