// The full list of public signatures, newest first, page by page.
import type { RequestContext } from '../../../app/context.ts';
import { href, Layout } from '../../../app/layout.tsx';
import type { CampaignRow, CampaignTextRow } from '../core/campaigns.tables.ts';
import { BackToCampaign } from './sign.views.tsx';
import { campaignPath, Counter, NameList, NamePager } from './signatures.parts.tsx';
import type { PublicName } from './signatures.repository.ts';
import { cursorOf } from './signatures.schemas.ts';

export function NamesPage(props: { ctx: RequestContext; campaign: CampaignRow; text: CampaignTextRow; names: PublicName[]; more: boolean; older: boolean; closed: boolean }) {
  const { ctx, campaign, text, names } = props;
  const { t } = ctx;
  const title = t('signatures.names.title', { name: text.title });
  const base = href(ctx, campaignPath(campaign, '/signatures'));
  const last = names.at(-1);
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <Counter ctx={ctx} campaign={campaign} closed={props.closed} />
      <p>{t('signatures.names.intro')}</p>
      <NameList ctx={ctx} names={names} />
      <NamePager ctx={ctx} base={base} older={props.older} next={props.more && last ? cursorOf(last) : null} />
      <BackToCampaign ctx={ctx} campaign={campaign} text={text} />
    </Layout>
  );
}
