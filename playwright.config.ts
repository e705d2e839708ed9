import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3210);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium (Playwright cannot download browsers here); flags keep it off the network.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 2,
  reporter: [['list']],
  // A real SMTP server on loopback (tests/e2e/mail-sink.ts): the journeys read their e-mails from it.
  globalSetup: './tests/e2e/global-setup.ts',
  use: { baseURL: BASE_URL, launchOptions, locale: 'en-GB' },
  projects: [
    // The letters and solidarity journeys are the issues' JavaScript-off walks (the pages need no script;
    // the js-on project covers the enhancements elsewhere), so they run in that project only.
    { name: 'js-on', use: { javaScriptEnabled: true }, testIgnore: /(letters|friends|keepers|needs|sponsorships|wall|campaigns|targets|campaign-letters|signatures|events)\.spec\.ts/ },
    { name: 'js-off', use: { javaScriptEnabled: false } },
  ],
  webServer: {
    // A fresh embedded database every run, seeded with the synthetic demo accounts.
    command: 'rm -rf .tmp/e2e-data && node --import tsx src/app/start.ts',
    url: `${BASE_URL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATA_DIR: '.tmp/e2e-data',
      PORT: String(PORT),
      SEED_DEMO: 'yes',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 3225}`,
      // Campaign letters leave at once in the journeys: all day, and one target may get a letter a second.
      CAMPAIGNS_SENDING_HOURS: '0-24',
      CAMPAIGNS_TARGET_HOURLY_CAP: '3600',
      CAMPAIGNS_TIME_ZONE: 'UTC',
      CAMPAIGNS_COPY_TO: 'campaigns@solidarity-post.invalid',
      LETTERS_RETURN_ADDRESS: 'Solidarity Post|a/ja 12|00-950 Warszawa|Poland',
    },
  },
});
