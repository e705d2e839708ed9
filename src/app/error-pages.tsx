import type { RequestContext } from './context.ts';
import { href, Layout } from './layout.tsx';

const TITLES: Record<number, string> = { 400: 'errors.bad_request.title', 403: 'errors.csrf.title', 404: 'errors.not_found.title', 429: 'errors.rate_limited.title' };

export function ErrorPage({ ctx, status, code }: { ctx: RequestContext; status: number; code: string }) {
  const key = status >= 500 ? 'errors.server' : code;
  const title = ctx.t(TITLES[status] ?? 'errors.server.title');
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{ctx.t(key)}</p>
      <p>
        <a href={href(ctx, '/')}>{ctx.t('errors.home')}</a>
      </p>
    </Layout>
  );
}
