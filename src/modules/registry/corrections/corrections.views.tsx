import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import { Field, FormErrors, TextArea, type FormState } from '../../../app/form-fields.tsx';
import { displayName, formatIsoDate } from '../registry.present.ts';

type Named = { slug: string; nameBe: string | null; nameRu: string | null; nameLatin: string | null };

export function ReportPage({ ctx, person, state }: { ctx: RequestContext; person: Named; state?: FormState }) {
  const { t } = ctx;
  const name = displayName(person, ctx.lang);
  return (
    <Layout ctx={ctx} title={t('registry.report.title')}>
      <h1>{t('registry.report.title')}</h1>
      <p>{t('registry.report.about', { name })}</p>
      <p>{t('registry.report.intro')}</p>
      <FormErrors ctx={ctx} state={state} />
      <form method="post" action={href(ctx, `/people/${person.slug}/report`)} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <TextArea ctx={ctx} name="message" label={t('registry.report.message')} hint={t('registry.report.messageHint')} rows={6} required state={state} />
        <Field ctx={ctx} name="contact" label={t('registry.report.contact')} hint={t('registry.report.contactHint')} required={false} state={state} />
        <div class="hp" aria-hidden="true">
          <label for="f-website">Website</label>
          <input id="f-website" name="website" type="text" tabIndex={-1} autocomplete="off" />
        </div>
        <div><button type="submit">{t('registry.report.submit')}</button></div>
      </form>
      <p><a href={href(ctx, `/people/${person.slug}`)}>{t('registry.backTo', { name })}</a></p>
    </Layout>
  );
}

export interface QueueItem {
  id: string;
  person: Named;
  message: string;
  contact: string | null;
  locale: string;
  createdOn: string;
}

export function CorrectionsQueuePage({ ctx, items, done }: { ctx: RequestContext; items: QueueItem[]; done?: boolean }) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('registry.corrections.title')}>
      <h1>{t('registry.corrections.title')}</h1>
      {done && <Notice kind="success"><p>{t('registry.corrections.done')}</p></Notice>}
      <p role="status">{t('registry.corrections.count', { count: items.length })}</p>
      {items.map((c) => (
        <article class="correction">
          <h2>
            <a href={href(ctx, `/people/${c.person.slug}`)}>{displayName(c.person, lang)}</a>
          </h2>
          <p class="meta">{formatIsoDate(lang, c.createdOn)} · {c.locale}</p>
          <blockquote lang={c.locale}>{c.message}</blockquote>
          {c.contact && <p>{t('registry.corrections.contact', { contact: c.contact })}</p>}
          <p>
            <a href={href(ctx, `/registry/people/${c.person.slug}/edit`)}>{t('registry.edit.editPerson')}</a>
          </p>
          <form method="post" action={href(ctx, `/registry/corrections/${c.id}`)} class="inline-form">
            <CsrfField ctx={ctx} />
            <button type="submit" name="state" value="accepted">{t('registry.corrections.accept')}</button>{' '}
            <button type="submit" name="state" value="dismissed" class="secondary">{t('registry.corrections.dismiss')}</button>
          </form>
        </article>
      ))}
    </Layout>
  );
}
