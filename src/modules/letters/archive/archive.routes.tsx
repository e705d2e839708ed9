import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { displayName, formatIsoDate, otherForms, todayIso } from '../../registry/registry.present.ts';
import { archiveOverview, deleteArchivedCopies, exportArchive } from './archive.service.ts';
import { ArchivePage } from './archive.views.tsx';

const slugParams = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,200}$/) });
const deleteForm = z.object({ code: z.string().max(40).default('') });

export function archiveRoutes(app: FastifyInstance, deps: Deps) {
  const slugOf = (req: FastifyRequest) => {
    const p = slugParams.safeParse(req.params);
    if (!p.success) throw notFound();
    return p.data.slug;
  };

  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/volunteer/archive',
      policy: 'letters.coordinate',
      onDenied: 'login',
      handler: async (req, reply) => {
        const deleted = (req.query as { deleted?: string } | undefined)?.deleted === '1';
        return sendPage(reply, <ArchivePage ctx={req.ctx} holders={await archiveOverview(deps)} state={{ deleted }} />);
      },
    },
    {
      // A POST, so the download needs the form's CSRF token and no link to it can be planted elsewhere.
      method: 'POST',
      url: '/:lang/volunteer/archive/:slug/export',
      policy: 'letters.coordinate',
      raw: true,
      handler: async (req, reply) => {
        const { t, lang } = req.ctx;
        const { person, letters, deletionCode } = await exportArchive(deps, slugOf(req));
        const name = displayName(person, lang);
        const { archivePdf } = await import('./archive-pdf.ts');
        const pdf = await archivePdf(
          letters,
          {
            title: t('letters.archive.pdf.title'),
            names: [name, ...otherForms(person, lang)],
            intro: t('letters.archive.pdf.intro'),
            count: t('letters.archive.letterCount', { count: letters.length }),
            letterHeading: (l) => t(l.kind === 'postcard' ? 'letters.archive.pdf.postcardOf' : 'letters.archive.pdf.letterOf', { date: formatIsoDate(lang, l.sentOn) ?? l.sentOn }),
            original: t('letters.archive.pdf.original'),
            translation: t('letters.archive.pdf.translation'),
            codeNote: t('letters.archive.pdf.codeNote'),
          },
          deletionCode,
          lang,
        );
        return reply
          .type('application/pdf')
          .header('Cache-Control', 'no-store')
          .header('Content-Disposition', `attachment; filename="letters-${person.slug}-${todayIso()}.pdf"`)
          .send(pdf);
      },
    },
    {
      method: 'POST',
      url: '/:lang/volunteer/archive/:slug/delete',
      policy: 'letters.coordinate',
      handler: async (req, reply) => {
        const slug = slugOf(req);
        const code = deleteForm.safeParse(req.body ?? {}).data?.code ?? '';
        const outcome = await deleteArchivedCopies(deps, slug, code);
        if (outcome === 'deleted') return reply.redirect(`/${req.ctx.lang}/volunteer/archive?deleted=1`, 303);
        return sendPage(reply, <ArchivePage ctx={req.ctx} holders={await archiveOverview(deps)} state={{ stale: { slug, code } }} />, 400);
      },
    },
  ]);
}
