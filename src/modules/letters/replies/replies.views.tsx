import type { RequestContext } from '../../../app/context.ts';
import { href, Layout, Notice } from '../../../app/layout.tsx';
import { displayName } from '../../registry/registry.present.ts';
import type { PersonRow } from '../../registry/registry.tables.ts';
import type { ReplyToRead } from './replies.service.ts';

/** The writer's private page: the prisoner's replies, scanned, with a translation where one was made. */
export function RepliesPage(props: { ctx: RequestContext; token: string; person: PersonRow | undefined; replies: ReplyToRead[]; expiresAt: Date }) {
  const { ctx, token } = props;
  const { t } = ctx;
  const name = props.person ? displayName(props.person, ctx.lang) : '';
  return (
    <Layout ctx={ctx} title={t('letters.reply.title', { name })}>
      <h1>{t('letters.reply.title', { name })}</h1>
      <p>{t('letters.reply.intro', { date: ctx.formatDate(props.expiresAt) })}</p>
      {props.replies.map((r) => (
        <article class="reply" aria-label={t('letters.reply.received', { date: r.receivedOn })}>
          <h2>{t('letters.reply.received', { date: r.receivedOn })}</h2>
          {r.translation && (
            <section>
              <h3>{t('letters.reply.translation')}</h3>
              <pre class="letter-text">{r.translation}</pre>
            </section>
          )}
          {Array.from({ length: r.scans }, (_, n) => (
            <img src={href(ctx, `/letters/reply/scan?token=${encodeURIComponent(token)}&reply=${r.id}&n=${n}`)} alt={t('letters.reply.scan', { n: n + 1 })} class="letter-image" />
          ))}
        </article>
      ))}
    </Layout>
  );
}

export function ReplyLinkProblem({ ctx, expired }: { ctx: RequestContext; expired: boolean }) {
  const { t } = ctx;
  const key = expired ? 'expired' : 'invalid';
  return (
    <Layout ctx={ctx} title={t(`letters.reply.${key}`)}>
      <h1>{t(`letters.reply.${key}`)}</h1>
      <Notice kind="error"><p>{t(`letters.reply.${key}Body`)}</p></Notice>
    </Layout>
  );
}
