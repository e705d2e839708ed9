import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../tests/support/databases.ts';
import { TestClient } from '../../tests/support/client.ts';

// Values that must never reach a log line, whatever happens to the request.
const CANARY = {
  ip: '203.0.113.77',
  agent: 'CanaryAgent/9.9 (secret-browser-fingerprint)',
  referrer: 'https://canary-referrer.example/secret-page',
  email: 'canary.mailbox@example.org',
  text: 'canary-message-text-Свобода',
};

describe.each(TEST_DB_KINDS)('logs on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('never contain IPs, user agents, referrers, e-mail addresses or message text', async () => {
    const headers = { 'user-agent': CANARY.agent, referer: CANARY.referrer, 'x-forwarded-for': CANARY.ip, 'x-real-ip': CANARY.ip };
    const c = new TestClient(t.app, headers);
    await c.get(`/en/?q=${encodeURIComponent(CANARY.text)}`);
    await c.get(`/en/no-such-page?email=${encodeURIComponent(CANARY.email)}`);
    await c.get('/en/register');
    await c.post('/en/register', { email: CANARY.email, password: CANARY.text, passwordConfirm: CANARY.text });
    await c.get('/en/login');
    await c.post('/en/login', { email: CANARY.email, password: CANARY.text });
    await c.post('/en/password/forgot', { email: CANARY.email }, { csrf: 'bad' });
    await t.drain();
    // A link with a bad token carrying canary text.
    await c.get(`/en/password/reset?token=${encodeURIComponent(CANARY.text.repeat(2))}`);

    expect(t.logs.length).toBeGreaterThan(5);
    const all = t.logs.join('\n');
    for (const [what, value] of Object.entries(CANARY)) {
      expect(all, `${what} leaked into the logs`).not.toContain(value);
    }
    expect(all).not.toContain('127.0.0.1');
    expect(all).not.toMatch(/"(remoteAddress|hostname|userAgent|referer|url)"\s*:\s*"[^"]*(canary|203\.0)/i);
  });
});
