// Coordinators: held letters to release or refuse, and the "did they reply?" answers.
import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import { REPLY_ANSWERS, type ReplyAnswer } from '../campaigns.model.ts';
import type { HeldLetter } from './actions.service.ts';

export function HeldPage(props: { ctx: RequestContext; slug: string; title: string; letters: HeldLetter[]; done?: string }) {
  const { ctx, letters } = props;
  const { t } = ctx;
  const heading = t('campaignLetters.held.title', { title: props.title });
  return (
    <Layout ctx={ctx} title={heading}>
      <h1>{heading}</h1>
      <p class="lead">{t('campaignLetters.held.intro')}</p>
      {props.done && (
        <Notice kind="success">
          <p>{t(`campaignLetters.held.done.${props.done}`)}</p>
        </Notice>
      )}
      {letters.length === 0 ? (
        <p>{t('campaignLetters.held.none')}</p>
      ) : (
        <ol>
          {letters.map((l) => (
            <li>
              <h2>{l.subject}</h2>
              <p class="meta">{t('campaignLetters.held.meta', { date: ctx.formatDate(new Date(`${l.createdOn}T00:00:00Z`)), targets: l.targets.join(', ') })}</p>
              <blockquote>{l.body}</blockquote>
              <form method="post" action={href(ctx, `/campaigns/${props.slug}/held`)} class="inline-form">
                <CsrfField ctx={ctx} />
                <input type="hidden" name="id" value={l.id} />
                <button type="submit" name="decision" value="release">{t('campaignLetters.held.release')}</button>{' '}
                <button type="submit" name="decision" value="refuse" class="danger">{t('campaignLetters.held.refuse')}</button>
              </form>
            </li>
          ))}
        </ol>
      )}
      <p>
        <a href={href(ctx, `/campaigns/${props.slug}`)}>{t('campaignLetters.backToCampaign')}</a>
      </p>
    </Layout>
  );
}

export function RepliesPage(props: { ctx: RequestContext; slug: string; title: string; asked: number; counts: { answer: ReplyAnswer; n: number }[]; notes: { answer: ReplyAnswer; note: string; answeredOn: string }[] }) {
  const { ctx } = props;
  const { t } = ctx;
  const heading = t('campaignLetters.replies.title', { title: props.title });
  const countOf = (a: ReplyAnswer) => props.counts.find((c) => c.answer === a)?.n ?? 0;
  return (
    <Layout ctx={ctx} title={heading}>
      <h1>{heading}</h1>
      <p class="lead">{t('campaignLetters.replies.asked', { count: props.asked })}</p>
      <table>
        <caption class="visually-hidden">{t('campaignLetters.replies.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('campaignLetters.replies.answer')}</th>
            <th scope="col">{t('campaignLetters.replies.count')}</th>
          </tr>
        </thead>
        <tbody>
          {REPLY_ANSWERS.map((a) => (
            <tr>
              <th scope="row">{t(`campaignLetters.answer.${a}`)}</th>
              <td>{countOf(a)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('campaignLetters.replies.notes')}</h2>
      {props.notes.length === 0 ? (
        <p>{t('campaignLetters.replies.noNotes')}</p>
      ) : (
        <ul>
          {props.notes.map((n) => (
            <li>
              <p class="meta">
                {t(`campaignLetters.answer.${n.answer}`)} · {ctx.formatDate(new Date(`${n.answeredOn}T00:00:00Z`))}
              </p>
              <blockquote>{n.note}</blockquote>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={href(ctx, `/campaigns/${props.slug}`)}>{t('campaignLetters.backToCampaign')}</a>
      </p>
    </Layout>
  );
}
