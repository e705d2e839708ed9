import type { RequestContext } from '../../app/context.ts';
import { Layout } from '../../app/layout.tsx';

interface Message {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
}

export function OutboxPage({ ctx, messages }: { ctx: RequestContext; messages: Message[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('outbox.title')}>
      <h1>{t('outbox.title')}</h1>
      <p>{t('outbox.intro')}</p>
      {messages.length === 0 && <p>{t('outbox.empty')}</p>}
      {messages.map((m) => (
        <article class="mail" aria-labelledby={`m-${m.messageId.replace(/\W/g, '')}`}>
          <h2 id={`m-${m.messageId.replace(/\W/g, '')}`}>{m.subject}</h2>
          <p class="hint">
            {t('outbox.to')} <span class="mono">{m.to}</span> · {ctx.formatDate(m.createdAt)} · <span class="mono">{m.messageId}</span>
          </p>
          <pre class="mail">{m.text}</pre>
        </article>
      ))}
    </Layout>
  );
}
