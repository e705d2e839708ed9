import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { allow } from '../../../app/policy.ts';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { parseForm } from '../../../lib/forms.ts';
import { displayName } from '../../registry/registry.present.ts';
import { findPersonBySlug } from '../../registry/registry.repository.ts';
import { slugParamsSchema } from '../../registry/registry.schemas.ts';
import { WALL_FILE_RE } from './wall.model.ts';
import { pendingEntries } from './wall.repository.ts';
import { entryToServe, wallPage } from './wall.read.ts';
import { entryIdSchema, mediaParamsSchema, moderationSchema, pageQuerySchema } from './wall.schemas.ts';
import { moderateWallEntry } from './wall.service.ts';
import { cursorOf, ModerationPage, WallPage } from './wall.list.views.tsx';

/** How many pending entries the moderators' page shows at once. */
const MODERATION_PAGE = 50;
const DONE = new Set(['approved', 'rejected', 'gone']);

/** The public wall, a person's wall, the moderators' queue and the wall's photos. */
export function wallPagesRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;

  async function wall(req: FastifyRequest, reply: FastifyReply, person: { id: string; slug: string; name: string } | null) {
    const { after } = pageQuerySchema.parse(req.query ?? {});
    const cursor = after ? { approvedOn: after.slice(0, 10), id: after.slice(11) } : undefined;
    const page = await wallPage(db, { personId: person?.id, after: cursor });
    const last = page.entries.at(-1);
    const path = person ? `/people/${person.slug}/wall` : '/wall';
    return sendPage(
      reply,
      <WallPage
        ctx={req.ctx}
        entries={page.entries}
        next={page.more && last ? cursorOf(last) : null}
        later={cursor !== undefined}
        person={person && { slug: person.slug, name: person.name }}
        share={{ url: `${deps.config.publicUrl}/${req.ctx.lang}${path}`, hashtag: deps.config.shareHashtag }}
      />,
    );
  }

  addRoutes(app, [
    { method: 'GET', url: '/:lang/wall', policy: 'wall.view', handler: (req, reply) => wall(req, reply, null) },
    {
      method: 'GET',
      url: '/:lang/people/:slug/wall',
      policy: 'wall.view',
      handler: async (req, reply) => {
        const params = slugParamsSchema.safeParse(req.params);
        const person = params.success ? await findPersonBySlug(db, params.data.slug) : undefined;
        if (!person) throw notFound();
        return wall(req, reply, { id: person.id, slug: person.slug, name: displayName(person, req.ctx.lang) });
      },
    },
    {
      method: 'GET',
      url: '/:lang/wall/moderation',
      policy: 'wall.moderate',
      onDenied: 'login',
      handler: async (req, reply) => {
        const done = (req.query as { done?: string } | undefined)?.done;
        return sendPage(reply, <ModerationPage ctx={req.ctx} entries={await pendingEntries(db, MODERATION_PAGE)} done={done && DONE.has(done) ? done : undefined} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/wall/moderation/:id',
      policy: 'wall.moderate',
      handler: async (req, reply) => {
        const id = entryIdSchema.safeParse(req.params);
        if (!id.success) throw notFound();
        const form = parseForm(moderationSchema, req.body);
        if (!form.ok) return sendPage(reply, <ModerationPage ctx={req.ctx} entries={await pendingEntries(db, MODERATION_PAGE)} />, 400);
        const outcome = await moderateWallEntry(deps, id.data.id, form.data.decision);
        return reply.redirect(`/${req.ctx.lang}/wall/moderation?done=${outcome}`, 303);
      },
    },
    {
      method: 'GET',
      url: '/media/wall/:id/:file',
      policy: 'wall.view',
      raw: true,
      handler: async (req, reply) => {
        const params = mediaParamsSchema.safeParse(req.params);
        if (!params.success || !WALL_FILE_RE.test(params.data.file)) throw notFound();
        const key = `wall/${params.data.file}`;
        const entry = await entryToServe(db, params.data.id);
        // Served only while the entry is on the wall; moderators also see what waits for them. Anything else is a 404.
        const visible = entry?.state === 'approved' || (entry?.state === 'pending' && allow(req.ctx.actor, 'wall.moderate'));
        if (!entry || !visible || (key !== entry.photoKey && key !== entry.thumbKey)) throw notFound();
        // A file never changes under its key, but an entry can be taken down at any moment: caches keep it only
        // if they ask again each time (a 304 costs nothing), so a takedown is never outlived by a cached copy.
        const etag = `"${params.data.file.slice(0, 32)}"`;
        if (entry.state !== 'approved') reply.header('Cache-Control', 'private, no-store');
        else reply.header('Cache-Control', 'public, no-cache').header('ETag', etag);
        if (entry.state === 'approved' && req.headers['if-none-match'] === etag) return reply.code(304).send();
        const data = await deps.blobs.get(key);
        if (!data) throw notFound();
        return reply.type('image/jpeg').send(data);
      },
    },
  ]);
}
