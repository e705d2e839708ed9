import type { Config } from './config.ts';
import type { Database } from '../db/client.ts';
import type { Keys } from '../lib/crypto.ts';
import type { I18n, Lang, Translate } from './i18n.ts';
import type { Actor } from './roles.ts';
import type { Jobs } from '../jobs/queue.ts';
import type { BlobStore } from '../lib/blob-store.ts';

/** What the app is built from; passed in, so tests build the same app on another database. */
export interface Deps {
  config: Config;
  database: Database;
  keys: Keys;
  i18n: I18n;
  jobs: Jobs;
  /** Uploaded files (photos), outside the database and the web root. */
  blobs: BlobStore;
  migration: string;
}

/** Per-request facts every handler and view needs. */
export interface RequestContext {
  lang: Lang;
  t: Translate;
  actor: Actor;
  /** The path after the language prefix, for the language switcher. */
  pathInLang: string;
  csrfToken: string;
  devMode: boolean;
  formatDate(date: Date): string;
}

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
  interface FastifyContextConfig {
    /** The policy action guarding this route; a route without one fails to register. */
    policy?: string;
    /** Where a signed-out visitor denied by the policy goes: the login page, or a 404 (default). */
    onDenied?: 'login' | 'not-found';
    /** Responses that are not HTML pages skip the language and CSRF cookie set-up. */
    raw?: boolean;
    /** A JSON call that reads no session and needs no CSRF token (see RouteSpec.stateless). */
    stateless?: boolean;
  }
}
