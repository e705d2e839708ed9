// Small view pieces the campaign list, the campaign page, the coordinators' pages and the person page share.
import type { RequestContext } from '../../../app/context.ts';
import { href } from '../../../app/layout.tsx';
import { formatIsoDate } from '../../registry/registry.present.ts';
import { languageName } from '../../solidarity/sponsorships/sponsorships.model.ts';
import type { CampaignKind, CampaignState, HandoverState } from '../campaigns.model.ts';

export const campaignHref = (ctx: RequestContext, slug: string) => href(ctx, `/campaigns/${slug}`);
export const manageHref = (ctx: RequestContext, slug?: string, rest = '') => href(ctx, `/campaigns/manage${slug ? `/${slug}` : ''}${rest}`);

/** The language a text is in, named in the reader's language ("German", "по-немецки"). */
export const langName = (ctx: RequestContext, code: string) => languageName(code, ctx.lang);

export function KindLabel({ ctx, kind }: { ctx: RequestContext; kind: CampaignKind }) {
  return <span class="badge">{ctx.t(`campaigns.kind.${kind}`)}</span>;
}

export function StateLabel({ ctx, state }: { ctx: RequestContext; state: CampaignState }) {
  return <span class="badge">{ctx.t(`campaigns.state.${state}`)}</span>;
}

/** "1,204 letters written" or "98,301 signatures": the counter column, never a count of rows. */
export function counterText(ctx: RequestContext, c: { kind: CampaignKind; letterCount: number; signatureCount: number }): string {
  return c.kind === 'letter_action' ? ctx.t('campaigns.counter.letters', { count: c.letterCount }) : ctx.t('campaigns.counter.signatures', { count: c.signatureCount });
}

/** A petition's goal and deadline, as one line. */
export function petitionFacts(ctx: RequestContext, c: { kind: CampaignKind; goal: number | null; deadline: string | null }): string | null {
  if (c.kind !== 'petition') return null;
  const parts: string[] = [];
  if (c.goal) parts.push(ctx.t('campaigns.petition.goal', { count: c.goal }));
  if (c.deadline) parts.push(ctx.t('campaigns.petition.deadline', { date: formatIsoDate(ctx.lang, c.deadline) ?? c.deadline }));
  return parts.length ? parts.join(' · ') : null;
}

export function handoverText(ctx: RequestContext, state: HandoverState): string {
  return ctx.t(`campaigns.handover.${state}`);
}

/** The `lang` attribute for text written in another language than the page's (screen readers switch voice). */
export const langAttr = (ctx: RequestContext, textLang: string | null | undefined) => (textLang && textLang !== ctx.lang ? textLang : undefined);

/** Paragraphs from plain text: blank lines separate them. */
export function Paragraphs({ text, lang }: { text: string; lang?: string }) {
  const parts = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <div class="campaign-text" lang={lang}>
      {parts.map((p) => (
        <p>
          {p.split('\n').map((line, i) => (
            <>
              {i > 0 && <br />}
              {line}
            </>
          ))}
        </p>
      ))}
    </div>
  );
}
