import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../app/i18n.ts';
import type { RequestContext } from '../../../app/context.ts';
import { ANONYMOUS } from '../../../app/roles.ts';
import { normalHashtag, shareHrefs, ShareLinks } from './share.tsx';

const i18n = createI18n();
const ctx = (lang: 'en' | 'de'): RequestContext => ({ lang, t: i18n.translator(lang), actor: ANONYMOUS, pathInLang: '/', csrfToken: 'x', devMode: false, formatDate: (d) => d.toISOString() });
const URL_ = 'https://solidarity.example.org/en/people/yana-arabeika';

describe('share links', () => {
  it('carry the address and the hashtag to each network, encoded', () => {
    const hrefs = Object.fromEntries(shareHrefs(URL_, 'Stand with Yana & friends', '#WeStandBYyou').map((l) => [l.network, l.href]));
    const tag = encodeURIComponent('#WeStandBYyou');
    expect(hrefs.email).toMatch(/^mailto:\?subject=Stand%20with%20Yana%20%26%20friends&body=/);
    expect(hrefs.telegram).toBe(`https://t.me/share/url?url=${encodeURIComponent(URL_)}&text=${encodeURIComponent('Stand with Yana & friends #WeStandBYyou')}`);
    expect(hrefs.bluesky).toBe(`https://bsky.app/intent/compose?text=${encodeURIComponent(`Stand with Yana & friends #WeStandBYyou ${URL_}`)}`);
    expect(hrefs.x).toBe(`https://x.com/intent/post?text=${encodeURIComponent('Stand with Yana & friends #WeStandBYyou')}&url=${encodeURIComponent(URL_)}`);
    expect(hrefs.facebook).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(URL_)}&hashtag=${tag}`);
    expect(hrefs.whatsapp).toBe(`https://wa.me/?text=${encodeURIComponent(`Stand with Yana & friends #WeStandBYyou ${URL_}`)}`);
    for (const [network, href] of Object.entries(hrefs)) if (network !== 'facebook') expect(decodeURIComponent(href)).toContain('Stand with Yana');
  });

  it('takes a hashtag with or without its #, or none', () => {
    expect(normalHashtag('WeStandBYyou')).toBe('#WeStandBYyou');
    expect(normalHashtag(' #Free ')).toBe('#Free');
    expect(normalHashtag('')).toBe('');
    expect(shareHrefs(URL_, 'Hi', '').find((l) => l.network === 'facebook')!.href).not.toContain('hashtag');
  });

  it('renders plain links that load nothing: no scripts, images or frames, and no referrer', () => {
    const html = renderToString(<ShareLinks ctx={ctx('de')} url={URL_} text="Wir stehen zu Yana" hashtag="#WeStandBYyou" id="p" />);
    expect(html).not.toMatch(/<(script|img|iframe|link|object|embed)\b/);
    expect(html.match(/<a /g)).toHaveLength(6);
    expect(html.match(/rel="noopener noreferrer"/g)).toHaveLength(6);
    expect(html).toContain(`id="p-url" type="url" readonly value="${URL_}"`);
    expect(html).toContain('Text für Mastodon');
    expect(html).toContain(`Wir stehen zu Yana #WeStandBYyou ${URL_}`);
  });
});
