/**
 * Posts from X (Twitter), Instagram, TikTok and Facebook, however a body embeds them — the blockquote of their
 * embed code (its `<script>` already gone), an oEmbed iframe, a Gutenberg embed block or the URL alone on a
 * line — become one styled quote with a link to the post, and load nothing from the network.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { QUOTE_EMBED_KINDS } from './sanitize-schema';

export type SocialKind = (typeof QUOTE_EMBED_KINDS)[keyof typeof QUOTE_EMBED_KINDS];

const KIND_OF_CLASS = new Map<string, SocialKind>(Object.entries(QUOTE_EMBED_KINDS));

/** The kind of post an embed code's blockquote shows, from its classes. */
export const quoteKindOf = (classes: string[]): SocialKind | undefined => classes.map((c) => KIND_OF_CLASS.get(c)).find(Boolean);

function httpUrl(value: string): URL | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

const hostOf = (url: URL) => url.hostname.toLowerCase().replace(/^(?:www|m|mobile|web)\./, '');

/** The kind of post a URL is, when it is one post on one of the four networks (what WordPress embeds). */
export function socialKindOf(value: string): SocialKind | null {
  const url = httpUrl(value);
  if (!url) return null;
  const host = hostOf(url);
  const path = url.pathname;
  if ((host === 'twitter.com' || host === 'x.com') && /^\/[^/]+\/status(?:es)?\/\d+/.test(path)) return 'tweet';
  if (host === 'instagram.com' && /^\/(?:[\w.]+\/)?(?:p|reel|tv)\/[\w-]+/.test(path)) return 'instagram';
  if (host === 'tiktok.com' && /^\/@[^/]+\/video\/\d+/.test(path)) return 'tiktok';
  if (host === 'fb.watch' && path.length > 1) return 'facebook';
  if (host === 'facebook.com' && /^\/(?:[^/]+\/(?:posts|videos|photos)\/|permalink\.php|photo\.php|story\.php|watch)/.test(path)) return 'facebook';
  return null;
}

/**
 * The post an embed iframe shows, when it is one: Facebook's plugin iframes carry it in `href`, Instagram's and
 * X's in their path or `id`.
 */
export function socialPostOfIframe(src: string): { kind: SocialKind; url: string } | null {
  const url = httpUrl(src);
  if (!url) return null;
  const host = hostOf(url);
  if (host === 'facebook.com' && /^\/plugins\/(?:post|video)\.php$/.test(url.pathname)) {
    const post = url.searchParams.get('href') ?? '';
    return socialKindOf(post) === 'facebook' ? { kind: 'facebook', url: post } : null;
  }
  const instagram = host === 'instagram.com' ? /^\/(p|reel|tv)\/([\w-]+)\/embed/.exec(url.pathname) : null;
  if (instagram) return { kind: 'instagram', url: `https://www.instagram.com/${instagram[1]}/${instagram[2]}/` };
  const tweet = host === 'platform.twitter.com' && url.pathname.startsWith('/embed/') ? url.searchParams.get('id') : null;
  if (tweet && /^\d+$/.test(tweet)) return { kind: 'tweet', url: `https://twitter.com/i/status/${tweet}` };
  return null;
}

// The URL itself, as WordPress shows a link it cannot embed (and in no particular language).
const sourceLink = (url: string) => h('p', [h('a', { href: url }, url)]);

/** A quote holding only a link to the post (for an embed that brings no text of its own). */
export function socialQuote(kind: SocialKind, url: string): Element {
  return h('blockquote', { className: ['embed-quote', `embed-${kind}`] }, [sourceLink(url)]);
}

const KEEP_EMPTY = new Set(['img', 'br', 'hr', 'video', 'audio', 'picture']);

/**
 * Drops the logo (`<svg>`) and the empty boxes the embed code draws its placeholder with, bottom up (each node
 * once). Whether anything visible is left.
 */
function pruneEmpty(node: Element): boolean {
  let visible = false;
  node.children = node.children.filter((child) => {
    if (child.type === 'text') {
      visible ||= child.value.trim() !== '';
      return true;
    }
    // (A quote is text and links: no player or frame inside it, which the embed step would never see.)
    if (child.type !== 'element' || child.tagName === 'svg' || child.tagName === 'iframe') return false;
    const kept = KEEP_EMPTY.has(child.tagName) || pruneEmpty(child);
    visible ||= kept;
    return kept;
  });
  return visible;
}

function linksTo(node: Element, url: string): boolean {
  const wanted = url.replace(/\/$/, '');
  const found = (n: Element): boolean =>
    (n.tagName === 'a' && String(n.properties.href ?? '').replace(/\/$/, '') === wanted) ||
    n.children.some((child) => child.type === 'element' && found(child));
  return found(node);
}

/**
 * A pasted embed blockquote as the styled quote: its text and links kept, its logo and empty boxes gone, and a
 * link to the post added from its `cite` when it has none (TikTok's quote links only to the author).
 */
export function styleSocialQuote(node: Element, kind: SocialKind): void {
  node.properties.className = ['embed-quote', `embed-${kind}`];
  pruneEmpty(node);
  const cite = typeof node.properties.cite === 'string' ? node.properties.cite : '';
  if (cite && socialKindOf(cite) && !linksTo(node, cite)) node.children.push(sourceLink(cite));
}
