// What campaigns add to other modules' pages: the volunteer hub's links to campaign management, and the open
// campaigns about a person for the person page. The lead wires both in.
import type { RequestContext } from '../../app/context.ts';
import { href } from '../../app/layout.tsx';
import { allow } from '../../app/policy.ts';
import type { Db } from '../../db/client.ts';
import { campaignHref, KindLabel, langAttr } from './core/core.parts.tsx';
import { openCampaignsAbout } from './core/core.repository.ts';
import type { CampaignKind } from './campaigns.model.ts';

/** The campaign work pages, each shown only to the roles its policy lets in. */
const WORK = [
  { path: '/campaigns/manage', action: 'campaigns.manage', key: 'manage' },
  { path: '/campaigns/manage/new', action: 'campaigns.manage', key: 'new' },
  { path: '/campaigns/targets', action: 'targets.manage', key: 'targets' },
  { path: '/events/manage', action: 'events.manage', key: 'events' },
] as const;

/** Links on the volunteer hub to campaign management; nothing for roles that may not manage campaigns. */
export function CampaignsWorkLinks({ ctx }: { ctx: RequestContext }) {
  const links = WORK.filter((w) => allow(ctx.actor, w.action));
  if (links.length === 0) return null;
  return (
    <>
      <h2>{ctx.t('campaigns.work.title')}</h2>
      <ul class="queues">
        {links.map((w) => (
          <li>
            <a href={href(ctx, w.path)}>{ctx.t(`campaigns.work.${w.key}`)}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

export interface PersonCampaign {
  slug: string;
  kind: CampaignKind;
  title: string | null;
  /** The language the title is written in (the reader's, or the campaign's original one). */
  textLang: string | null;
}

/** Open campaigns about a person, newest first, titled in `lang` where a text in it exists. */
export function campaignsForPerson(db: Db, personId: string, lang = 'en'): Promise<PersonCampaign[]> {
  return openCampaignsAbout(db, personId, lang);
}

/** The person page's block: the open campaigns about this person, each linked; nothing when there are none. */
export function PersonCampaigns({ ctx, campaigns }: { ctx: RequestContext; campaigns: PersonCampaign[] }) {
  if (campaigns.length === 0) return null;
  return (
    <section aria-labelledby="person-campaigns">
      <h2 id="person-campaigns">{ctx.t('campaigns.person.title')}</h2>
      <ul>
        {campaigns.map((c) => (
          <li>
            <a href={campaignHref(ctx, c.slug)} lang={langAttr(ctx, c.textLang)}>{c.title ?? c.slug}</a> <KindLabel ctx={ctx} kind={c.kind} />
          </li>
        ))}
      </ul>
    </section>
  );
}
