import { desc } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { devOutbox } from '../../db/infra.tables.ts';
import type { Keys } from '../../lib/crypto.ts';
import type { MailTransport } from '../../lib/mailer.ts';

/** Development transport: messages land in a table instead of SMTP; the Message-ID makes a retry a no-op. */
export function outboxTransport(db: Db, keys: Keys): MailTransport {
  return {
    kind: 'outbox',
    async deliver(m) {
      await db
        .insert(devOutbox)
        .values({ messageId: m.messageId, toEnc: keys.encrypt(m.to), subject: m.subject, bodyEnc: keys.encrypt(m.text) })
        .onConflictDoNothing();
    },
    close() {},
  };
}

export async function listOutbox(db: Db, keys: Keys, limit = 50) {
  const rows = await db.select().from(devOutbox).orderBy(desc(devOutbox.createdAt)).limit(limit);
  return rows.map((r) => ({ messageId: r.messageId, to: keys.decrypt(r.toEnc), subject: r.subject, text: keys.decrypt(r.bodyEnc), createdAt: r.createdAt }));
}
