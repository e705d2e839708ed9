import type { RequestContext } from '../../app/context.ts';
import { href, Layout } from '../../app/layout.tsx';

interface Area {
  path: string;
  title: string;
  text: string;
}

/** The areas that exist for this visitor; each new module adds its entry here. */
function areasFor(ctx: RequestContext): Area[] {
  const { t, actor } = ctx;
  const areas: Area[] = [
    { path: '/people', title: t('home.area.people'), text: t('home.area.people.text') },
    { path: '/birthdays', title: t('home.area.birthdays'), text: t('home.area.birthdays.text') },
    { path: '/friends', title: t('home.area.friends'), text: t('home.area.friends.text') },
    { path: '/sponsorships', title: t('home.area.sponsorships'), text: t('home.area.sponsorships.text') },
    { path: '/wall', title: t('home.area.wall'), text: t('home.area.wall.text') },
  ];
  if (actor.roles.has('coordinator')) {
    areas.push({ path: '/registry/corrections', title: t('home.area.corrections'), text: t('home.area.corrections.text') });
    areas.push({ path: '/registry/people/new', title: t('home.area.newPerson'), text: t('home.area.newPerson.text') });
  }
  if (!actor.userId) {
    areas.push({ path: '/register', title: t('home.area.register'), text: t('home.area.register.text') });
    areas.push({ path: '/login', title: t('home.area.login'), text: t('home.area.login.text') });
  } else {
    areas.push({ path: '/account', title: t('home.area.account'), text: t('home.area.account.text') });
  }
  if (actor.roles.has('admin')) areas.push({ path: '/admin/users', title: t('home.area.admin'), text: t('home.area.admin.text') });
  if (ctx.devMode) areas.push({ path: '/dev/outbox', title: t('home.area.outbox'), text: t('home.area.outbox.text') });
  return areas;
}

export function HomePage({ ctx }: { ctx: RequestContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('home.title')}>
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.lead')}</p>
      <h2>{t('home.areas')}</h2>
      <ul class="areas">
        {areasFor(ctx).map((a) => (
          <li>
            <h3><a href={href(ctx, a.path)}>{a.title}</a></h3>
            <p>{a.text}</p>
          </li>
        ))}
      </ul>
      <h2>{t('home.safety.title')}</h2>
      <ul>
        <li>{t('home.safety.noAccount')}</li>
        <li>{t('home.safety.noTracking')}</li>
        <li>{t('home.safety.noScript')}</li>
      </ul>
    </Layout>
  );
}
