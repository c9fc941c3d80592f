/**
 * Transforms that run after sanitising, on a tree that holds nothing executable any more. What they add
 * (iframe players, classes, rel) is built here from parsed values, never copied from the export.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { classesOf, coverImageFromStyle, embedBlockUrl } from './blocks';
import { isAllowedUrl, isMediaElement, normalizeMedia, srcsetValue } from './media';
import { quoteKindOf, socialKindOf, socialPostOfIframe, socialQuote, styleSocialQuote } from './social-embeds';

/** Removes `nodes` from their parents, one pass over each parent's children (a splice per node is quadratic). */
function removeAll(removals: Map<Root | Element, Set<ElementContent>>) {
  for (const [parent, nodes] of removals) parent.children = parent.children.filter((child) => !nodes.has(child as ElementContent)) as typeof parent.children;
}

function markRemoved(removals: Map<Root | Element, Set<ElementContent>>, parent: Root | Element, node: ElementContent) {
  let nodes = removals.get(parent);
  if (!nodes) removals.set(parent, (nodes = new Set()));
  nodes.add(node);
}

const lowerCaseScheme = (value: string) => value.replace(/^\s*[a-z][a-z0-9+.-]*:/i, (scheme) => scheme.trim().toLowerCase());

/**
 * Runs before sanitising: `HTTPS://x` and `target="_BLANK"` are valid but the allowlist compares them in lower
 * case only, and would drop them. (`JaVaScRiPt:` lowers to `javascript:` and is still refused.) A cover block's
 * image, which only its `style` names, becomes an `<img>` (see blocks.ts) the sanitiser checks like the others.
 */
export function rehypeBeforeSanitizing() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const p = node.properties;
      // (The allowlist reads a `srcset` as one URL: its first candidate's scheme. rehypeImages checks each.)
      for (const key of ['href', 'src', 'poster', 'srcSet'] as const) {
        const value = p[key];
        if (typeof value === 'string') p[key] = lowerCaseScheme(value);
      }
      if (typeof p.target === 'string') p.target = p.target.toLowerCase();
      if (node.tagName === 'div') coverImageFromStyle(node);
    });
  };
}

/**
 * The sanitiser prefixes every id and name with `user-content-` (so a post cannot shadow page globals), which
 * breaks in-page links: a table of contents' `#part1`, `<a name="top">`, footnotes. Links to a fragment that
 * only exists prefixed are pointed at it.
 */
export function rehypeFixFragmentLinks() {
  const PREFIX = 'user-content-';
  return (tree: Root) => {
    const targets = new Set<string>();
    visit(tree, 'element', (node) => {
      for (const key of ['id', 'name'] as const) {
        const value = node.properties[key];
        if (typeof value === 'string' && value.startsWith(PREFIX)) targets.add(value);
      }
    });
    if (targets.size === 0) return;
    visit(tree, 'element', (node) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href !== 'string' || !href.startsWith('#')) return;
      let fragment = href.slice(1);
      try {
        fragment = decodeURIComponent(fragment);
      } catch {
        // keep as written
      }
      if (targets.has(PREFIX + fragment)) node.properties.href = `#${PREFIX}${fragment}`;
    });
  };
}

const MORE_ID = 'wp-more-break';
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * `<!--more-->`, WordPress's excerpt break, is an HTML comment, and the sanitiser drops every comment. Before
 * sanitising, it becomes an empty marker element that survives (as `user-content-wp-more-break`).
 */
export function rehypeMarkMoreBreak() {
  return (tree: Root) => {
    visit(tree, 'comment', (node, index, parent) => {
      if (!parent || index === undefined || !/^\s*more\b/i.test(node.value)) return;
      parent.children[index] = h('span', { id: MORE_ID });
      return SKIP;
    });
  };
}

/**
 * Plain text of the body (for excerpts and reading time), taken before anchors and players are added, and
 * the text before the excerpt break (`file.data.excerptText`). Removes the break marker.
 */
export function rehypeCaptureText() {
  return (tree: Root, file: VFile) => {
    let marker: { parent: Root | Element; index: number } | undefined;
    visit(tree, 'element', (node, index, parent) => {
      if (!marker && parent && index !== undefined && String(node.properties.id ?? '').endsWith(MORE_ID)) {
        marker = { parent: parent as Root | Element, index };
      }
    });
    if (marker) {
      const { parent, index } = marker;
      // The text before the break: everything up to the marker, in document order.
      const before: string[] = [];
      let done = false;
      visit(tree, (node) => {
        if (done) return false;
        if (node === parent.children[index]) {
          done = true;
          return false;
        }
        if (node.type === 'text') before.push(node.value);
        return undefined;
      });
      parent.children.splice(index, 1);
      file.data.excerptText = collapse(before.join(''));
    }
    file.data.text = collapse(toText(tree));
  };
}

// ---------------------------------------------------------------------------------------------- embeds

interface Player {
  src: string;
  title: string;
}

/** `42`, `42s`, `1m30s`, `1h2m3s` -> seconds; anything else -> 0. */
function startSeconds(value: string | null): number {
  const m = value ? /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value) : null;
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) : 0;
}

/** The privacy-friendly player for a YouTube or Vimeo URL, or null for anything else. */
function playerFor(url: string): Player | null {
  let parsed: URL;
  try {
    // Protocol-relative `//www.youtube.com/embed/…` was YouTube's own embed code for years.
    parsed = new URL(url.trim(), 'https://relative.invalid');
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase().replace(/^(www|m)\./, '');
  let youtubeId: string | null = null;
  if (host === 'youtu.be') youtubeId = parsed.pathname.slice(1);
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    youtubeId = parsed.searchParams.get('v') ?? /^\/(?:embed|shorts|v|live)\/([^/?#]+)/.exec(parsed.pathname)?.[1] ?? null;
  }
  if (youtubeId !== null) {
    if (!/^[\w-]{11}$/.test(youtubeId)) return null;
    const start = startSeconds(parsed.searchParams.get('start') ?? parsed.searchParams.get('t'));
    const query = start ? `?start=${start}` : '';
    return { src: `https://www.youtube-nocookie.com/embed/${youtubeId}${query}`, title: 'YouTube video' };
  }
  const vimeoId =
    host === 'vimeo.com' ? /^\/(\d+)\/?$/.exec(parsed.pathname)?.[1] : host === 'player.vimeo.com' ? /^\/video\/(\d+)/.exec(parsed.pathname)?.[1] : undefined;
  return vimeoId ? { src: `https://player.vimeo.com/video/${vimeoId}?dnt=1`, title: 'Vimeo video' } : null;
}

function playerElement(player: Player, title?: string): Element {
  return h('div', { className: ['embed', 'embed-video'] }, [
    h('iframe', {
      src: player.src,
      title: title?.trim() || player.title,
      loading: 'lazy',
      allow: 'accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen',
      allowFullScreen: true,
      referrerPolicy: 'strict-origin-when-cross-origin',
    }),
  ]);
}

/** The one element of a paragraph that holds nothing else but whitespace. */
function onlyElement(paragraph: Element): Element | null {
  const content = paragraph.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const [only] = content;
  return content.length === 1 && only?.type === 'element' ? only : null;
}

/** The only link of a paragraph whose text is its own URL: a URL alone on a line, as WordPress auto-embeds. */
function bareLink(paragraph: Element): string | null {
  const only = onlyElement(paragraph);
  if (only?.tagName !== 'a') return null;
  const href = String(only.properties.href ?? '');
  return toText(only).trim().replace(/\/$/, '') === href.replace(/\/$/, '') ? href : null;
}

/** What WordPress would embed for a URL: a player, a styled quote for a social post, else null. */
function embedFor(url: string, title?: string): Element | null {
  const player = playerFor(url);
  if (player) return playerElement(player, title);
  const kind = socialKindOf(url);
  return kind ? socialQuote(kind, url.trim()) : null;
}

/** An iframe's embed: a player, a quote for a social post's iframe (Facebook's, Instagram's, X's), else null. */
function iframeEmbed(iframe: Element): Element | null {
  const src = String(iframe.properties.src ?? '');
  const player = playerFor(src);
  if (player) return playerElement(player, String(iframe.properties.title ?? ''));
  const post = socialPostOfIframe(src);
  return post ? socialQuote(post.kind, post.url) : null;
}

/**
 * YouTube and Vimeo become lazy youtube-nocookie / dnt players (from a URL alone on a line, an oEmbed iframe
 * or an embed block); posts of X, Instagram, TikTok and Facebook become styled quotes with their link (from
 * their embed code's blockquote, a URL alone on a line, an iframe or an embed block: see social-embeds.ts);
 * other iframes are removed; an embed block of any other URL shows it as a link.
 */
export function rehypeEmbeds() {
  return (tree: Root) => {
    const removals = new Map<Root | Element, Set<ElementContent>>();
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.tagName === 'p') {
        // A URL alone on a line, or an oEmbed iframe alone in its paragraph (a <div> may not sit in a <p>).
        const only = onlyElement(node);
        const iframe = only?.tagName === 'iframe' ? only : null;
        const href = iframe ? null : bareLink(node);
        const embed = iframe ? iframeEmbed(iframe) : href ? embedFor(href) : null;
        if (embed) parent.children[index] = embed;
        return embed ? SKIP : undefined;
      }
      if (node.tagName === 'iframe') {
        const embed = iframeEmbed(node);
        if (embed) parent.children[index] = embed;
        else markRemoved(removals, parent as Root | Element, node);
        return SKIP;
      }
      const blockUrl = embedBlockUrl(node);
      if (blockUrl !== null) {
        node.children = [embedFor(blockUrl) ?? h('p', [h('a', { href: blockUrl }, blockUrl)])];
        return SKIP;
      }
      if (node.tagName === 'blockquote') {
        const kind = quoteKindOf(classesOf(node));
        if (kind) styleSocialQuote(node, kind);
        return kind ? SKIP : undefined;
      }
      return undefined;
    });
    removeAll(removals);
  };
}

/** A caption's text is parsed as Markdown (links, emphasis) and so arrives as one paragraph: unwrap it. */
export function rehypeFigcaptionText() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'figcaption') return;
      const only = onlyElement(node);
      if (only?.tagName === 'p') node.children = only.children;
    });
  };
}

// ---------------------------------------------------------------------------------------------- forms

/**
 * The allowlist keeps `<input>` for GFM task lists (`- [x] done`), and so also keeps the inputs of a spam
 * `<form>` (as disabled checkboxes). Only inputs inside a task-list item stay.
 */
export function rehypeTaskListInputsOnly() {
  return (tree: Root) => {
    // Inputs inside a task-list item, found from the items down (not by asking every input for all its
    // ancestors: a deep tree of inputs would make that quadratic).
    const kept = new Set<Element>();
    visit(tree, 'element', (item) => {
      if (item.tagName !== 'li' || !classesOf(item).includes('task-list-item')) return undefined;
      visit(item, 'element', (node) => {
        if (node.tagName === 'input') kept.add(node);
      });
      return SKIP; // (a nested task list is inside this item: its inputs were just kept)
    });
    const removals = new Map<Root | Element, Set<ElementContent>>();
    visit(tree, 'element', (node, _, parent) => {
      if (node.tagName === 'input' && parent && !kept.has(node)) markRemoved(removals, parent as Root | Element, node);
    });
    removeAll(removals);
  };
}

// ---------------------------------------------------------------------------------------------- images

const ALIGN = new Set(['left', 'right', 'center']);
// Counters old posts carry (FeedBurner, WordPress.com stats, analytics): they would report every reader.
const TRACKERS = /^(?:https?:)?\/\/(?:feeds\.feedburner\.com\/~r\/|feeds\.wordpress\.com\/|stats\.wordpress\.com\/|pixel\.wp\.com\/|www\.google-analytics\.com\/|pixel\.quantserve\.com\/|b\.scorecardresearch\.com\/)/i;
const isTracker = (url: unknown) => typeof url === 'string' && TRACKERS.test(url.trim());
const isOnePixel = ({ properties: { width, height } }: Element) => String(width) === '1' && String(height) === '1';

/**
 * The image candidates of a `srcset` (`url [descriptor], …`), each as written: the URL runs to the next
 * whitespace (less trailing commas), its descriptors to the next comma outside parentheses, as the HTML
 * standard's srcset parser reads them. One pass, whatever the value.
 */
function srcsetCandidates(srcset: string): { url: string; text: string }[] {
  const candidates: { url: string; text: string }[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && (/\s/.test(srcset[i]!) || srcset[i] === ',')) i++;
    const start = i;
    while (i < srcset.length && !/\s/.test(srcset[i]!)) i++;
    let url = srcset.slice(start, i);
    if (!url) break;
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      for (let depth = 0; i < srcset.length && (srcset[i] !== ',' || depth > 0); i++) {
        if (srcset[i] === '(') depth++;
        else if (srcset[i] === ')' && depth > 0) depth--;
      }
    }
    candidates.push({ url, text: srcset.slice(start, i).replace(/[\s,]+$/, '') });
  }
  return candidates;
}

/**
 * Drops the candidates of an element's `srcset` that are trackers or whose URL the sanitiser would refuse as a
 * `src` (it sees the whole `srcset` as one string), removing the attribute when none is left. Whether it had
 * any candidate left.
 */
function keepRealCandidates(node: Element): boolean {
  const value = srcsetValue(node.properties.srcSet);
  if (value === null) return false;
  const candidates = srcsetCandidates(value);
  const real = candidates.filter((candidate) => isAllowedUrl(candidate.url) && !isTracker(candidate.url));
  if (real.length === 0) delete node.properties.srcSet;
  else if (real.length < candidates.length) node.properties.srcSet = real.map((candidate) => candidate.text).join(', ');
  return real.length > 0;
}

/**
 * A counter image: 1×1, or from a known tracker. An `<img>` (or a `<picture>`'s `<source>`) goes when its
 * `src` is a tracker or it has nothing but tracker candidates; tracker candidates of a `srcset` go in any case.
 */
function isTrackingImage(node: Element): boolean {
  if (isOnePixel(node)) return true;
  const { src } = node.properties;
  const hadSrcset = node.properties.srcSet !== undefined && node.properties.srcSet !== null;
  const realSrcset = keepRealCandidates(node);
  const hasSrc = typeof src === 'string' && src.trim() !== '';
  if (hasSrc && isTracker(src)) return true;
  return !hasSrc && hadSrcset && !realSrcset;
}

/**
 * Counter images go: `<img>` and `<source>` that are trackers (see isTrackingImage), then every `<picture>`
 * left without an `<img>`, which a browser would show nothing of.
 */
function removeTrackers(tree: Root) {
  const removals = new Map<Root | Element, Set<ElementContent>>();
  const pictures: { picture: Element; parent: Root | Element }[] = [];
  visit(tree, 'element', (node, _, parent) => {
    if (!parent) return;
    if (node.tagName === 'picture') pictures.push({ picture: node, parent: parent as Root | Element });
    if ((node.tagName === 'img' || node.tagName === 'source') && isTrackingImage(node)) markRemoved(removals, parent as Root | Element, node);
  });
  removeAll(removals);
  const empty = new Map<Root | Element, Set<ElementContent>>();
  for (const { picture, parent } of pictures) {
    let hasImage = false;
    visit(picture, 'element', (node) => {
      hasImage ||= node.tagName === 'img';
    });
    if (!hasImage) markRemoved(empty, parent, picture);
  }
  removeAll(empty);
}

/**
 * Every image gets an alt (empty when the export has none), lazy loading and async decoding; dimensions from
 * WordPress's `-300x229` file names, so the page does not shift; legacy `align` becomes a class and
 * `hspace`/`vspace`/`border` go. Counter images go first (removeTrackers). Every `<video>` and `<audio>` gets
 * controls, no sound by itself and little preloading (media.ts); one with nothing left to play goes.
 */
export function rehypeImages() {
  return (tree: Root) => {
    removeTrackers(tree);
    const unplayable = new Map<Root | Element, Set<ElementContent>>();
    visit(tree, 'element', (node, _, parent) => {
      // (The sanitiser leaves `class=""` where it refused every class.)
      if (Array.isArray(node.properties.className) && node.properties.className.length === 0) delete node.properties.className;
      if (isMediaElement(node) && !normalizeMedia(node) && parent) markRemoved(unplayable, parent as Root | Element, node);
      if (node.tagName !== 'img') return;
      const p = node.properties;
      p.alt ??= '';
      p.loading = 'lazy';
      p.decoding = 'async';
      if (p.width === undefined && p.height === undefined) {
        const size = /-(\d{2,4})x(\d{2,4})\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.exec(String(p.src ?? ''));
        if (size) [p.width, p.height] = [Number(size[1]), Number(size[2])];
      }
      const align = String(p.align ?? '').toLowerCase();
      // (Classes the allowlist kept, WordPress's own: `alignright`, a cover's background image.)
      const kept = classesOf(node).filter((c) => !c.startsWith('align-'));
      const all = ALIGN.has(align) ? [...kept, `align-${align}`] : kept;
      p.className = all.length > 0 ? all : undefined;
      delete p.align;
      delete p.hSpace;
      delete p.vSpace;
      delete p.border;
    });
    removeAll(unplayable);
  };
}

// ---------------------------------------------------------------------------------------------- links

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Elements whose `src` is media the page loads (an iframe's is a player's, never the old site's). */
const MEDIA_SOURCES = new Set(['img', 'video', 'audio', 'source', 'track']);

/**
 * Links and images pointing at the old site's own domain (http or https, with or without www, and under its
 * base path if it has one) become root-relative; root-relative link targets are collected (`file.data.internalLinks`) so the build can name
 * the ones that lead nowhere; links opening a new window get `rel="noopener noreferrer"`.
 */
export function rehypeLinks(options: { siteUrl?: string }) {
  const site = options.siteUrl ? new URL(options.siteUrl) : null;
  const host = site ? site.host.replace(/^www\./i, '') : null;
  // A site under a path (`https://example.com/blog`) loses it, as its permalinks do (core/urls.ts ownSitePath).
  const base = site ? site.pathname.replace(/\/+$/, '') : '';
  const basePart = base ? `(?:${escapeRegExp(base)}(?=[/?#]|$))?` : '';
  const ownOrigin = host ? new RegExp(`^(?:https?:)?//(?:www\\.)?${escapeRegExp(host)}${basePart}(?=[/?#]|$)`, 'i') : null;
  const relative = (url: unknown) => {
    const value = String(url ?? '');
    // (`https://example.com//evil.example/` must not become `//evil.example/`: another host.)
    return ownOrigin?.test(value) ? value.replace(ownOrigin, '').replace(/^[/\\]{2,}/, '/') || '/' : value;
  };
  return (tree: Root, file: VFile) => {
    const internal = new Set<string>();
    visit(tree, 'element', (node) => {
      const p = node.properties;
      if (MEDIA_SOURCES.has(node.tagName) && p.src !== undefined) p.src = relative(p.src);
      if (node.tagName === 'video' && p.poster !== undefined) p.poster = relative(p.poster);
      const srcset = node.tagName === 'img' || node.tagName === 'source' ? srcsetValue(p.srcSet) : null;
      if (srcset !== null) {
        p.srcSet = srcsetCandidates(srcset)
          .map(({ url, text }) => `${relative(url)}${text.slice(url.length)}`)
          .join(', ');
      }
      if (node.tagName !== 'a' || p.href === undefined) return;
      p.href = relative(p.href);
      const href = String(p.href);
      // (`[\s\S]`: with `.*$`, an href holding a line break would be searched from each `?` and `#` anew.)
      if (href.startsWith('/') && !href.startsWith('//')) internal.add(href.replace(/[?#][\s\S]*$/, '') || '/');
      if (p.target === '_blank') p.rel = ['noopener', 'noreferrer'];
      else delete p.target;
    });
    file.data.internalLinks = [...internal];
  };
}

/** The image URLs of an element (`src`, each `srcset` candidate, a video's `poster`). */
function imageUrlsOf(node: Element): string[] {
  const p = node.properties;
  const urls: string[] = [];
  if (node.tagName === 'img' && typeof p.src === 'string') urls.push(p.src);
  const srcset = node.tagName === 'img' || node.tagName === 'source' ? srcsetValue(p.srcSet) : null;
  if (srcset !== null) urls.push(...srcsetCandidates(srcset).map((c) => c.url));
  if (node.tagName === 'video' && typeof p.poster === 'string') urls.push(p.poster);
  return urls;
}

/**
 * Collects the body's images still fetched over plain http (`file.data.insecureImages`), after the site's own
 * domain was made relative: the Content-Security-Policy allows `http:` images only for an export that has them.
 */
export function rehypeInsecureImages() {
  return (tree: Root, file: VFile) => {
    const insecure = new Set<string>();
    visit(tree, 'element', (node) => {
      for (const url of imageUrlsOf(node)) if (/^\s*http:/i.test(url)) insecure.add(url.trim());
    });
    file.data.insecureImages = [...insecure];
  };
}

// ---------------------------------------------------------------------------------------------- headings

/** The page's title is its only `<h1>`: when a body has `#` headings, every body heading moves down a level. */
export function rehypeDemoteHeadings() {
  return (tree: Root) => {
    let hasH1 = false;
    visit(tree, 'element', (node) => {
      if (node.tagName === 'h1') hasH1 = true;
    });
    if (!hasH1) return;
    visit(tree, 'element', (node) => {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level) node.tagName = `h${Math.min(6, Number(level) + 1)}`;
    });
  };
}

export const headingAnchor: ElementContent = { type: 'text', value: '#' };

/**
 * Heading ids are added after sanitising, so they miss its `user-content-` prefix. An element id also names a
 * global in the browser: a heading "__next_f" would shadow the variable Next.js's inline scripts push to and
 * break the page. Ids starting with an underscore (what scripts' own globals look like) get a prefix; an empty
 * heading gets none.
 */
export function rehypeSafeHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (!/^h[1-6]$/.test(node.tagName)) return;
      // An empty heading has an empty slug: `id=""` is not valid HTML, and nothing could link to it.
      if (node.properties.id === '') delete node.properties.id;
      else if (String(node.properties.id ?? '').startsWith('_')) node.properties.id = `section-${String(node.properties.id)}`;
    });
  };
}

declare module 'vfile' {
  interface DataMap {
    excerptText: string;
    text: string;
    internalLinks: string[];
    insecureImages: string[];
  }
}
