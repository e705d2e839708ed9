import type { RequestContext } from '../../app/context.ts';
import { href, Layout, Notice } from '../../app/layout.tsx';
import type { FacilityRow, PersonRow } from './registry.tables.ts';
import type { AddressBlock } from './address.ts';
import { displayName, facilityName, formatIsoDate, formatPartialDate, localized, otherForms } from './registry.present.ts';
import { AddressView, Fact, StatusBadge } from './registry.parts.tsx';
import { PersonPhoto } from './photo/photo.views.tsx';
import { LetterFiguresBlock } from '../letters/fair-share/fair-share.views.tsx';
import type { LetterFigures } from '../letters/fair-share/fair-share.repository.ts';
import { ShareLinks } from '../solidarity/share/share.tsx';
import { PersonSolidarity, type SolidarityForPerson } from '../solidarity/solidarity.person.tsx';
import { PersonCampaigns, type PersonCampaign } from '../campaigns/campaigns.work.tsx';

export interface PersonPageProps {
  ctx: RequestContext;
  person: PersonRow;
  facility: FacilityRow | null;
  address: AddressBlock | null;
  placements: { facility: FacilityRow; fromOn: string | null; toOn: string | null }[];
  shareUrl: string;
  shareHashtag: string;
  reported?: boolean;
  /** Fair-share figures, for people held now. */
  letterFigures?: LetterFigures | null;
  solidarity?: SolidarityForPerson;
  campaigns?: PersonCampaign[];
}

function articleText(a: PersonRow['articles'][number], lang: string, t: RequestContext['t']): string {
  const ref = !a.article ? '' : a.part ? t('registry.article.refPart', { article: a.article, part: a.part }) : t('registry.article.ref', { article: a.article });
  const title = localized(a.title, lang);
  return [ref, title].filter(Boolean).join(' — ');
}

export function PersonPage(props: PersonPageProps) {
  const { ctx, person: p, facility, address } = props;
  const { t, lang } = ctx;
  const name = displayName(p, lang);
  const description = localized(p.description, lang);
  const interests = localized(p.interests, lang);
  const coordinator = ctx.actor.roles.has('coordinator');
  return (
    <Layout ctx={ctx} title={name}>
      <h1>{name}</h1>
      {p.photo && <PersonPhoto photo={p.photo} alt={t('registry.photo.alt', { name })} />}
      {otherForms(p, lang).length > 0 && <p class="other-forms">{otherForms(p, lang).join(' · ')}</p>}
      <p>
        <StatusBadge ctx={ctx} status={p.status} />
      </p>
      {props.reported && (
        <Notice kind="success">
          <p>{t('registry.report.thanks')}</p>
        </Notice>
      )}
      {p.lettersReach !== 'yes' && (p.status === 'current' || p.status === 'deportation_threat') && (
        <Notice kind="info">
          <p>{t(`registry.letters.notice.${p.lettersReach}`)}</p>
          {p.lettersReachNote && <p>{p.lettersReachNote}</p>}
        </Notice>
      )}
      {description && <p class="lead">{description}</p>}
      {p.status === 'current' && (
        <p class="actions">
          <a class="button" href={href(ctx, `/letters/new?to=${encodeURIComponent(p.slug)}`)}>{t('letters.write.link')}</a>{' '}
          <a class="button secondary" href={href(ctx, `/letters/new?to=${encodeURIComponent(p.slug)}&kind=postcard`)}>{t('letters.write.linkPostcard')}</a>
        </p>
      )}
      {props.letterFigures && <LetterFiguresBlock ctx={ctx} figures={props.letterFigures} />}

      <h2>{t('registry.address.title')}</h2>
      {address && facility ? (
        <>
          <AddressView ctx={ctx} block={address} />
          <p>
            <a href={href(ctx, `/facilities/${facility.slug}`)}>{facilityName(facility, lang)}</a>
          </p>
          {facility.country === 'RU' && <p class="hint">{t('registry.address.dativeHint')}</p>}
        </>
      ) : (
        <p>{t('registry.address.none')}</p>
      )}

      <h2>{t('registry.person.facts')}</h2>
      <dl class="facts">
        <Fact label={t('registry.field.birthDate')} value={formatPartialDate(lang, p.birthYear, p.birthMonth, p.birthDay)} />
        <Fact label={t('registry.field.gender')} value={p.gender === 'unknown' ? null : t(`registry.gender.${p.gender}`)} />
        <Fact label={t('registry.field.arrestedOn')} value={formatIsoDate(lang, p.arrestedOn)} />
        <Fact label={t('registry.field.sentence')} value={p.sentenceText} />
        <Fact label={t('registry.field.regime')} value={p.regime} />
        <Fact label={t('registry.field.verdictOn')} value={formatIsoDate(lang, p.verdictOn)} />
        <Fact label={t('registry.field.appealOn')} value={formatIsoDate(lang, p.appealOn)} />
        <Fact label={t('registry.field.sentenceStartOn')} value={formatIsoDate(lang, p.sentenceStartOn)} />
        <Fact label={t('registry.field.releaseExpectedOn')} value={formatIsoDate(lang, p.releaseExpectedOn)} />
        <Fact label={t('registry.field.releasedOn')} value={formatIsoDate(lang, p.releasedOn)} />
        <Fact label={t('registry.field.diedOn')} value={formatIsoDate(lang, p.diedOn)} />
      </dl>
      {p.articles.length > 0 && (
        <>
          <h3>{t('registry.field.articles')}</h3>
          <ul>
            {p.articles.map((a) => (
              <li>{articleText(a, lang, t)}</li>
            ))}
          </ul>
        </>
      )}
      {interests && (
        <>
          <h2>{t('registry.field.interests')}</h2>
          <p>{interests}</p>
        </>
      )}

      <h2>{t('registry.person.write')}</h2>
      <p>{t('registry.person.writeRules')}</p>

      {props.solidarity && <PersonSolidarity ctx={ctx} data={props.solidarity} />}
      {props.campaigns && <PersonCampaigns ctx={ctx} campaigns={props.campaigns} />}

      {props.placements.length > 1 && (
        <>
          <h2>{t('registry.person.placements')}</h2>
          <ul>
            {props.placements.map((pl) => (
              <li>
                <a href={href(ctx, `/facilities/${pl.facility.slug}`)}>{facilityName(pl.facility, lang)}</a>
                {(pl.fromOn || pl.toOn) && ` (${formatIsoDate(lang, pl.fromOn) ?? '…'} – ${formatIsoDate(lang, pl.toOn) ?? t('registry.person.now')})`}
              </li>
            ))}
          </ul>
        </>
      )}

      {p.sources.length > 0 && (
        <>
          <h2>{t('registry.field.sources')}</h2>
          <ul>
            {p.sources.map((s) => (
              <li>
                <a href={s.url} rel="noopener noreferrer">
                  {s.label || s.url}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{t('registry.person.share')}</h2>
      <ShareLinks ctx={ctx} url={props.shareUrl} text={t('registry.person.shareText', { name })} hashtag={props.shareHashtag} />
      <p class="last-changed">{t('registry.person.updated', { date: ctx.formatDate(new Date(p.updatedAt)) })}</p>
      <p>
        <a href={href(ctx, `/people/${p.slug}/report`)}>{t('registry.report.link')}</a>
      </p>
      {coordinator && (
        <nav aria-label={t('registry.edit.nav')}>
          <ul class="inline-list">
            <li><a href={href(ctx, `/registry/people/${p.slug}/edit`)}>{t('registry.edit.editPerson')}</a></li>
            <li><a href={href(ctx, `/registry/people/${p.slug}/events`)}>{t('registry.edit.events')}</a></li>
            <li><a href={href(ctx, `/registry/people/${p.slug}/history`)}>{t('registry.history.title')}</a></li>
          </ul>
        </nav>
      )}
    </Layout>
  );
}
