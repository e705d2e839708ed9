import type { RequestContext } from '../../../app/context.ts';
import { href } from '../../../app/layout.tsx';
import type { Db } from '../../../db/client.ts';
import { countryName, sponsorshipStatement } from './sponsorships.model.ts';
import { figureHref, period, Statement } from './sponsorships.parts.tsx';
import { publicSponsorshipsOfPerson, type PersonSponsorship } from './sponsorships.repository.ts';

/** What the person page shows about sponsorships: loaded with the page, rendered in its solidarity section. */
export type SponsorshipsForPerson = { active: PersonSponsorship[]; earlier: PersonSponsorship[] };

/** One indexed query: approved figures' active and ended sponsorships of this person. */
export async function sponsorshipsForPerson(db: Db, personId: string, ctx: RequestContext): Promise<SponsorshipsForPerson> {
  void ctx;
  const rows = await publicSponsorshipsOfPerson(db, personId);
  return { active: rows.filter((r) => r.state === 'active'), earlier: rows.filter((r) => r.state === 'ended') };
}

export function SponsorshipsPersonBlock(props: { ctx: RequestContext; data: SponsorshipsForPerson }) {
  const { ctx, data } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="person-sponsorships-title" class="person-sponsorships">
      <h3 id="person-sponsorships-title">{t('sponsorships.person.title')}</h3>
      {data.active.length === 0 ? (
        <p>
          {t('sponsorships.person.none')} <a href={href(ctx, '/sponsorships/unsponsored')}>{t('sponsorships.person.unsponsoredLink')}</a>
        </p>
      ) : (
        <ul class="sponsorships">
          {data.active.map((s) => (
            <li>
              <p>
                <a href={figureHref(ctx, s.figureSlug)}>{s.figureName}</a>, {s.role}, {s.institution} ({countryName(s.country, ctx.lang)}) · {period(ctx, s)}
              </p>
              <Statement ctx={ctx} shown={sponsorshipStatement(s, s.figureStatements, ctx.lang)} />
            </li>
          ))}
        </ul>
      )}
      {data.earlier.length > 0 && (
        <>
          <h4>{t('sponsorships.person.earlier')}</h4>
          <ul>
            {data.earlier.map((s) => (
              <li>
                <a href={figureHref(ctx, s.figureSlug)}>{s.figureName}</a>, {s.role} ({period(ctx, s)})
                {s.successorSlug && (
                  <>
                    {' '}
                    {t('sponsorships.history.handedTo')} <a href={figureHref(ctx, s.successorSlug)}>{s.successorName}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={href(ctx, '/sponsorships')}>{t('sponsorships.person.all')}</a>
      </p>
    </section>
  );
}
