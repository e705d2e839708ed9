import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Deps } from '../../../app/context.ts';
import { addRoutes } from '../../../app/routing.ts';
import { sendPage } from '../../../app/render.tsx';
import { birthdaysQuerySchema } from '../registry.schemas.ts';
import { todayIso } from '../registry.present.ts';
import { birthdayFeed, periodLabel, releasesView, upcomingBirthdays, type Reader } from './birthdays.service.ts';
import { birthdaysCsv, birthdaysIcal } from './birthdays.formats.ts';
import { BirthdaysPage, ReleasesPage } from './birthdays.views.tsx';

export function birthdaysRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const host = new URL(deps.config.publicUrl).hostname;
  const reader = (req: FastifyRequest): Reader => ({ lang: req.ctx.lang, t: req.ctx.t, publicUrl: deps.config.publicUrl });
  const window = (req: FastifyRequest) => {
    const q = birthdaysQuerySchema.parse(req.query ?? {});
    return { from: q.from ?? todayIso(), days: q.days };
  };
  const fileName = (req: FastifyRequest, from: string, ext: string) => `birthdays-${req.ctx.lang}-${from}.${ext}`;

  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/birthdays',
      policy: 'registry.view',
      handler: async (req, reply) => {
        const { from, days } = window(req);
        const groups = await upcomingBirthdays(db, reader(req), from, days);
        return sendPage(reply, <BirthdaysPage ctx={req.ctx} groups={groups} from={from} days={days} period={periodLabel(req.ctx.lang, from, days)} />);
      },
    },
    {
      method: 'GET',
      url: '/:lang/birthdays.pdf',
      policy: 'registry.view',
      raw: true,
      handler: async (req, reply) => {
        const { from, days } = window(req);
        const { t, lang } = req.ctx;
        const groups = await upcomingBirthdays(db, reader(req), from, days);
        const { birthdaysPdf } = await import('./birthdays.pdf.ts');
        const pdf = await birthdaysPdf(
          groups,
          { title: t('registry.birthdays.title'), turns: (age) => t('registry.birthdays.turns', { age }), noAddress: t('registry.address.none'), generatedFor: periodLabel(lang, from, days) },
          lang,
        );
        return reply.type('application/pdf').header('Content-Disposition', `attachment; filename="${fileName(req, from, 'pdf')}"`).send(pdf);
      },
    },
    {
      method: 'GET',
      url: '/:lang/birthdays.csv',
      policy: 'registry.view',
      raw: true,
      handler: async (req, reply) => {
        const { from, days } = window(req);
        const { t } = req.ctx;
        const groups = await upcomingBirthdays(db, reader(req), from, days);
        const csv = birthdaysCsv(groups, {
          date: t('registry.csv.date'),
          name: t('registry.csv.name'),
          age: t('registry.csv.age'),
          address: t('registry.csv.address'),
          url: t('registry.csv.url'),
        });
        return reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${fileName(req, from, 'csv')}"`).send(csv);
      },
    },
    {
      method: 'GET',
      url: '/:lang/birthdays.ics',
      policy: 'registry.view',
      raw: true,
      handler: async (req, reply) => {
        const entries = await birthdayFeed(db, reader(req), todayIso(), host);
        const ics = birthdaysIcal(entries, { prodId: `-//Solidarity Post//Birthdays ${req.ctx.lang}//EN`, name: req.ctx.t('registry.birthdays.title') });
        return reply.type('text/calendar; charset=utf-8').header('Content-Disposition', `inline; filename="birthdays-${req.ctx.lang}.ics"`).send(ics);
      },
    },
    {
      method: 'GET',
      url: '/:lang/releases',
      policy: 'registry.view',
      handler: async (req, reply) => {
        const view = await releasesView(db, todayIso());
        return sendPage(reply, <ReleasesPage ctx={req.ctx} {...view} />);
      },
    },
  ]);
}
