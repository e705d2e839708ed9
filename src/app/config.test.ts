import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration from the environment', () => {
  it('has working defaults for a newcomer', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir).toMatch(/data$/);
    expect(c.publicUrl).toBe('http://127.0.0.1:3000');
    expect(c.seedDemo).toBe(true);
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (err) {
      expect((err as Error).message).toContain('PORT');
      expect((err as Error).message).toContain('DATABASE_URL');
    }
  });

  it('reads the campaign sending rules and refuses a window that ends before it starts or an unknown time zone', () => {
    const c = loadConfig({ CAMPAIGNS_SENDING_HOURS: '0-24', CAMPAIGNS_TIME_ZONE: 'Europe/Warsaw', CAMPAIGNS_TARGET_HOURLY_CAP: '60' });
    expect(c.campaigns.sendingHours).toEqual({ from: 0, to: 24 });
    expect(c.campaigns.timeZone).toBe('Europe/Warsaw');
    expect(c.campaigns.targetHourlyCap).toBe(60);
    expect(loadConfig({}).campaigns).toMatchObject({ sendingHours: { from: 8, to: 18 }, copyTo: undefined, followupDays: 14 });
    expect(() => loadConfig({ CAMPAIGNS_SENDING_HOURS: '18-8' })).toThrow(/CAMPAIGNS_SENDING_HOURS/);
    expect(() => loadConfig({ CAMPAIGNS_SENDING_HOURS: 'mornings' })).toThrow(/CAMPAIGNS_SENDING_HOURS/);
    expect(() => loadConfig({ CAMPAIGNS_TIME_ZONE: 'Mars/Olympus' })).toThrow(/CAMPAIGNS_TIME_ZONE/);
    expect(() => loadConfig({ CAMPAIGNS_COPY_TO: 'not an address' })).toThrow(/CAMPAIGNS_COPY_TO/);
  });

  it('requires secrets, a public URL and SMTP in production, and never seeds there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SECRET_KEY/);
    const c = loadConfig({ NODE_ENV: 'production', SECRET_KEY: 'x'.repeat(40), PUBLIC_URL: 'https://post.example.org', SMTP_URL: 'smtp://mail.example.org:587' });
    expect(c.secureCookies).toBe(true);
    expect(c.seedDemo).toBe(false);
  });

  it('makes the server exit with status 1 and a clear message on a bad value', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/app/start.ts'], { env: { ...process.env, PORT: '-5' }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Invalid configuration');
    expect(run.stderr).toContain('PORT');
  });
});
