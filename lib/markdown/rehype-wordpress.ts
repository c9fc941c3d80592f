/**
 * Transforms that run after sanitising, on a tree that holds nothing executable any more. What they add
 * (iframe players, classes, rel) is built here from parsed values, never copied from the export.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';

const classes = (node: Element): string[] => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);

/**
 * Runs before sanitising: `HTTPS://x` and `target="_BLANK"` are valid but the allowlist compares them in lower
 * case only, and would drop them. (`JaVaScRiPt:` lowers to `javascript:` and is still refused.)
 */
export function rehypeLowerCaseSchemes() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      for (const key of ['href', 'src'] as const) {
        const value = node.properties[key];
        if (typeof value === 'string') node.properties[key] = value.replace(/^\s*[a-z][a-z0-9+.-]*:/i, (scheme) => scheme.trim().toLowerCase());
      }
      if (typeof node.properties.target === 'string') node.properties.target = node.properties.target.toLowerCase();
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
export function playerFor(url: string): Player | null {
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

const QUOTE_EMBEDS: Record<string, string> = { 'twitter-tweet': 'embed-tweet', 'instagram-media': 'embed-instagram' };

/**
 * YouTube and Vimeo become lazy youtube-nocookie / dnt players (from a URL alone on a line or an oEmbed
 * iframe); iframes from other hosts are removed; tweet and Instagram blockquotes become styled quotes.
 */
export function rehypeEmbeds() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.tagName === 'p') {
        // A URL alone on a line, or an oEmbed iframe alone in its paragraph (a <div> may not sit in a <p>).
        const only = onlyElement(node);
        const iframe = only?.tagName === 'iframe' ? only : null;
        const href = iframe ? String(iframe.properties.src ?? '') : bareLink(node);
        const player = href ? playerFor(href) : null;
        if (player) parent.children[index] = playerElement(player, iframe ? String(iframe.properties.title ?? '') : undefined);
        return player ? SKIP : undefined;
      }
      if (node.tagName === 'iframe') {
        const player = playerFor(String(node.properties.src ?? ''));
        if (player) parent.children[index] = playerElement(player, String(node.properties.title ?? ''));
        else parent.children.splice(index, 1);
        return [SKIP, player ? index + 1 : index];
      }
      if (node.tagName === 'blockquote') {
        const kind = classes(node).map((c) => QUOTE_EMBEDS[c]).find(Boolean);
        node.properties.className = kind ? ['embed-quote', kind] : undefined;
      }
      return undefined;
    });
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
    const stray: { parent: Root | Element; node: Element }[] = [];
    visitParents(tree, 'element', (node, ancestors) => {
      if (node.tagName !== 'input') return;
      const inTaskList = ancestors.some((a) => a.type === 'element' && a.tagName === 'li' && classes(a).includes('task-list-item'));
      if (!inTaskList) stray.push({ parent: ancestors.at(-1) as Root | Element, node });
    });
    for (const { parent, node } of stray) parent.children.splice(parent.children.indexOf(node), 1);
  };
}

// ---------------------------------------------------------------------------------------------- images

const ALIGN = new Set(['left', 'right', 'center']);
// Counters old posts carry (FeedBurner, WordPress.com stats, analytics): they would report every reader.
const TRACKERS = /^(?:https?:)?\/\/(?:feeds\.feedburner\.com\/~r\/|feeds\.wordpress\.com\/|stats\.wordpress\.com\/|pixel\.wp\.com\/|www\.google-analytics\.com\/|pixel\.quantserve\.com\/|b\.scorecardresearch\.com\/)/i;

/** A 1×1 counter image, or any image from a known tracker. */
function isTrackingPixel(img: Element): boolean {
  const { width, height, src } = img.properties;
  return (String(width) === '1' && String(height) === '1') || TRACKERS.test(String(src ?? ''));
}

/**
 * Every image gets an alt (empty when the export has none), lazy loading and async decoding; dimensions from
 * WordPress's `-300x229` file names, so the page does not shift; legacy `align` becomes a class and
 * `hspace`/`vspace`/`border` go.
 */
export function rehypeImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img') return;
      const p = node.properties;
      if (parent && index !== undefined && isTrackingPixel(node)) {
        parent.children.splice(index, 1);
        return index;
      }
      p.alt ??= '';
      p.loading = 'lazy';
      p.decoding = 'async';
      if (p.width === undefined && p.height === undefined) {
        const size = /-(\d{2,4})x(\d{2,4})\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.exec(String(p.src ?? ''));
        if (size) [p.width, p.height] = [Number(size[1]), Number(size[2])];
      }
      const align = String(p.align ?? '').toLowerCase();
      p.className = ALIGN.has(align) ? [`align-${align}`] : undefined;
      delete p.align;
      delete p.hSpace;
      delete p.vSpace;
      delete p.border;
    });
  };
}

// ---------------------------------------------------------------------------------------------- links

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Links and images pointing at the old site's own domain (http or https, with or without www) become
 * root-relative; root-relative link targets are collected (`file.data.internalLinks`) so the build can name
 * the ones that lead nowhere; links opening a new window get `rel="noopener noreferrer"`.
 */
export function rehypeLinks(options: { siteUrl?: string }) {
  const host = options.siteUrl ? new URL(options.siteUrl).host.replace(/^www\./i, '') : null;
  const ownOrigin = host ? new RegExp(`^(?:https?:)?//(?:www\\.)?${escapeRegExp(host)}(?=[/?#]|$)`, 'i') : null;
  const relative = (url: unknown) => {
    const value = String(url ?? '');
    return ownOrigin?.test(value) ? value.replace(ownOrigin, '') || '/' : value;
  };
  return (tree: Root, file: VFile) => {
    const internal = new Set<string>();
    visit(tree, 'element', (node) => {
      const p = node.properties;
      if (node.tagName === 'img' && p.src !== undefined) p.src = relative(p.src);
      if (node.tagName !== 'a' || p.href === undefined) return;
      p.href = relative(p.href);
      const href = String(p.href);
      if (href.startsWith('/') && !href.startsWith('//')) internal.add(href.replace(/[?#].*$/, '') || '/');
      if (p.target === '_blank') p.rel = ['noopener', 'noreferrer'];
      else delete p.target;
    });
    file.data.internalLinks = [...internal];
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
 * break the page. Ids starting with an underscore (what scripts' own globals look like) get a prefix.
 */
export function rehypeSafeHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (/^h[1-6]$/.test(node.tagName) && String(node.properties.id ?? '').startsWith('_')) {
        node.properties.id = `section-${String(node.properties.id)}`;
      }
    });
  };
}

declare module 'vfile' {
  interface DataMap {
    excerptText: string;
    text: string;
    internalLinks: string[];
  }
}
