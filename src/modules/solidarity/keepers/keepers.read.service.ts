// What the keepers' pages show: read-only, shaped for the views. Who may see what is decided here too
// (the keeper page opens for the person's keepers and coordinators; e-mails only for coordinators).
import type { Deps } from '../../../app/context.ts';
import { allow } from '../../../app/policy.ts';
import type { Actor } from '../../../app/roles.ts';
import type { Db } from '../../../db/client.ts';
import { figuresFor } from '../../letters/fair-share/fair-share.service.ts';
import type { LetterFigures } from '../../letters/fair-share/fair-share.repository.ts';
import { nextOccurrence } from '../../registry/birthdays/birthdays.service.ts';
import { ageOn, todayIso } from '../../registry/registry.present.ts';
import type { PersonRow } from '../../registry/registry.tables.ts';
import { needsOf, type NeedWithCounts } from '../needs/needs.repository.ts';
import type { KeeperState } from '../solidarity.model.ts';
import { activeKeeperIds, historyOf, keepingsOf, openKeepings, peopleWithoutKeeper, type PersonNames } from './keepers.repository.ts';
import type { KeptPerson } from './keepers.policy.ts';

export const WITHOUT_KEEPER_PAGE_SIZE = 50;

/** One row of a person's keeper history as a reader may see it. */
export interface HistoryEntry {
  id: string;
  userId: string;
  /** The name the volunteer chose; null when they gave none (a coordinator named them by e-mail). */
  pseudonym: string | null;
  /** Coordinators only. */
  email: string | null;
  /** Coordinators only: what the volunteer wrote when asking. */
  note: string | null;
  state: KeeperState;
  requestedOn: string;
  startedOn: string | null;
  endedOn: string | null;
  handedOverTo: string | null;
}

export interface UpcomingDates {
  birthday: { date: string; age: number | null } | null;
  release: string | null;
}

export interface KeeperPageView {
  person: PersonRow;
  needs: NeedWithCounts[];
  figures: LetterFigures;
  dates: UpcomingDates;
  history: HistoryEntry[];
  coordinator: boolean;
  /** The actor's own active row (a keeper hands over this one). */
  mine: HistoryEntry | null;
}

/** The next birthday (and the age turned, when the year is known) and the expected release, if still ahead. */
export function upcomingDates(person: PersonRow, today = todayIso()): UpcomingDates {
  const birthdayOn = person.birthMonth && person.birthDay ? nextOccurrence(today, person.birthMonth, person.birthDay) : null;
  const release = person.status === 'current' && person.releaseExpectedOn && person.releaseExpectedOn >= today ? person.releaseExpectedOn : null;
  return { birthday: birthdayOn ? { date: birthdayOn, age: ageOn(person.birthYear, birthdayOn) } : null, release };
}

/** The keeper page, or null when the actor neither keeps the person nor coordinates (the route answers 404). */
export async function keeperPageView(deps: Deps, person: PersonRow, actor: Actor): Promise<KeeperPageView | null> {
  const db = deps.database.db;
  const kept: KeptPerson = { activeKeeperIds: await activeKeeperIds(db, person.id) };
  if (!allow(actor, 'keepers.keep', kept)) return null;
  const coordinator = allow(actor, 'keepers.coordinate');
  const [needs, figures, rows] = await Promise.all([needsOf(db, person.id, ['open']), figuresFor(db, person.id), historyOf(db, person.id)]);
  const history: HistoryEntry[] = rows.map(({ keeper: k, emailEnc }) => ({
    id: k.id,
    userId: k.userId,
    pseudonym: k.pseudonym,
    email: coordinator ? deps.keys.decrypt(emailEnc) : null,
    note: coordinator ? k.note : null,
    state: k.state,
    requestedOn: k.requestedOn,
    startedOn: k.startedOn,
    endedOn: k.endedOn,
    handedOverTo: k.handedOverTo,
  }));
  const mine = history.find((h) => h.state === 'active' && h.userId === actor.userId) ?? null;
  return { person, needs, figures, dates: upcomingDates(person), history, coordinator, mine };
}

export interface OpenKeeping {
  id: string;
  person: PersonNames;
  pseudonym: string | null;
  email: string;
  note: string | null;
  requestedOn: string;
  startedOn: string | null;
}

/** The coordinators' page: requests to decide, who keeps whom, and the people nobody keeps (a page of them). */
export async function coordinatorView(deps: Deps, page: number) {
  const db = deps.database.db;
  const shape = (r: Awaited<ReturnType<typeof openKeepings>>[number]): OpenKeeping => ({
    id: r.keeper.id,
    person: r.person,
    pseudonym: r.keeper.pseudonym,
    email: deps.keys.decrypt(r.emailEnc),
    note: r.keeper.note,
    requestedOn: r.keeper.requestedOn,
    startedOn: r.keeper.startedOn,
  });
  const [requests, active, without] = await Promise.all([
    openKeepings(db, 'requested'),
    openKeepings(db, 'active'),
    peopleWithoutKeeper(db, WITHOUT_KEEPER_PAGE_SIZE, (page - 1) * WITHOUT_KEEPER_PAGE_SIZE),
  ]);
  return {
    requests: requests.map(shape),
    active: active.map(shape),
    without: without.items,
    withoutTotal: without.total,
    page,
    pages: Math.max(1, Math.ceil(without.total / WITHOUT_KEEPER_PAGE_SIZE)),
  };
}
export type CoordinatorView = Awaited<ReturnType<typeof coordinatorView>>;

export interface MyKeeping {
  person: PersonNames;
  state: KeeperState;
  requestedOn: string;
  startedOn: string | null;
  endedOn: string | null;
}

export async function myKeepings(db: Db, userId: string): Promise<MyKeeping[]> {
  const rows = await keepingsOf(db, userId);
  return rows.map(({ keeper: k, person }) => ({ person, state: k.state, requestedOn: k.requestedOn, startedOn: k.startedOn, endedOn: k.endedOn }));
}
