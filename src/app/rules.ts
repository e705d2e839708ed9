import type { Actor, Role } from './roles.ts';

/** A rule answers whether an actor may take an action, optionally on one record. */
export type Rule = (actor: Actor, resource?: unknown) => boolean;
export type Rules = Record<string, Rule>;

export const everyone: Rule = () => true;
export const signedIn: Rule = (a) => a.userId !== null;
export const hasRole =
  (role: Role): Rule =>
  (a) =>
    a.roles.has(role);
