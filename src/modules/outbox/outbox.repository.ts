import { desc } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { devOutbox } from '../../db/infra.tables.ts';
import type { Keys } from '../../lib/crypto.ts';
import { formatAddress, type MailTransport, type OutgoingMessage } from '../../lib/mailer.ts';

/** From, Reply-To, Cc and Bcc, when a message sets them, shown above its text (the outbox keeps no other headers). */
function withHeaders(m: OutgoingMessage): string {
  const lines = [
    m.from && `From: ${m.from}`,
    m.replyTo && `Reply-To: ${formatAddress(m.replyTo)}`,
    m.cc && `Cc: ${m.cc}`,
    m.bcc && `Bcc: ${m.bcc}`,
  ].filter(Boolean);
  return lines.length ? `${lines.join('\n')}\n\n${m.text}` : m.text;
}

/** Development transport: messages land in a table instead of SMTP; the Message-ID makes a retry a no-op. */
export function outboxTransport(db: Db, keys: Keys): MailTransport {
  return {
    kind: 'outbox',
    async deliver(m) {
      await db
        .insert(devOutbox)
        .values({ messageId: m.messageId, toEnc: keys.encrypt(m.to), subject: m.subject, bodyEnc: keys.encrypt(withHeaders(m)) })
        .onConflictDoNothing();
    },
    close() {},
  };
}

export async function listOutbox(db: Db, keys: Keys, limit = 50) {
  const rows = await db.select().from(devOutbox).orderBy(desc(devOutbox.createdAt)).limit(limit);
  return rows.map((r) => ({ messageId: r.messageId, to: keys.decrypt(r.toEnc), subject: r.subject, text: keys.decrypt(r.bodyEnc), createdAt: r.createdAt }));
}
