import type { RequestContext } from '../../../app/context.ts';
import { href, Layout } from '../../../app/layout.tsx';
import type { BirthdayGroup } from './birthdays.formats.ts';
import type { PersonAt } from './birthdays.repository.ts';
import { AddressView, StatusBadge } from '../registry.parts.tsx';
import { displayName, formatIsoDate } from '../registry.present.ts';

export function BirthdaysPage(props: { ctx: RequestContext; groups: BirthdayGroup[]; from: string; days: number; period: string }) {
  const { ctx, groups, from, days } = props;
  const { t } = ctx;
  const qs = `?from=${from}&days=${days}`;
  const count = groups.reduce((n, g) => n + g.entries.length, 0);
  return (
    <Layout ctx={ctx} title={t('registry.birthdays.title')}>
      <h1>{t('registry.birthdays.title')}</h1>
      <p>{t('registry.birthdays.intro')}</p>
      <form method="get" action={href(ctx, '/birthdays')} class="inline-form no-print">
        <div>
          <label for="f-from">{t('registry.birthdays.from')}</label>
          <input id="f-from" name="from" type="date" value={from} />
        </div>
        <div>
          <label for="f-days">{t('registry.birthdays.days')}</label>
          <input id="f-days" name="days" type="number" min={1} max={366} value={String(days)} inputMode="numeric" />
        </div>
        <div>
          <button type="submit">{t('registry.birthdays.show')}</button>
        </div>
      </form>
      <p class="no-print">
        <a href={href(ctx, `/birthdays.pdf${qs}`)}>{t('registry.birthdays.pdf')}</a> · <a href={href(ctx, `/birthdays.csv${qs}`)}>{t('registry.birthdays.csv')}</a> ·{' '}
        <a href={href(ctx, '/birthdays.ics')}>{t('registry.birthdays.ics')}</a>
      </p>
      <p role="status">
        {props.period} · {t('registry.birthdays.count', { count })}
      </p>
      {groups.map((g) => (
        <section class="birthday-day" aria-labelledby={`d-${g.date}`}>
          <h2 id={`d-${g.date}`}>{g.label}</h2>
          {g.entries.map((e, i) => (
            <article class="birthday">
              <h3>
                <a href={href(ctx, `/people/${e.slug}`)}>{e.name}</a>
                {e.age !== null && <span class="meta"> · {t('registry.birthdays.turns', { age: e.age })}</span>}
              </h3>
              {e.lettersNote && <p class="hint">{e.lettersNote}</p>}
              {e.address ? <AddressView ctx={ctx} block={e.address} id={`a-${g.date}-${i}`} /> : <p>{t('registry.address.none')}</p>}
            </article>
          ))}
        </section>
      ))}
    </Layout>
  );
}

function PeopleList({ ctx, people, dateOf }: { ctx: RequestContext; people: PersonAt[]; dateOf: (p: PersonAt) => string | null }) {
  if (!people.length) return <p>{ctx.t('registry.releases.none')}</p>;
  return (
    <ul class="people-list">
      {people.map((p) => (
        <li>
          <a href={href(ctx, `/people/${p.person.slug}`)}>{displayName(p.person, ctx.lang)}</a> <StatusBadge ctx={ctx} status={p.person.status} />
          <span class="meta"> · {formatIsoDate(ctx.lang, dateOf(p))}</span>
        </li>
      ))}
    </ul>
  );
}

export function ReleasesPage({ ctx, upcoming, recent }: { ctx: RequestContext; upcoming: PersonAt[]; recent: PersonAt[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('registry.releases.title')}>
      <h1>{t('registry.releases.title')}</h1>
      <p>{t('registry.releases.intro')}</p>
      <h2>{t('registry.releases.upcoming')}</h2>
      <PeopleList ctx={ctx} people={upcoming} dateOf={(p) => p.person.releaseExpectedOn} />
      <h2>{t('registry.releases.recent')}</h2>
      <PeopleList ctx={ctx} people={recent} dateOf={(p) => p.person.releasedOn} />
    </Layout>
  );
}
