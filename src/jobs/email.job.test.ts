import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../tests/support/databases.ts';
import { smtpTransport, type MailTransport } from '../lib/mailer.ts';
import { enqueueEmail } from './email.job.ts';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that keeps what it receives. */
async function startSmtp(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (c) => (raw += c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise((r) => server.close(() => r())) };
}

/** Headers as sent, plus the body decoded from base64 or quoted-printable. */
function decodeBody(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/Content-Transfer-Encoding: base64/i.test(head)) return `${head}\n\n${Buffer.from(body, 'base64').toString('utf8')}`;
  const qp = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  return `${head}\n\n${Buffer.from(qp, 'latin1').toString('utf8')}`;
}

describe.each(TEST_DB_KINDS)('outgoing e-mail over SMTP on %s', (kind) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let failNext = false;
  beforeAll(async () => {
    smtp = await startSmtp();
    const real = smtpTransport(smtp.url, 'Solidarity Post <post@example.org>');
    // Delivers for real, then fails the job the first time: the crash-after-send case.
    const flaky: MailTransport = {
      ...real,
      async deliver(m) {
        await real.deliver(m);
        if (failNext) {
          failNext = false;
          throw new Error('crash after send');
        }
      },
    };
    t = await startTestApp(kind, { env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://post.example.org' }, transport: flaky });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends through SMTP with a Message-ID derived from the job, in the recipient language', async () => {
    const jobId = await t.deps.database.db.transaction((tx) =>
      enqueueEmail(t.deps, tx, { to: 'writer@example.org', template: 'account.reset', locale: 'ru', params: { lang: 'ru', token: 'tok-123' } }),
    );
    expect(await t.drain()).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const raw = decodeBody(smtp.received[0].raw);
    expect(smtp.received[0].to).toEqual(['writer@example.org']);
    expect(raw).toMatch(new RegExp(`Message-ID: <${jobId}@post\\.example\\.org>`, 'i'));
    expect(raw).toContain('https://post.example.org/ru/password/reset?token=tok-123');
    expect(raw).toContain(t.deps.i18n.t('ru', 'email.reset.body'));
    expect(raw).not.toMatch(/X-Mailer/i);
  });

  it('does not enqueue when the transaction rolls back', async () => {
    const before = smtp.received.length;
    await expect(
      t.deps.database.db.transaction(async (tx) => {
        await enqueueEmail(t.deps, tx, { to: 'nobody@example.org', template: 'account.reset', locale: 'en', params: { lang: 'en', token: 'x' } });
        throw new Error('business write failed');
      }),
    ).rejects.toThrow('business write failed');
    expect(await t.drain()).toBe(0);
    expect(smtp.received.length).toBe(before);
  });

  it('a retry after a crash re-sends the same message, never a different one, and stops once recorded', async () => {
    const before = smtp.received.length;
    await t.deps.database.db.transaction((tx) =>
      enqueueEmail(t.deps, tx, { to: 'retry@example.org', template: 'account.confirm', locale: 'en', params: { lang: 'en', token: 'tok-r' } }),
    );
    failNext = true;
    await expect(t.drain()).rejects.toThrow('crash after send');
    // pg-boss retries later; make the retry due now.
    await t.deps.database.executor.executeSql(`UPDATE pgboss.job SET start_after = now() WHERE state = 'retry'`, []);
    await t.drain();
    const sent = smtp.received.slice(before);
    expect(sent).toHaveLength(2);
    const id = (raw: string) => raw.match(/Message-ID: (<[^>]+>)/i)![1];
    expect(id(sent[0].raw)).toBe(id(sent[1].raw));
    await t.deps.database.executor.executeSql(`UPDATE pgboss.job SET start_after = now() WHERE state = 'retry'`, []);
    expect(await t.drain()).toBe(0);
  });
});
