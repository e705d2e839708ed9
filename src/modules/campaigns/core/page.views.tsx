// A campaign's public page: its words in the reader's language (or the original, said so), what it is about,
// who runs it with us, then the feature's own block (letters or signatures) and share links.
import type { VNode } from 'preact';
import type { RequestContext } from '../../../app/context.ts';
import { href, Layout, Notice } from '../../../app/layout.tsx';
import { allow } from '../../../app/policy.ts';
import { displayName, formatIsoDate } from '../../registry/registry.present.ts';
import { countryName } from '../../solidarity/sponsorships/sponsorships.model.ts';
import { ShareLinks } from '../../solidarity/share/share.tsx';
import type { CampaignRow, CampaignTextRow } from './campaigns.tables.ts';
import type { CampaignExtras } from './core.read.ts';
import { handoverText, KindLabel, langAttr, langName, manageHref, Paragraphs, petitionFacts, StateLabel } from './core.parts.tsx';

export interface CampaignPageProps {
  ctx: RequestContext;
  campaign: CampaignRow;
  text: CampaignTextRow;
  /** The reader's language has no text: the original's is shown. */
  missing: boolean;
  extras: CampaignExtras;
  section: VNode | null;
  share: { url: string; hashtag: string };
}

/** Where the shown words come from: a translation names its source (linked); a fallback says the reader's language has none. */
function Provenance({ ctx, campaign, text, missing }: Pick<CampaignPageProps, 'ctx' | 'campaign' | 'text' | 'missing'>) {
  const { t } = ctx;
  return (
    <>
      {missing && <Notice kind="info">{t('campaigns.page.notInLanguage', { language: langName(ctx, ctx.lang) })}</Notice>}
      {text.translatedFrom && (
        <p class="hint translated-from">
          {t('campaigns.page.translatedFrom', { language: langName(ctx, text.translatedFrom) })}{' '}
          <a href={`/${text.translatedFrom}/campaigns/${campaign.slug}`} hreflang={text.translatedFrom}>
            {t('campaigns.page.readOriginal', { language: langName(ctx, text.translatedFrom) })}
          </a>
        </p>
      )}
    </>
  );
}

function Handover({ ctx, campaign }: { ctx: RequestContext; campaign: CampaignRow }) {
  if (campaign.kind !== 'petition' || !campaign.handoverState) return null;
  const on = campaign.handoverOn ? formatIsoDate(ctx.lang, campaign.handoverOn) : null;
  return (
    <section aria-labelledby="handover-title">
      <h2 id="handover-title">{ctx.t('campaigns.handover.title')}</h2>
      <p>
        {handoverText(ctx, campaign.handoverState)}
        {on && <> ({on})</>}
      </p>
      {campaign.handoverNote && <Paragraphs text={campaign.handoverNote} />}
    </section>
  );
}

function People({ ctx, extras }: { ctx: RequestContext; extras: CampaignExtras }) {
  if (extras.people.length === 0) return null;
  return (
    <section aria-labelledby="campaign-people">
      <h2 id="campaign-people">{ctx.t('campaigns.page.people')}</h2>
      <ul class="inline-list">
        {extras.people.map((p) => (
          <li><a href={href(ctx, `/people/${p.slug}`)}>{displayName(p, ctx.lang)}</a></li>
        ))}
      </ul>
    </section>
  );
}

function Partners({ ctx, extras }: { ctx: RequestContext; extras: CampaignExtras }) {
  if (extras.partners.length === 0) return null;
  return (
    <section aria-labelledby="campaign-partners">
      <h2 id="campaign-partners">{ctx.t('campaigns.page.partners')}</h2>
      <ul>
        {extras.partners.map((p) => (
          <li>
            {p.website ? <a href={p.website} rel="noopener noreferrer nofollow" referrerpolicy="no-referrer">{p.name}</a> : p.name}
            {p.country && <> ({countryName(p.country, ctx.lang)})</>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The same campaign in its other languages, each link marked with its language. */
function OtherLanguages({ ctx, campaign, extras, shown }: { ctx: RequestContext; campaign: CampaignRow; extras: CampaignExtras; shown: string }) {
  const others = extras.texts.filter((t) => t.lang !== shown && t.lang !== ctx.lang);
  if (others.length === 0) return null;
  return (
    <nav aria-labelledby="campaign-languages">
      <h2 id="campaign-languages">{ctx.t('campaigns.page.otherLanguages')}</h2>
      <ul class="inline-list">
        {others.map((t) => (
          <li>
            <a href={`/${t.lang}/campaigns/${campaign.slug}`} hreflang={t.lang} lang={t.lang}>
              {t.title}
            </a>{' '}
            ({langName(ctx, t.lang)})
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function CampaignPage(props: CampaignPageProps) {
  const { ctx, campaign, text, extras } = props;
  const { t } = ctx;
  const lang = langAttr(ctx, text.lang);
  const facts = petitionFacts(ctx, campaign);
  return (
    <Layout ctx={ctx} title={text.title}>
      <article class="campaign stack">
        <h1 lang={lang}>{text.title}</h1>
        <p class="meta">
          <KindLabel ctx={ctx} kind={campaign.kind} /> {campaign.state !== 'open' && <StateLabel ctx={ctx} state={campaign.state} />}
          {facts && <> {facts}</>}
        </p>
        {allow(ctx.actor, 'campaigns.manage') && (
          <p><a href={manageHref(ctx, campaign.slug)}>{t('campaigns.page.manage')}</a></p>
        )}
        <Provenance ctx={ctx} campaign={campaign} text={text} missing={props.missing} />
        <p class="lead" lang={lang}>{text.summary}</p>
        <Paragraphs text={text.body} lang={lang} />
        <Handover ctx={ctx} campaign={campaign} />
        <People ctx={ctx} extras={extras} />
        <Partners ctx={ctx} extras={extras} />
        {props.section}
        <section aria-labelledby="share-title">
          <h2 id="share-title">{t('share.title')}</h2>
          <ShareLinks ctx={ctx} url={props.share.url} text={text.title} hashtag={props.share.hashtag} />
        </section>
        <OtherLanguages ctx={ctx} campaign={campaign} extras={extras} shown={text.lang} />
        <p><a href={href(ctx, '/campaigns')}>{t('campaigns.page.all')}</a></p>
      </article>
    </Layout>
  );
}
