import type { RequestContext } from '../../../app/context.ts';
import type { Db } from '../../../db/client.ts';

/** What the person page shows about needs: loaded with the page, rendered in its solidarity section. */
export type NeedsForPerson = null;

export async function needsForPerson(db: Db, personId: string, ctx: RequestContext): Promise<NeedsForPerson> {
  void db;
  void personId;
  void ctx;
  return null;
}

export function NeedsPersonBlock(props: { ctx: RequestContext; data: NeedsForPerson }) {
  void props;
  return null;
}
