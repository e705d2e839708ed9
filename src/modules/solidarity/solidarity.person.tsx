import type { RequestContext } from '../../app/context.ts';
import type { Db } from '../../db/client.ts';
import { friendsForPerson, FriendsPersonBlock } from './friends/friends.person.tsx';
import { keepersForPerson, KeepersPersonBlock } from './keepers/keepers.person.tsx';
import { needsForPerson, NeedsPersonBlock } from './needs/needs.person.tsx';
import { sponsorshipsForPerson, SponsorshipsPersonBlock } from './sponsorships/sponsorships.person.tsx';
import { wallForPerson, WallPersonBlock } from './wall/wall.person.tsx';

export type SolidarityForPerson = Awaited<ReturnType<typeof solidarityForPerson>>;

/** Everything the person page shows about the solidarity around them, loaded together. */
export async function solidarityForPerson(db: Db, personId: string, ctx: RequestContext) {
  const [friends, keepers, needs, sponsorships, wall] = await Promise.all([
    friendsForPerson(db, personId, ctx),
    keepersForPerson(db, personId, ctx),
    needsForPerson(db, personId, ctx),
    sponsorshipsForPerson(db, personId, ctx),
    wallForPerson(db, personId, ctx),
  ]);
  return { friends, keepers, needs, sponsorships, wall };
}

/** The person page's solidarity section: each part links to its own pages. */
export function PersonSolidarity(props: { ctx: RequestContext; data: SolidarityForPerson }) {
  const { ctx, data } = props;
  return (
    <section aria-labelledby="solidarity-title">
      <h2 id="solidarity-title">{ctx.t('solidarity.person.title')}</h2>
      <FriendsPersonBlock ctx={ctx} data={data.friends} />
      <SponsorshipsPersonBlock ctx={ctx} data={data.sponsorships} />
      <NeedsPersonBlock ctx={ctx} data={data.needs} />
      <KeepersPersonBlock ctx={ctx} data={data.keepers} />
      <WallPersonBlock ctx={ctx} data={data.wall} />
    </section>
  );
}
