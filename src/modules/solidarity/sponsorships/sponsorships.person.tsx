import type { RequestContext } from '../../../app/context.ts';
import type { Db } from '../../../db/client.ts';

/** What the person page shows about sponsorships: loaded with the page, rendered in its solidarity section. */
export type SponsorshipsForPerson = null;

export async function sponsorshipsForPerson(db: Db, personId: string, ctx: RequestContext): Promise<SponsorshipsForPerson> {
  void db;
  void personId;
  void ctx;
  return null;
}

export function SponsorshipsPersonBlock(props: { ctx: RequestContext; data: SponsorshipsForPerson }) {
  void props;
  return null;
}
