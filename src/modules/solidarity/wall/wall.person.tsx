import type { RequestContext } from '../../../app/context.ts';
import type { Db } from '../../../db/client.ts';

/** What the person page shows about wall: loaded with the page, rendered in its solidarity section. */
export type WallForPerson = null;

export async function wallForPerson(db: Db, personId: string, ctx: RequestContext): Promise<WallForPerson> {
  void db;
  void personId;
  void ctx;
  return null;
}

export function WallPersonBlock(props: { ctx: RequestContext; data: WallForPerson }) {
  void props;
  return null;
}
