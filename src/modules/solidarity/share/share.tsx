// Share links without anyone else's widgets, scripts or images: plain links that make no request
// until they are clicked (no-referrer everywhere, so the other site does not even learn the page),
// a field with the address to copy, and a ready text for Mastodon, which has no one address to link to.
import type { RequestContext } from '../../../app/context.ts';

export type ShareNetwork = 'email' | 'telegram' | 'bluesky' | 'x' | 'facebook' | 'whatsapp';

/** The hashtag with its '#', or nothing when none is configured. */
export function normalHashtag(hashtag: string | undefined): string {
  const tag = (hashtag ?? '').trim();
  if (!tag) return '';
  return tag.startsWith('#') ? tag : `#${tag}`;
}

/** The text a post carries: the message, the hashtag, and (where the network takes no separate address) the URL. */
export function shareText(text: string, hashtag: string, url?: string): string {
  return [text, normalHashtag(hashtag), url].filter(Boolean).join(' ');
}

/** Each network's own "share" address, filled in; the order is the order shown. */
export function shareHrefs(url: string, text: string, hashtag: string): { network: ShareNetwork; href: string }[] {
  const e = encodeURIComponent;
  const tag = normalHashtag(hashtag);
  return [
    { network: 'email', href: `mailto:?subject=${e(text)}&body=${e(`${shareText(text, tag)}\n\n${url}`)}` },
    { network: 'telegram', href: `https://t.me/share/url?url=${e(url)}&text=${e(shareText(text, tag))}` },
    { network: 'bluesky', href: `https://bsky.app/intent/compose?text=${e(shareText(text, tag, url))}` },
    { network: 'x', href: `https://x.com/intent/post?text=${e(shareText(text, tag))}&url=${e(url)}` },
    { network: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${e(url)}${tag ? `&hashtag=${e(tag)}` : ''}` },
    { network: 'whatsapp', href: `https://wa.me/?text=${e(shareText(text, tag, url))}` },
  ];
}

/**
 * The share block: the address to copy, plain links to e-mail and the networks, and a text to paste into
 * Mastodon. `id` keeps the fields' ids apart when a page has two blocks.
 */
export function ShareLinks(props: { ctx: RequestContext; url: string; text: string; hashtag: string; id?: string }) {
  const { ctx, url, text, hashtag } = props;
  const { t } = ctx;
  const id = props.id ?? 'share';
  return (
    <div class="share stack">
      <p>
        <label for={`${id}-url`}>{t('share.url')}</label>
        <input id={`${id}-url`} type="url" readOnly value={url} class="share-url" />
      </p>
      <ul class="inline-list share-links" aria-label={t('share.links')}>
        {shareHrefs(url, text, hashtag).map(({ network, href }) => (
          <li>
            <a href={href} rel="noopener noreferrer" referrerpolicy="no-referrer" data-network={network}>
              {t(`share.${network}`)}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <label for={`${id}-toot`}>{t('share.mastodon')}</label>
        <textarea id={`${id}-toot`} readOnly rows={3} aria-describedby={`${id}-toot-hint`}>
          {shareText(text, hashtag, url)}
        </textarea>
        <span class="hint" id={`${id}-toot-hint`}>
          {t('share.mastodonHint')}
        </span>
      </p>
      <p class="hint">{t('share.privacy')}</p>
    </div>
  );
}
