import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { sentMessages } from '../db/infra.tables.ts';
import type { Keys } from '../lib/crypto.ts';
import type { MailTransport } from '../lib/mailer.ts';
import { isLang, type I18n, type Translate } from '../app/i18n.ts';
import type { Jobs, JobSpec } from './queue.ts';
import { accountEmails } from '../modules/accounts/accounts.emails.ts';
import { letterEmails } from '../modules/letters/letters.emails.ts';
import { solidarityEmails } from '../modules/solidarity/solidarity.emails.ts';
import { campaignsEmails } from '../modules/campaigns/campaigns.emails.ts';
import { eventsEmails } from '../modules/events/events.emails.ts';

/** An e-mail template renders, inside the job, from a translator and the job's parameters. */
export type EmailTemplate = (t: Translate, params: Record<string, string>, publicUrl: string) => { subject: string; text: string };

const templates: Record<string, EmailTemplate> = { ...accountEmails, ...letterEmails, ...solidarityEmails, ...campaignsEmails, ...eventsEmails };

// Recipient and parameters (links with tokens) are sealed: the job table is a database table like any other.
export const EMAIL_JOB: JobSpec<z.ZodObject<{ toEnc: z.ZodString; template: z.ZodString; locale: z.ZodString; paramsEnc: z.ZodString }>> = {
  name: 'email.send',
  version: 1,
  input: z.object({ toEnc: z.string(), template: z.string(), locale: z.string(), paramsEnc: z.string() }),
};

export interface EmailDeps {
  keys: Keys;
  jobs: Jobs;
}

export function enqueueEmail(
  deps: EmailDeps,
  tx: Pick<Db, 'execute'>,
  email: { to: string; template: keyof typeof templates & string; locale: string; params: Record<string, string> },
  opts?: { id?: string },
) {
  if (!templates[email.template]) throw new Error(`Unknown e-mail template ${email.template}`);
  return deps.jobs.send(tx, EMAIL_JOB, {
    toEnc: deps.keys.encrypt(email.to),
    template: email.template,
    locale: email.locale,
    paramsEnc: deps.keys.encrypt(JSON.stringify(email.params)),
  }, opts);
}

/** Message-ID derived from the job id: a retried job re-sends the very same message. */
export function messageIdFor(jobId: string, publicUrl: string): string {
  return `<${jobId}@${new URL(publicUrl).hostname || 'solidarity-post.invalid'}>`;
}

export function emailHandler(deps: { db: Db; keys: Keys; i18n: I18n; transport: MailTransport; publicUrl: string }) {
  return async (data: z.infer<typeof EMAIL_JOB.input>, meta: { jobId: string }) => {
    const messageId = messageIdFor(meta.jobId, deps.publicUrl);
    const already = await deps.db.select().from(sentMessages).where(eq(sentMessages.messageId, messageId));
    if (already.length > 0) return;
    const template = templates[data.template];
    if (!template) throw new Error(`Unknown e-mail template ${data.template}`);
    const lang = isLang(data.locale) ? data.locale : 'en';
    const rendered = template(deps.i18n.translator(lang), JSON.parse(deps.keys.decrypt(data.paramsEnc)), deps.publicUrl);
    await deps.transport.deliver({ messageId, to: deps.keys.decrypt(data.toEnc), ...rendered });
    await deps.db.insert(sentMessages).values({ messageId }).onConflictDoNothing();
  };
}
