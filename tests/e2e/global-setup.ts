import { startMailSink } from './mail-sink.ts';

/** Starts the loopback SMTP server the app under test sends to; Playwright calls the returned function at the end. */
export default async function globalSetup() {
  return startMailSink();
}
