import type { Config } from '../../../app/config.ts';

/** Pre-fills a translator's draft. A translator always reads, corrects and finishes it: nothing is sent unread. */
export interface TranslationProvider {
  translate(text: string, from: string, to: string): Promise<string | null>;
}

/**
 * A LibreTranslate-compatible service (self-hostable, so letters need not leave the organisation's
 * machines), or none: without TRANSLATION_URL nothing is ever sent over the network.
 */
export function translationProvider(config: Pick<Config, 'translationUrl' | 'translationApiKey'>, fetchImpl: typeof fetch = fetch): TranslationProvider | null {
  const url = config.translationUrl;
  if (!url) return null;
  return {
    async translate(text, from, to) {
      try {
        const res = await fetchImpl(`${url.replace(/\/$/, '')}/translate`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ q: text, source: from || 'auto', target: to, format: 'text', ...(config.translationApiKey ? { api_key: config.translationApiKey } : {}) }),
          signal: AbortSignal.timeout(15_000),
        });
        if (!res.ok) return null;
        const body = (await res.json()) as { translatedText?: unknown };
        return typeof body.translatedText === 'string' ? body.translatedText : null;
      } catch {
        // A draft is a convenience: if the service is down, the translator starts from an empty page.
        return null;
      }
    },
  };
}
