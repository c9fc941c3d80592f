/**
 * `<video>` and `<audio>` as a reader gets them, whatever the export wrote: with controls, never playing by
 * themselves with sound (`autoplay` only with `muted`), and loading no more than their metadata until asked
 * (`preload="none"` or `"metadata"`). Runs after sanitising, on elements the allowlist kept.
 */
import type { Element } from 'hast';

const PRELOAD = new Set(['none', 'metadata']);

export function isMediaElement(node: Element): boolean {
  return node.tagName === 'video' || node.tagName === 'audio';
}

/**
 * Sees to a `<video>` or `<audio>` (see the module comment), dropping its `<source>`s and `<track>`s the
 * sanitiser left without a URL. Whether it still has anything to play.
 */
export function normalizeMedia(node: Element): boolean {
  node.children = node.children.filter((child) => child.type !== 'element' || !(child.tagName === 'source' || child.tagName === 'track') || typeof child.properties.src === 'string');
  const p = node.properties;
  p.controls = true;
  if (p.autoPlay && !p.muted) delete p.autoPlay;
  // iOS Safari would otherwise take a muted autoplaying video full screen.
  if (p.autoPlay && node.tagName === 'video') p.playsInline = true;
  const preload = String(p.preload ?? '').toLowerCase();
  p.preload = PRELOAD.has(preload) ? preload : node.tagName === 'video' ? 'metadata' : 'none';
  return typeof p.src === 'string' || node.children.some((child) => child.type === 'element' && child.tagName === 'source');
}

/** A `srcset` as one string, whichever form the tree holds it in (the HTML parser splits it at commas). */
export function srcsetValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}

/**
 * Whether a URL may be loaded, by the sanitiser's own rule for `src` (hast-util-sanitize's safeProtocol): no
 * scheme (a relative URL), or http(s). For each candidate of a `srcset`, which the sanitiser sees as one string.
 */
export function isAllowedUrl(url: string): boolean {
  const colon = url.indexOf(':');
  if (colon === -1) return true;
  const firstOf = (c: string) => {
    const at = url.indexOf(c);
    return at === -1 ? Infinity : at;
  };
  if (colon > Math.min(firstOf('/'), firstOf('?'), firstOf('#'))) return true; // not a scheme: a path, a query
  return /^https?$/i.test(url.slice(0, colon).trim());
}
