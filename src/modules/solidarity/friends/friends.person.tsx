import type { RequestContext } from '../../../app/context.ts';
import type { Db } from '../../../db/client.ts';

/** What the person page shows about friends: loaded with the page, rendered in its solidarity section. */
export type FriendsForPerson = null;

export async function friendsForPerson(db: Db, personId: string, ctx: RequestContext): Promise<FriendsForPerson> {
  void db;
  void personId;
  void ctx;
  return null;
}

export function FriendsPersonBlock(props: { ctx: RequestContext; data: FriendsForPerson }) {
  void props;
  return null;
}
