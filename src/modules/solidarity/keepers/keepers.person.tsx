import type { RequestContext } from '../../../app/context.ts';
import type { Db } from '../../../db/client.ts';

/** What the person page shows about keepers: loaded with the page, rendered in its solidarity section. */
export type KeepersForPerson = null;

export async function keepersForPerson(db: Db, personId: string, ctx: RequestContext): Promise<KeepersForPerson> {
  void db;
  void personId;
  void ctx;
  return null;
}

export function KeepersPersonBlock(props: { ctx: RequestContext; data: KeepersForPerson }) {
  void props;
  return null;
}
