// Becoming a friend, confirming it, and reaching one's own page: one transaction per use case, e-mails as jobs in it.
import type { Deps } from '../../../app/context.ts';
import { enforce } from '../../../app/rate-limit.ts';
import { enqueueEmail } from '../../../jobs/email.job.ts';
import { hashToken, newToken } from '../../../lib/crypto.ts';
import { todayIso } from '../../registry/registry.present.ts';
import type { PersonRow } from '../../registry/registry.tables.ts';
import type { Conn } from '../../registry/registry.repository.ts';
import { CONFIRM_LINK_HOURS, FRIEND_LIMITS } from './friends.model.ts';
import { friendCountsChanged } from './fewest.ts';
import {
  confirmFriendshipOnce,
  deleteFriendship,
  donePhotoKeysOf,
  findFriendByEmailHash,
  findFriendById,
  findFriendByPageToken,
  findFriendByUser,
  findFriendship,
  findFriendshipByConfirmToken,
  hasConfirmedFriendship,
  insertFriend,
  insertFriendship,
  updateFriend,
  updateFriendship,
  type FriendRow,
} from './friends.repository.ts';

/** Only people held now are offered for friendship (as for letters). */
export const canBefriend = (person: PersonRow) => person.status === 'current';

async function spendEmailBudget(deps: Deps, email: string) {
  await enforce(deps.database.db, [[FRIEND_LIMITS.perAddress, deps.keys.lookupHash(email)], [FRIEND_LIMITS.global]]);
}

/** Gives the friend a new private page link (the old one stops working) and e-mails it, inside the caller's transaction. */
async function sendPageLink(deps: Deps, tx: Conn, friend: FriendRow, email: string) {
  const token = newToken();
  await updateFriend(tx, friend.id, { pageTokenHash: hashToken(token) });
  await enqueueEmail(deps, tx, { to: email, template: 'friends.pageLink', locale: friend.locale, params: { lang: friend.locale, token } });
}

export interface BefriendInput {
  person: PersonRow;
  pseudonym: string;
  email: string;
  reminders: boolean;
  locale: string;
}

/**
 * Someone without an account befriends a person. The answer is the same whatever happens here (a new
 * address, a known one, a friendship already confirmed), so the form tells nobody whether an address is
 * known: an unconfirmed friendship gets a (new) confirmation link; a confirmed one, a new page link.
 * The pseudonym and reminder choice of an address count only until something is confirmed with it: after
 * that, only the friend's own page changes them, so a stranger typing their address changes nothing.
 */
export async function befriendByEmail(deps: Deps, input: BefriendInput): Promise<void> {
  await spendEmailBudget(deps, input.email);
  const emailHash = deps.keys.lookupHash(input.email);
  const today = todayIso();
  await deps.database.db.transaction(async (tx) => {
    let friend = await findFriendByEmailHash(tx, emailHash);
    if (!friend) {
      friend = await insertFriend(tx, { pseudonym: input.pseudonym, emailEnc: deps.keys.encrypt(input.email), emailHash, locale: input.locale, reminders: input.reminders, createdOn: today });
    } else if (!(await hasConfirmedFriendship(tx, friend.id))) {
      await updateFriend(tx, friend.id, { pseudonym: input.pseudonym, locale: input.locale, reminders: input.reminders });
      friend = { ...friend, locale: input.locale };
    }
    const existing = await findFriendship(tx, friend.id, input.person.id);
    if (existing?.confirmedOn) return sendPageLink(deps, tx, friend, input.email);
    const token = newToken();
    const confirm = { confirmTokenHash: hashToken(token), confirmExpiresAt: new Date(Date.now() + CONFIRM_LINK_HOURS * 3600_000) };
    if (existing) await updateFriendship(tx, existing.id, confirm);
    else await insertFriendship(tx, { friendId: friend.id, personId: input.person.id, ...confirm, createdOn: today });
    await enqueueEmail(deps, tx, { to: input.email, template: 'friends.confirm', locale: friend.locale, params: { lang: friend.locale, token } });
  });
}

/** A signed-in supporter befriends a person: the account is the friend, and the friendship counts at once. */
export async function befriendWithAccount(deps: Deps, input: { person: PersonRow; pseudonym: string; reminders: boolean; locale: string; userId: string }): Promise<void> {
  const db = deps.database.db;
  const today = todayIso();
  await db.transaction(async (tx) => {
    let friend = await findFriendByUser(tx, input.userId);
    if (!friend) friend = await insertFriend(tx, { userId: input.userId, pseudonym: input.pseudonym, locale: input.locale, reminders: input.reminders, createdOn: today });
    else await updateFriend(tx, friend.id, { pseudonym: input.pseudonym, locale: input.locale, reminders: input.reminders });
    const existing = await findFriendship(tx, friend.id, input.person.id);
    if (!existing) await insertFriendship(tx, { friendId: friend.id, personId: input.person.id, confirmedOn: today, createdOn: today });
    else if (!existing.confirmedOn) await confirmFriendshipOnce(tx, existing.id, today);
  });
  friendCountsChanged(db);
}

export type ConfirmOutcome = 'confirmed' | 'already' | 'expired';

/** The click on the confirmation link's button: the friendship counts, and the friend gets their page link. */
export async function confirmFriendship(deps: Deps, token: string): Promise<ConfirmOutcome | null> {
  const db = deps.database.db;
  const friendship = await findFriendshipByConfirmToken(db, hashToken(token));
  if (!friendship) return null;
  if (friendship.confirmedOn) return 'already';
  if (friendship.confirmExpiresAt && friendship.confirmExpiresAt < new Date()) return 'expired';
  const outcome = await db.transaction(async (tx) => {
    if (!(await confirmFriendshipOnce(tx, friendship.id, todayIso()))) return 'already' as const;
    const friend = (await findFriendById(tx, friendship.friendId))!;
    const email = friend.emailEnc ? deps.keys.decrypt(friend.emailEnc) : null;
    if (email) await sendPageLink(deps, tx, friend, email);
    return 'confirmed' as const;
  });
  friendCountsChanged(db);
  return outcome;
}

/** "Send me my link again": the same answer for any address; only a friend with a confirmed friendship gets one. */
export async function resendPageLink(deps: Deps, email: string): Promise<void> {
  await spendEmailBudget(deps, email);
  await deps.database.db.transaction(async (tx) => {
    const friend = await findFriendByEmailHash(tx, deps.keys.lookupHash(email));
    if (friend && (await hasConfirmedFriendship(tx, friend.id))) await sendPageLink(deps, tx, friend, email);
  });
}

/** Whose page this is: the friend the private link names or, without a link, the signed-in account's. */
export async function friendForPage(deps: Deps, token: string | undefined, userId: string | null): Promise<FriendRow | null> {
  const db = deps.database.db;
  if (token) return (await findFriendByPageToken(db, hashToken(token))) ?? null;
  if (userId) return (await findFriendByUser(db, userId)) ?? null;
  return null;
}

export async function setReminders(deps: Deps, friend: FriendRow, on: boolean): Promise<void> {
  await updateFriend(deps.database.db, friend.id, { reminders: on });
}

/** Ends one of the friend's friendships (its done tasks go with it); false when it is not theirs. */
export async function endFriendship(deps: Deps, friend: FriendRow, friendshipId: string): Promise<boolean> {
  const db = deps.database.db;
  const photos = await donePhotoKeysOf(db, friend.id, friendshipId);
  const ended = await deleteFriendship(db, friend.id, friendshipId);
  friendCountsChanged(db);
  // The rows that named the photos are gone; then the files.
  if (ended) for (const key of photos) await deps.blobs.delete(key);
  return ended;
}

