import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow } from '../../src/app/policy.ts';
import { ANONYMOUS, actorFor, ROLES, type Actor, type Role } from '../../src/app/roles.ts';
import { startTestApp, type TestApp } from './app.ts';
import type { TestDbKind } from './databases.ts';
import { TestClient } from './client.ts';
import { signInStaff } from './staff.ts';

/**
 * Shared scaffolding for the role × action tests: each feature writes out who may do what in full
 * (its MATRIX and PAGES), and these helpers check that list by rule and through the real pages.
 */

/** Everyone a rule can be asked about: a signed-out visitor, then each role on its own. */
export type Who = 'anonymous' | Role;
export const WHO: readonly Who[] = ['anonymous', ...ROLES];

/** The user id every test actor carries, so a resource can name "this actor" (e.g. as a keeper). */
export const ACTOR_ID = '00000000-0000-4000-8000-000000000001';

/** An actor holding just this one role; `mfa = false` is a staff member who has not passed the second factor. */
export function actorOf(who: Who, mfa = true): Actor {
  return who === 'anonymous' ? ANONYMOUS : actorFor({ id: ACTOR_ID, roles: [who] }, { idHash: 'x', mfaVerified: mfa });
}

/** Everyone the rule allows this action, in WHO order (optionally about one resource). */
export function whoMay(action: string, resource?: unknown): Who[] {
  return WHO.filter((who) => allow(actorOf(who), action, resource));
}

/** "everyone", or the roles by name: for test titles. */
export function whoLabel(allowed: readonly Who[]): string {
  return allowed.length === WHO.length ? 'everyone' : allowed.join(', ');
}

/** One test per action (call inside a describe): the rule allows exactly the listed people, no one more or less. */
export function itFollowsRuleMatrix(matrix: Record<string, readonly Who[]>): void {
  for (const [action, allowed] of Object.entries(matrix)) {
    it(`${action}: ${whoLabel(allowed)}`, () => {
      expect(whoMay(action)).toEqual(allowed);
    });
  }
}

/** Staff roles count only after the second factor: without it, none of these roles may do any of these actions. */
export function expectNoEffectBeforeSecondFactor(roles: readonly Role[], actions: readonly string[]): void {
  for (const role of roles) {
    for (const action of actions) expect(allow(actorOf(role, false), action), `${role} ${action}`).toBe(false);
  }
}

/**
 * The rules by themselves: one test per action in the matrix, one that the given roles count for none of
 * `secondFactor.actions` before the second factor, and any further tests `more` adds to the same describe.
 */
export function describeRuleMatrix(title: string, matrix: Record<string, readonly Who[]>, secondFactor: { roles: readonly Role[]; actions: readonly string[] }, more?: () => void): void {
  const { roles, actions } = secondFactor;
  describe(title, () => {
    itFollowsRuleMatrix(matrix);
    it(`gives ${roles.length === 1 ? `the ${roles[0]} role` : `a role (${roles.join(', ')})`} no effect before the second factor`, () => {
      expectNoEffectBeforeSecondFactor(roles, actions);
    });
    more?.();
  });
}

/** A browser per person in WHO: a signed-out visitor, and one account per role signed in with its second factor. */
export type RoleClients = Map<Who, TestClient>;

export async function clientsForEveryRole(t: TestApp, into: RoleClients = new Map()): Promise<RoleClients> {
  into.set('anonymous', new TestClient(t.app));
  for (const role of ROLES) into.set(role, await signInStaff(t, `${role}@example.org`, [role]));
  return into;
}

/**
 * Call inside a describe: before its tests, starts the app on this database, runs `prepare` (what the pages need:
 * a person, a figure...) and signs everyone in WHO in; after them, closes the app. The map it returns is empty
 * until that beforeAll has run, so read it inside tests only.
 */
export function everyRoleSignedIn(kind: TestDbKind, prepare?: (t: TestApp) => Promise<unknown>): RoleClients {
  const clients: RoleClients = new Map();
  let t: TestApp | undefined;
  beforeAll(async () => {
    t = await startTestApp(kind);
    await prepare?.(t);
    await clientsForEveryRole(t, clients);
  }, 120_000);
  afterAll(() => t?.close());
  return clients;
}

/** Requests one path as everyone in WHO and collects the status codes. */
export async function statusByRole(clients: RoleClients, path: string): Promise<[Who, number][]> {
  return Promise.all(WHO.map(async (who): Promise<[Who, number]> => [who, (await clients.get(who)!.get(path)).statusCode]));
}

/** What a page behind a policy answers: 200 to those allowed, the login page (303) to visitors, a 404 to every other role. */
export function guardedPage(allowed: readonly Who[]): (who: Who) => number {
  return (who) => (allowed.includes(who) ? 200 : who === 'anonymous' ? 303 : 404);
}

/** Each answer has the expected status; a failure names who (and the label, e.g. the path) got what. */
export function expectStatuses(answers: [Who, number][], expected: (who: Who) => number, label = ''): void {
  const prefix = label ? `${label} ` : '';
  for (const [who, status] of answers) expect(`${prefix}${who} ${status}`).toBe(`${prefix}${who} ${expected(who)}`);
}

/**
 * One test per page (call inside a describe that signs everyone in, e.g. with everyRoleSignedIn): the page answers
 * everyone in WHO as `guardedPage(allowed)` says.
 */
export function itGuardsPages(pages: Record<string, readonly Who[]>, clients: RoleClients): void {
  for (const [path, allowed] of Object.entries(pages)) {
    it(`${path} opens for ${whoLabel(allowed)}${allowed.length === WHO.length ? '' : ' only'}`, async () => {
      expectStatuses(await statusByRole(clients, path), guardedPage(allowed));
    });
  }
}
