import type { RequestContext } from './context.ts';
import { CsrfField, href, Layout } from './layout.tsx';

/**
 * The page an e-mail link opens: one button that posts the link's token. Mail scanners open links;
 * only a person presses the button, so opening the link changes nothing.
 */
export function LinkConfirmPage(props: { ctx: RequestContext; token: string; action: string; title: string; intro: string; submit: string }) {
  const { ctx } = props;
  return (
    <Layout ctx={ctx} title={props.title}>
      <h1>{props.title}</h1>
      <p>{props.intro}</p>
      <form method="post" action={href(ctx, props.action)}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="token" value={props.token} />
        <button type="submit">{props.submit}</button>
      </form>
    </Layout>
  );
}
