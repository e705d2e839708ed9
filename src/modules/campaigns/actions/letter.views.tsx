// The pages after writing: "check your e-mail", the confirmation link's page and its outcome, the mailto page.
import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import { LinkConfirmPage } from '../../../app/link-confirm.tsx';
import { LETTER_CONFIRM_HOURS } from './actions.model.ts';
import type { ConfirmOutcome } from './actions.service.ts';

const back = (ctx: RequestContext, slug: string) => (
  <p>
    <a href={href(ctx, `/campaigns/${slug}`)}>{ctx.t('campaignLetters.backToCampaign')}</a>
  </p>
);

function Skipped({ ctx, skipped }: { ctx: RequestContext; skipped: number }) {
  return skipped > 0 ? (
    <Notice kind="info">
      <p>{ctx.t('campaignLetters.skipped', { count: skipped })}</p>
    </Notice>
  ) : null;
}

export function SentPage({ ctx, slug, skipped }: { ctx: RequestContext; slug: string; skipped: number }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('campaignLetters.sent.title')}>
      <h1>{t('campaignLetters.sent.title')}</h1>
      <Skipped ctx={ctx} skipped={skipped} />
      <Notice kind="success">
        <p>{t('campaignLetters.sent.body', { hours: LETTER_CONFIRM_HOURS })}</p>
      </Notice>
      <p>{t('campaignLetters.sent.noMail')}</p>
      {back(ctx, slug)}
    </Layout>
  );
}

export const ConfirmPage = ({ ctx, slug, token }: { ctx: RequestContext; slug: string; token: string }) => (
  <LinkConfirmPage ctx={ctx} token={token} action={`/campaigns/${slug}/write/confirm`} title={ctx.t('campaignLetters.confirm.title')} intro={ctx.t('campaignLetters.confirm.intro')} submit={ctx.t('campaignLetters.confirm.submit')} />
);

/** The outcome of a confirmation or of "I have sent it"; null is an unknown or expired link. */
export function OutcomePage({ ctx, slug, outcome }: { ctx: RequestContext; slug: string; outcome: ConfirmOutcome | 'sent' | null }) {
  const key = outcome ?? 'invalid';
  const ok = outcome === 'confirmed' || outcome === 'sent' || outcome === 'already' || outcome === 'held';
  return (
    <Layout ctx={ctx} title={ctx.t(`campaignLetters.outcome.${key}`)}>
      <h1>{ctx.t(`campaignLetters.outcome.${key}`)}</h1>
      <Notice kind={ok ? 'success' : 'error'}>
        <p>{ctx.t(`campaignLetters.outcome.${key}Body`)}</p>
      </Notice>
      {back(ctx, slug)}
    </Layout>
  );
}

export interface MailtoLetter {
  name: string;
  role: string;
  email: string;
  url: string;
  subject: string;
  body: string;
}

/** One link per addressee, the words to copy for those whose mail program does not open, and "I have sent it". */
export function MailtoPage(props: { ctx: RequestContext; slug: string; token: string; letters: MailtoLetter[]; lang: string; copy: { mode: 'cc' | 'bcc'; address: string } | null; skipped: number }) {
  const { ctx, letters } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('campaignLetters.mailto.title')}>
      <h1>{t('campaignLetters.mailto.title')}</h1>
      <Skipped ctx={ctx} skipped={props.skipped} />
      <p class="lead">{t('campaignLetters.mailto.intro', { count: letters.length })}</p>
      {props.copy && <p>{t(props.copy.mode === 'cc' ? 'campaignLetters.mailto.cc' : 'campaignLetters.mailto.bcc', { address: props.copy.address })}</p>}
      <ol>
        {letters.map((l, i) => (
          <li>
            <h2 id={`to-${i}`}>{[l.name, l.role].filter(Boolean).join(' — ')}</h2>
            <p>
              <a href={l.url} class="button" aria-describedby={`to-${i}`}>
                {t('campaignLetters.mailto.open', { name: l.name })}
              </a>
            </p>
            <details>
              <summary>{t('campaignLetters.mailto.copy')}</summary>
              <dl class="facts">
                <dt>{t('campaignLetters.mailto.to')}</dt>
                <dd class="mono">{l.email}</dd>
                <dt>{t('campaignLetters.form.subject')}</dt>
                <dd lang={props.lang}>{l.subject}</dd>
              </dl>
              <pre class="mail" lang={props.lang}>
                {l.body}
              </pre>
            </details>
          </li>
        ))}
      </ol>
      <h2>{t('campaignLetters.mailto.doneHeading')}</h2>
      <p>{t('campaignLetters.mailto.doneIntro', { hours: LETTER_CONFIRM_HOURS })}</p>
      <form method="post" action={href(ctx, `/campaigns/${props.slug}/write/mailto`)}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="token" value={props.token} />
        <button type="submit">{t('campaignLetters.mailto.sent')}</button>
      </form>
      {back(ctx, props.slug)}
    </Layout>
  );
}
