import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

/** The browser journeys' mail server: a real SMTP server on loopback that files every message it accepts. */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 3225);
export const MAIL_DIR = path.resolve('.tmp/e2e-mail');

export async function startMailSink(): Promise<() => Promise<void>> {
  fs.rmSync(MAIL_DIR, { recursive: true, force: true });
  fs.mkdirSync(MAIL_DIR, { recursive: true });
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        fs.writeFileSync(path.join(MAIL_DIR, `${Date.now()}-${++n}.json`), JSON.stringify({ to, raw: Buffer.concat(chunks).toString('utf8') }));
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(E2E_SMTP_PORT, '127.0.0.1', resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

/** The text of a message as a reader sees it: quoted-printable soft breaks and escapes undone. */
function bodyOf(raw: string): string {
  if (!/Content-Transfer-Encoding: quoted-printable/i.test(raw)) return raw;
  const bytes = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** Waits for a message to `to` with a link starting with `pathStart`, and returns the newest such link (path and query). */
export async function linkFromMail(to: string, pathStart: string, timeoutMs = 30_000): Promise<string> {
  const pattern = new RegExp(`https?://[^\\s/]+(${pathStart.replace(/[/?]/g, '\\$&')}[^\\s]*)`);
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const files = fs.existsSync(MAIL_DIR) ? fs.readdirSync(MAIL_DIR).sort().reverse() : [];
    for (const file of files) {
      const mail = JSON.parse(fs.readFileSync(path.join(MAIL_DIR, file), 'utf8')) as { to: string[]; raw: string };
      const m = mail.to.includes(to) ? pattern.exec(bodyOf(mail.raw)) : null;
      if (m) return m[1];
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`No mail to ${to} with a link to ${pathStart}`);
}

/** Waits for a message to `to` whose headers or text contain `contains`; returns its envelope recipients, header block and decoded text. */
export async function mailTo(to: string, contains: string, timeoutMs = 30_000): Promise<{ rcptTo: string[]; headers: string; text: string }> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const files = fs.existsSync(MAIL_DIR) ? fs.readdirSync(MAIL_DIR).sort().reverse() : [];
    for (const file of files) {
      const mail = JSON.parse(fs.readFileSync(path.join(MAIL_DIR, file), 'utf8')) as { to: string[]; raw: string };
      const split = mail.raw.search(/\r?\n\r?\n/);
      // Folded header lines unfolded, so one header is one line.
      const headers = mail.raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
      const text = bodyOf(mail.raw);
      if (mail.to.includes(to) && (headers.includes(contains) || text.includes(contains))) return { rcptTo: mail.to, headers, text };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`No mail to ${to} containing ${contains}`);
}
