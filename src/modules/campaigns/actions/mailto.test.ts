import { describe, expect, it } from 'vitest';
import { mailtoUrl } from './mailto.ts';

describe('mailto links', () => {
  it('encode subject and body so every mail program reads them back exactly', () => {
    const body = 'Sehr geehrte Frau Botschafterin,\nfreiheit & Recht = 100% für alle?\n\nMit freundlichen Grüßen\nАнна';
    const url = mailtoUrl({ to: 'embassy@example.invalid', subject: 'Free them: now & here', body });
    expect(url.startsWith('mailto:embassy@example.invalid?subject=')).toBe(true);
    expect(url).not.toContain(' ');
    expect(url).not.toContain('+');
    expect(url).toContain('%0D%0A');
    const parsed = new URL(url);
    expect(parsed.pathname).toBe('embassy@example.invalid');
    expect(parsed.searchParams.get('subject')).toBe('Free them: now & here');
    expect(parsed.searchParams.get('body')).toBe(body.replace(/\n/g, '\r\n'));
  });

  it('adds the organisation copy as cc or bcc', () => {
    const cc = new URL(mailtoUrl({ to: 'a@example.invalid', subject: 's', body: 'b', cc: 'copy@org.invalid' }));
    expect(cc.searchParams.get('cc')).toBe('copy@org.invalid');
    const bcc = new URL(mailtoUrl({ to: 'a@example.invalid', subject: 's', body: 'b', bcc: 'copy@org.invalid' }));
    expect(bcc.searchParams.get('bcc')).toBe('copy@org.invalid');
    expect(bcc.searchParams.get('cc')).toBeNull();
  });
});
