export const ROLES = ['supporter', 'translator', 'scribe', 'mailer', 'moderator', 'editor', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
/** Every role above supporter is staff and needs a second factor before it takes effect. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'supporter');

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export interface Actor {
  userId: string | null;
  /** Roles in effect now: staff roles count only after the second factor in this session. */
  roles: ReadonlySet<Role>;
  /** Roles held, whether in effect or not (to prompt for enrolment). */
  heldRoles: readonly Role[];
  mfa: boolean;
  sessionIdHash: string | null;
}

export const ANONYMOUS: Actor = { userId: null, roles: new Set(), heldRoles: [], mfa: false, sessionIdHash: null };

export function actorFor(user: { id: string; roles: string[] }, session: { idHash: string; mfaVerified: boolean }): Actor {
  const held = user.roles.filter(isRole);
  const effective = new Set<Role>(['supporter']);
  for (const r of held) if (r === 'supporter' || session.mfaVerified) effective.add(r);
  return { userId: user.id, roles: effective, heldRoles: held, mfa: session.mfaVerified, sessionIdHash: session.idHash };
}

export function holdsStaffRole(roles: readonly string[]): boolean {
  return roles.some((r) => STAFF_ROLES.includes(r as Role));
}
