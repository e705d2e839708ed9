import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import { keepUpload, MAX_UPLOAD_BYTES } from '../lib/uploads.ts';
import type { DestinationStream } from 'pino';
import { sql } from 'drizzle-orm';
import type { Deps, RequestContext } from './context.ts';
import { isLang, negotiateLanguage, type Lang } from './i18n.ts';
import { ANONYMOUS } from './roles.ts';
import { allow } from './policy.ts';
import { addRoutes, requirePolicy } from './routing.ts';
import { applySecurityHeaders } from './security-headers.ts';
import { csrfTokenFor, csrfValid } from './csrf.ts';
import { AppError, csrfFailed, loggableError, notFound } from './errors.ts';
import { sendPage } from './render.tsx';
import { ErrorPage } from './error-pages.tsx';
import { getAsset } from './static.ts';
import { resolveActor } from '../modules/accounts/sessions.ts';
import { homeRoutes } from '../modules/home/home.routes.tsx';
import { accountsRoutes } from '../modules/accounts/accounts.routes.tsx';
import { twoFactorRoutes } from '../modules/accounts/two-factor.routes.tsx';
import { adminRoutes } from '../modules/admin/admin.routes.tsx';
import { outboxRoutes } from '../modules/outbox/outbox.routes.tsx';
import { registryRoutes } from '../modules/registry/registry.routes.tsx';
import { birthdaysRoutes } from '../modules/registry/birthdays/birthdays.routes.tsx';
import { checkRoutes } from '../modules/letters/safety/check.routes.ts';
import { lettersRoutes } from '../modules/letters/letters.routes.tsx';
import { volunteerRoutes } from '../modules/letters/volunteer.routes.tsx';
import { reviewRoutes } from '../modules/letters/review/review.routes.tsx';
import { translationRoutes } from '../modules/letters/translation/translation.routes.tsx';
import { scribeRoutes } from '../modules/letters/scribe/scribe.routes.tsx';
import { mailRoutes } from '../modules/letters/mail/mail.routes.tsx';
import { repliesRoutes } from '../modules/letters/replies/replies.routes.tsx';
import { archiveRoutes } from '../modules/letters/archive/archive.routes.tsx';
import { mineRoutes } from '../modules/letters/mine/mine.routes.tsx';
import { fairShareRoutes } from '../modules/letters/fair-share/fair-share.routes.tsx';
import { solidarityRoutes } from '../modules/solidarity/solidarity.routes.tsx';
import { campaignsRoutes } from '../modules/campaigns/campaigns.routes.tsx';
import { eventsRoutes } from '../modules/events/events.routes.tsx';
import { apiRoutes } from '../modules/registry/api/api.routes.ts';
import { editRoutes } from '../modules/registry/edit/edit.routes.tsx';
import { photoRoutes } from '../modules/registry/photo/photo.routes.tsx';
import { correctionsRoutes } from '../modules/registry/corrections/corrections.routes.tsx';

export interface BuildOptions {
  /** Where log lines go (tests capture them); defaults to stdout. */
  logStream?: DestinationStream;
}

function languageOf(request: FastifyRequest): { lang: Lang; valid: boolean } {
  const param = (request.params as { lang?: string } | undefined)?.lang;
  if (param !== undefined) return isLang(param) ? { lang: param, valid: true } : { lang: negotiateLanguage(request.headers['accept-language']), valid: false };
  const first = request.url.split('/')[1]?.split('?')[0];
  return { lang: isLang(first) ? first : negotiateLanguage(request.headers['accept-language']), valid: true };
}

const isApi = (request: FastifyRequest) => request.url.startsWith('/api/');

/** API errors are JSON with a stable code; the message is English for people reading logs. */
function sendApiError(reply: FastifyReply, status: number, code: string) {
  return reply.code(status).type('application/json; charset=utf-8').send({ error: { code, message: API_MESSAGES[code] ?? 'Error' } });
}
const API_MESSAGES: Record<string, string> = {
  'api.not_found': 'Not found',
  'api.bad_request': 'A parameter is missing or not valid',
  'api.rate_limited': 'Too many requests; try again later',
  'api.server': 'Something went wrong on our side',
};

export async function buildApp(deps: Deps, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const { config, keys, i18n } = deps;
  const secure = config.secureCookies;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      stream: opts.logStream,
      // Request objects are never serialised: they carry IPs, user agents and referrers.
      serializers: { req: () => ({}), res: () => ({}), err: (e) => ({ message: '', stack: '', type: 'Error', ...loggableError(e) }) },
    },
    // Fastify's own request lines include the URL; ours (onResponse below) do not.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 256 * 1024,
    trustProxy: false,
    return503OnClosing: true,
  });

  app.addHook('onRoute', requirePolicy);
  await app.register(cookie);
  await app.register(formbody);
  // Forms with a file: every field lands in the body as for other forms (so the CSRF check reads it the same way),
  // the file as an Upload. One file per request, cut off at the limit rather than failing the request.
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 20, parts: 21 },
    onFile: keepUpload,
  });

  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.addHook('onRequest', async (request, reply) => {
    const { lang, valid } = languageOf(request);
    let token: string | undefined;
    request.ctx = {
      lang,
      t: i18n.translator(lang),
      actor: ANONYMOUS,
      pathInLang: request.url.replace(/^\/[a-z]{2}(?=\/|$|\?)/, '').split('?')[0] || '/',
      get csrfToken() {
        return (token ??= csrfTokenFor(request, reply, keys, secure));
      },
      devMode: !config.isProduction,
      formatDate: (date) => i18n.formatDate(lang, date),
    };
    if (!valid) throw notFound(); // /xx/… with an unknown language: a 404 page in the negotiated one
  });

  app.addHook('preHandler', async (request, reply) => {
    const route = request.routeOptions.config;
    if (!route.policy) return; // only the 404 handler has none, and it denies by answering 404
    if (route.stateless) {
      if (!allow(ANONYMOUS, route.policy)) throw notFound();
      return;
    }
    request.ctx.actor = await resolveActor(deps, request, reply);
    if (request.method !== 'GET' && request.method !== 'HEAD' && !csrfValid(request, keys, secure)) throw csrfFailed();
    if (!allow(request.ctx.actor, route.policy)) {
      if (route.onDenied === 'login' && !request.ctx.actor.userId) {
        return reply.redirect(`/${request.ctx.lang}/login`, 303);
      }
      throw notFound();
    }
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    applySecurityHeaders(reply, secure);
    return payload;
  });

  app.addHook('onResponse', async (request, reply) => {
    // Method, route pattern, status and duration only: never the URL (tokens), IP, agent or referrer.
    request.log.info({ method: request.method, route: request.routeOptions.url ?? '(none)', status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });

  app.setNotFoundHandler((request, reply) => {
    if (isApi(request)) return sendApiError(reply, 404, 'api.not_found');
    return sendPage(reply, <ErrorPage ctx={request.ctx} status={404} code="errors.not_found" />, 404);
  });

  app.setErrorHandler((error, request, reply) => {
    let status = 500;
    let code = 'errors.server';
    if (error instanceof AppError) {
      status = error.status;
      code = error.code;
    } else if (typeof (error as { statusCode?: unknown }).statusCode === 'number' && (error as { statusCode: number }).statusCode < 500) {
      status = (error as { statusCode: number }).statusCode;
      code = status === 404 ? 'errors.not_found' : 'errors.bad_request';
    }
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (status === 429) reply.header('Retry-After', '3600');
    if (!request.ctx) return reply.code(status).type('text/plain').send(String(status));
    if (isApi(request)) return sendApiError(reply, status, code.replace(/^errors\./, 'api.'));
    return sendPage(reply, <ErrorPage ctx={request.ctx} status={status} code={code} />, status);
  });

  addRoutes(app, [
    {
      method: 'GET',
      url: '/healthz',
      policy: 'public.view',
      raw: true,
      handler: async (_req, reply) => {
        await deps.database.db.execute(sql`select 1`);
        return reply.header('Cache-Control', 'no-store').send({ status: 'ok', database: deps.database.kind, migration: deps.migration });
      },
    },
    {
      method: 'GET',
      url: '/static/:name',
      policy: 'public.view',
      raw: true,
      handler: async (request, reply) => {
        const asset = getAsset((request.params as { name: string }).name);
        if (!asset) throw notFound();
        return reply.type(asset.type).header('Cache-Control', 'public, max-age=31536000, immutable').send(asset.body);
      },
    },
    {
      method: 'GET',
      url: '/',
      policy: 'public.view',
      handler: async (request, reply) => reply.header('Vary', 'Accept-Language').redirect(`/${request.ctx.lang}/`, 302),
    },
    {
      method: 'GET',
      url: '/:lang',
      policy: 'public.view',
      handler: async (request, reply) => reply.redirect(`/${request.ctx.lang}/`, 301),
    },
  ]);
  homeRoutes(app, deps);
  accountsRoutes(app, deps);
  twoFactorRoutes(app, deps);
  adminRoutes(app, deps);
  registryRoutes(app, deps);
  birthdaysRoutes(app, deps);
  editRoutes(app, deps);
  photoRoutes(app, deps);
  correctionsRoutes(app, deps);
  apiRoutes(app, deps);
  checkRoutes(app, deps);
  lettersRoutes(app, deps);
  volunteerRoutes(app, deps);
  reviewRoutes(app, deps);
  translationRoutes(app, deps);
  scribeRoutes(app, deps);
  mailRoutes(app, deps);
  repliesRoutes(app, deps);
  solidarityRoutes(app, deps);
  campaignsRoutes(app, deps);
  eventsRoutes(app, deps);
  archiveRoutes(app, deps);
  mineRoutes(app, deps);
  fairShareRoutes(app, deps);
  if (!config.isProduction) outboxRoutes(app, deps);
  return app;
}
