import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../../app/context.ts';
import { AppError, notFound } from '../../../app/errors.ts';
import { LinkConfirmPage } from '../../../app/link-confirm.tsx';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { echoValues, parseForm } from '../../../lib/forms.ts';
import { findPersonBySlug } from '../../registry/registry.repository.ts';
import type { PersonRow } from '../../registry/registry.tables.ts';
import { FEWEST_PAGE_SIZE } from './friends.model.ts';
import { randomPersonWithFewest } from './friends.repository.ts';
import { befriendQuerySchema, befriendSchema, befriendSignedInSchema, linkRequestSchema, pageNumber, tokenSchema } from './friends.schemas.ts';
import { befriendByEmail, befriendWithAccount, canBefriend, confirmFriendship, resendPageLink } from './friends.service.ts';
import { BefriendPage, ConfirmedPage, FriendsPage, LinkPage, SentPage } from './friends.views.tsx';
import { fewestFriendsPage } from './fewest.ts';
import { friendPageRoutes } from './page.routes.tsx';
import { coordinateRoutes } from './coordinate.routes.tsx';

/** A 429 from an e-mail budget: the same form again, with the message, nothing stored. */
const isTooMany = (err: unknown) => err instanceof AppError && err.status === 429;

export function friendsRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;

  async function personOf(req: FastifyRequest): Promise<PersonRow> {
    const q = befriendQuerySchema.safeParse(req.query ?? {});
    const person = q.success ? await findPersonBySlug(db, q.data.to) : undefined;
    if (!person || !canBefriend(person)) throw notFound();
    return person;
  }

  const form = (req: FastifyRequest, reply: FastifyReply, person: PersonRow, state?: Parameters<typeof BefriendPage>[0]['state'], status = 200) =>
    sendPage(reply, <BefriendPage ctx={req.ctx} person={person} state={state} />, status);

  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/friends',
      policy: 'friends.view',
      handler: async (req, reply) => {
        const query = (req.query ?? {}) as { page?: unknown; nobody?: unknown };
        const page = pageNumber(query.page);
        const { items, total } = await fewestFriendsPage(db, req.ctx.lang, page, FEWEST_PAGE_SIZE);
        const pages = Math.max(1, Math.ceil(total / FEWEST_PAGE_SIZE));
        return sendPage(reply, <FriendsPage ctx={req.ctx} items={items} page={page} pages={pages} total={total} nobody={query.nobody === '1'} />);
      },
    },
    {
      // "Befriend someone who has nobody": a new pick on every click, so never cached.
      method: 'GET',
      url: '/:lang/friends/someone',
      policy: 'friends.view',
      handler: async (req, reply) => {
        const slug = await randomPersonWithFewest(db);
        reply.header('Cache-Control', 'no-store');
        return reply.redirect(slug ? `/${req.ctx.lang}/friends/new?to=${encodeURIComponent(slug)}` : `/${req.ctx.lang}/friends?nobody=1`, 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/friends/new',
      policy: 'friends.befriend',
      handler: async (req, reply) => form(req, reply, await personOf(req)),
    },
    {
      method: 'POST',
      url: '/:lang/friends/new',
      policy: 'friends.befriend',
      handler: async (req, reply) => {
        const person = await personOf(req);
        const body = (req.body ?? {}) as Record<string, unknown>;
        const lang = req.ctx.lang;
        const userId = req.ctx.actor.userId;
        if (userId) {
          const parsed = parseForm(befriendSignedInSchema, body);
          if (!parsed.ok) return form(req, reply, person, parsed, 400);
          await befriendWithAccount(deps, { person, ...parsed.data, locale: lang, userId });
          return reply.redirect(`/${lang}/friends/me?welcome=1`, 303);
        }
        const parsed = parseForm(befriendSchema, body);
        if (!parsed.ok) return form(req, reply, person, parsed, 400);
        try {
          await befriendByEmail(deps, { person, ...parsed.data, locale: lang });
        } catch (err) {
          if (isTooMany(err)) return form(req, reply, person, { values: echoValues(body), errors: { _form: 'friends.form.tooMany' } }, 429);
          throw err;
        }
        return reply.redirect(`/${lang}/friends/sent`, 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/friends/sent',
      policy: 'friends.befriend',
      handler: async (req, reply) => sendPage(reply, <SentPage ctx={req.ctx} />),
    },
    {
      method: 'GET',
      url: '/:lang/friends/confirm',
      policy: 'friends.confirm',
      handler: async (req, reply) => {
        const q = tokenSchema.safeParse(req.query ?? {});
        if (!q.success) return sendPage(reply, <ConfirmedPage ctx={req.ctx} outcome={null} />, 404);
        const { t } = req.ctx;
        return sendPage(reply, <LinkConfirmPage ctx={req.ctx} token={q.data.token} action="/friends/confirm" title={t('friends.confirm.title')} intro={t('friends.confirm.intro')} submit={t('friends.confirm.submit')} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/friends/confirm',
      policy: 'friends.confirm',
      handler: async (req, reply) => {
        const q = tokenSchema.safeParse(req.body ?? {});
        const outcome = q.success ? await confirmFriendship(deps, q.data.token) : null;
        const status = outcome === 'confirmed' || outcome === 'already' ? 200 : outcome === null ? 404 : 400;
        return sendPage(reply, <ConfirmedPage ctx={req.ctx} outcome={outcome} />, status);
      },
    },
    {
      method: 'GET',
      url: '/:lang/friends/link',
      policy: 'friends.link',
      handler: async (req, reply) => sendPage(reply, <LinkPage ctx={req.ctx} sent={(req.query as { sent?: unknown } | undefined)?.sent === '1'} />),
    },
    {
      method: 'POST',
      url: '/:lang/friends/link',
      policy: 'friends.link',
      handler: async (req, reply) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        const parsed = parseForm(linkRequestSchema, body);
        if (!parsed.ok) return sendPage(reply, <LinkPage ctx={req.ctx} state={parsed} />, 400);
        try {
          await resendPageLink(deps, parsed.data.email);
        } catch (err) {
          if (isTooMany(err)) return sendPage(reply, <LinkPage ctx={req.ctx} state={{ values: echoValues(body), errors: { _form: 'friends.form.tooMany' } }} />, 429);
          throw err;
        }
        return reply.redirect(`/${req.ctx.lang}/friends/link?sent=1`, 303);
      },
    },
  ]);
  friendPageRoutes(app, deps);
  coordinateRoutes(app, deps);
}
