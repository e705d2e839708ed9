// For the delivery tests and the benchmark only: a real SMTP server on loopback (smtp-server) that keeps
// every message it accepts, with its envelope and the headers a reader sees.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMessage {
  /** Envelope recipients (RCPT TO): Bcc recipients appear here and in no header. */
  rcptTo: string[];
  messageId: string;
  headers: Record<string, string>;
  subject: string;
  text: string;
}

export interface SmtpSink {
  url: string;
  received: ReceivedMessage[];
  /** How many messages have been received (cheap to poll; `keepMessages: false` keeps only this). */
  count: number;
  /** Leave each new transaction waiting at MAIL FROM: the send is in flight and nothing is accepted. */
  holdAtMailFrom: boolean;
  /** Keep each message but wait this long before answering "250 OK" (acceptance not yet known to the sender). */
  replyDelayMs: number;
  /** Transactions waiting at MAIL FROM because of `holdAtMailFrom`. */
  held: number;
  /** Messages received whose "250 OK" has not been written yet. */
  unanswered: number;
  close(): Promise<void>;
}

/** RFC 2047 encoded words (=?UTF-8?B?...?= and =?UTF-8?Q?...?=) as text. */
function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=(\s+(?==\?))?/g, (_all, _charset: string, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
}

function parse(raw: string): { headers: Record<string, string>; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  let body = raw.slice(split + 4);
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  if (encoding === 'quoted-printable') {
    body = Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  } else if (encoding === 'base64') {
    body = Buffer.from(body, 'base64').toString('utf8');
  }
  return { headers, text: body.replace(/\r\n/g, '\n').replace(/\n$/, '') };
}

export async function startSmtpSink(opts: { keepMessages?: boolean } = {}): Promise<SmtpSink> {
  const keep = opts.keepMessages ?? true;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Many pooled connections at once (the benchmark).
    maxClients: 100,
    closeTimeout: 100,
    onMailFrom(_address, _session, callback) {
      if (sink.holdAtMailFrom) sink.held++;
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        sink.count++;
        if (keep) {
          const { headers, text } = parse(Buffer.concat(chunks).toString('utf8'));
          sink.received.push({ rcptTo: session.envelope.rcptTo.map((r) => r.address), messageId: headers['message-id'] ?? '', headers, subject: headers.subject ?? '', text });
        }
        if (sink.replyDelayMs <= 0) return callback();
        sink.unanswered++;
        setTimeout(() => {
          sink.unanswered--;
          callback();
        }, sink.replyDelayMs);
      });
    },
  });
  const sink: SmtpSink = {
    url: '',
    received: [],
    count: 0,
    holdAtMailFrom: false,
    replyDelayMs: 0,
    held: 0,
    unanswered: 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  // A sender killed mid-conversation resets its connection: expected here, not an error of the sink.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return sink;
}
