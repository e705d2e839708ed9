import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { addRoutes, type RouteSpec } from '../../../app/routing.ts';
import { sendPage } from '../../../app/render.tsx';
import { uploadedPhoto } from '../../../lib/uploads.ts';
import type { PersonRow } from '../registry.tables.ts';
import { personOf, personValues } from '../edit/edit.forms.ts';
import { PersonFormPage } from '../edit/edit.views.tsx';
import { photoInUse } from './photo.repository.ts';
import { PHOTO_FILE_RE, removePhoto, setPhoto } from './photo.service.ts';

/** The stored photos (public, like the pages that show them) and the coordinators' upload and removal. */
export function photoRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const refuse = (req: FastifyRequest, reply: FastifyReply, person: PersonRow, error: string) =>
    sendPage(reply, <PersonFormPage ctx={req.ctx} person={person} facilities={[]} state={{ values: personValues(person) }} photoError={error} />, 400);
  const personPage = (req: FastifyRequest, person: PersonRow) => `/${req.ctx.lang}/people/${person.slug}`;
  const coordinatorPost = (url: string, handler: RouteSpec['handler']): RouteSpec => ({ method: 'POST', url, policy: 'registry.edit', onDenied: 'login', handler });

  addRoutes(app, [
    {
      method: 'GET',
      url: '/media/photos/:file',
      policy: 'registry.view',
      raw: true,
      handler: async (req, reply) => {
        const file = (req.params as { file?: string }).file ?? '';
        const key = `photos/${file}`;
        // Only a photo a page shows now: a replaced one is gone even if its file could not be deleted.
        if (!PHOTO_FILE_RE.test(file) || !(await photoInUse(db, key))) throw notFound();
        const data = await deps.blobs.get(key);
        if (!data) throw notFound();
        // A new photo gets a new name, so a stored one never changes.
        return reply.type('image/jpeg').header('Cache-Control', 'public, max-age=31536000, immutable').send(data);
      },
    },
    coordinatorPost('/:lang/registry/people/:slug/photo', async (req, reply) => {
      const person = await personOf(db, req);
      const upload = await uploadedPhoto((req.body as Record<string, unknown> | undefined)?.photo);
      if ('problem' in upload) return refuse(req, reply, person, `registry.${upload.problem}`);
      await setPhoto(deps, person, upload.photo, req.ctx.actor.userId!);
      return reply.redirect(personPage(req, person), 303);
    }),
    coordinatorPost('/:lang/registry/people/:slug/photo/remove', async (req, reply) => {
      const person = await personOf(db, req);
      await removePhoto(deps, person, req.ctx.actor.userId!);
      return reply.redirect(personPage(req, person), 303);
    }),
  ]);
}
