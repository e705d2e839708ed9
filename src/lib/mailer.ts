import type { Transporter } from 'nodemailer';

/** An address with a display name; the transport encodes the name (non-Latin names, quotes) as the header needs. */
export type MailAddress = string | { name: string; address: string };

export interface OutgoingMessage {
  /** Stable per job, so a retry re-sends the same message, never a second different one. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  /** Unset: the transport's own From (SMTP_FROM). */
  from?: string;
  replyTo?: MailAddress;
  cc?: string;
  /** Receives the message without appearing in its headers. */
  bcc?: string;
}

/** `"Name" <address>` for display (the development outbox); SMTP leaves the encoding to nodemailer. */
export function formatAddress(a: MailAddress): string {
  return typeof a === 'string' ? a : `"${a.name.replace(/["\\\r\n]/g, '')}" <${a.address}>`;
}

export interface MailTransport {
  kind: 'smtp' | 'outbox';
  deliver(message: OutgoingMessage): Promise<void>;
  close(): void;
}

/** Connections kept open to the SMTP server: campaign deliveries are sent this many at a time (DELIVERY_JOB's concurrency). */
export const SMTP_POOL_CONNECTIONS = 8;

export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  // Loaded on first use: development (outbox) never needs nodemailer, and start-up stays short.
  let transporter: Transporter | undefined;
  return {
    kind: 'smtp',
    async deliver(message) {
      // Pooled: messages reuse open connections instead of a TCP (and TLS) handshake each; what each message
      // is does not change. Parameters in SMTP_URL (e.g. ?pool=false&maxConnections=2) win over these.
      transporter ??= (await import('nodemailer')).default.createTransport({ url: smtpUrl, pool: true, maxConnections: SMTP_POOL_CONNECTIONS });
      await transporter.sendMail({
        from: message.from ?? from,
        to: message.to,
        ...(message.replyTo ? { replyTo: message.replyTo } : {}),
        ...(message.cc ? { cc: message.cc } : {}),
        ...(message.bcc ? { bcc: message.bcc } : {}),
        subject: message.subject,
        text: message.text,
        messageId: message.messageId,
        // Nothing about the sender's software or network goes out.
        headers: { 'X-Mailer': undefined as unknown as string },
        xMailer: false,
      });
    },
    close: () => transporter?.close(),
  };
}
