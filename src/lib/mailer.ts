import type { Transporter } from 'nodemailer';

export interface OutgoingMessage {
  /** Stable per job, so a retry re-sends the same message, never a second different one. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  kind: 'smtp' | 'outbox';
  deliver(message: OutgoingMessage): Promise<void>;
  close(): void;
}

export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  // Loaded on first use: development (outbox) never needs nodemailer, and start-up stays short.
  let transporter: Transporter | undefined;
  return {
    kind: 'smtp',
    async deliver(message) {
      transporter ??= (await import('nodemailer')).default.createTransport(smtpUrl);
      await transporter.sendMail({
        from,
        to: message.to,
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
