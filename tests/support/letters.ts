import { eq } from 'drizzle-orm';
import { hashToken } from '../../src/lib/crypto.ts';
import { letters } from '../../src/modules/letters/letters.tables.ts';
import type { TestApp } from './app.ts';
import { linkIn, TestClient } from './client.ts';

export interface LetterToSend {
  to: string;
  text: string;
  email: string;
  kind?: 'letter' | 'postcard';
  locale?: string;
  fields?: Record<string, string>;
}

/** A writer sends a letter through the real form and confirms it from the e-mail; returns the stored row. */
export async function sendConfirmedLetter(t: TestApp, l: LetterToSend) {
  const lang = l.locale ?? 'en';
  const c = new TestClient(t.app);
  const kind = l.kind ?? 'letter';
  const page = await c.get(`/${lang}/letters/new?to=${l.to}&kind=${kind}`);
  const submissionId = page.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)![1];
  const res = await c.post(`/${lang}/letters/new?to=${l.to}`, { submissionId, kind, text: l.text, email: l.email, action: 'send', acknowledged: 'on', ...l.fields });
  if (res.statusCode !== 303) throw new Error(`letter not accepted: ${res.statusCode}`);
  await t.drain();
  const mail = (await t.outbox()).find((m) => m.to === l.email && m.text.includes('/letters/confirm'));
  const token = new URL(linkIn(mail!.text, `/${lang}/letters/confirm`), 'http://x').searchParams.get('token')!;
  await c.get(`/${lang}/letters/confirm?token=${token}`);
  await c.post(`/${lang}/letters/confirm`, { token });
  const [row] = await t.deps.database.db.select().from(letters).where(eq(letters.confirmTokenHash, hashToken(token)));
  return row;
}
