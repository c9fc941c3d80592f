/**
 * WordPress shortcodes left in exported bodies. `[caption]` becomes a figure, `[embed]` a bare URL (which the
 * embed step turns into a player), `[video]` and `[audio]` players (media-shortcodes.ts); `[[name]]`, WordPress's
 * way of writing a shortcode as text, shows `[name]` (and `[[x]…[/x]]` shows `[x]…[/x]`). Every other shortcode is removed (its inner text kept) and
 * reported, so the site owner can see what each post lost. Tags are found by linear scans (see scan.ts);
 * their attributes are read with WordPress's own grammar (@wordpress/shortcode).
 */
import { esc, mediaShortcodeHtml, shortcodeAttributes, type MediaShortcode } from './media-shortcodes';
import { finder, isSpace, nextIndexTable } from './scan';

/** Shortcodes WordPress core and common plugins register; bare (`[gallery]`) ones are removed too. */
const KNOWN = new Set([
  'audio', 'video', 'playlist', 'gallery', 'embed', 'caption', 'wp_caption',
  'contact-form', 'contact-form-7', 'wpforms', 'ninja_form', 'gravityform', 'formidable', 'mc4wp_form',
  'jetpack_subscription_form', 'recent-posts', 'toc', 'ad', 'adsense', 'googlemaps', 'soundcloud', 'spotify',
]);
const PLUGIN_PREFIX = /^(vc_|et_pb_|su_|fusion_|av_|tie_|cs_|mk_|rev_slider|layerslider|fb_)/;



const isStop = (c: number) => c === 41 || isSpace(c); // `)` or whitespace: where `[^)\s]+` ends

/**
 * Every `![alt](src …)` of `text` (with `linked`, every `[![alt](src …)](href …)`), found as a global regex
 * `(\[)?!\[([^\]]*)\]\(([^)\s]+)[^)]*\)` (and its linked form) would find them, but with each "next `]`" and
 * "next `)`" looked up in a table, so no attempt reads ahead more than once.
 */
function replaceMedia(text: string, linked: boolean, toHtml: (alt: string, src: string, href?: string) => string): string {
  const opener = linked ? '[![' : '![';
  if (!text.includes(opener)) return text;
  const bracket = nextIndexTable(text, (c) => c === 93);
  const paren = nextIndexTable(text, (c) => c === 41);
  const stop = nextIndexTable(text, isStop);
  // `(url …)` from the `(` at `open`: the URL, and the index after the `)`; null when it does not close.
  const target = (open: number): { url: string; end: number } | null => {
    if (text[open] !== '(') return null;
    const urlEnd = stop[open + 1]!;
    const close = urlEnd > open + 1 ? paren[urlEnd]! : -1;
    return close === -1 ? null : { url: text.slice(open + 1, urlEnd), end: close + 1 };
  };
  let out = '';
  let copied = 0;
  for (let at = text.indexOf(opener); at !== -1; at = text.indexOf(opener, at + 1)) {
    const altEnd = bracket[at + opener.length]!;
    const image = altEnd === -1 ? null : target(altEnd + 1);
    const link = linked && image && text[image.end] === ']' ? target(image.end + 1) : null;
    if (!image || (linked && !link)) continue;
    out += text.slice(copied, at) + toHtml(text.slice(at + opener.length, altEnd), image.url, link?.url);
    copied = link?.end ?? image.end;
    at = copied - 1;
  }
  return out + text.slice(copied);
}

// `[<img …>](href)`: a Markdown link around a raw image, as the exporter writes a linked image.
const LINKED_RAW_IMAGE = /^\[(<img\b[^>]*>)\]\(([^)\s]+)\)/i;

/** `[![alt](src)](href)`, `![alt](src)` and a leading `[<img>](href)` inside a caption, as HTML (the figure is an HTML block). */
function markdownMediaToHtml(text: string): string {
  const img = (alt: string, src: string) => `<img src="${esc(src)}" alt="${esc(alt)}">`;
  const linked = replaceMedia(text, true, (alt, src, href) => `<a href="${esc(href!)}">${img(alt, src)}</a>`);
  return replaceMedia(linked, false, img).replace(LINKED_RAW_IMAGE, (_, image: string, href: string) => `<a href="${esc(href)}">${image}</a>`);
}

function captionToFigure(attrs: string, inner: string): string {
  const content = markdownMediaToHtml(inner.trim());
  const attributes = shortcodeAttributes(attrs);
  // The media is the leading <a><img></a> or <img>; the rest (or the caption="" attribute) is the caption.
  const media = /^(?:<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>)/i.exec(content);
  const mediaHtml = media ? media[0] : '';
  const captionText = attributes.caption ?? (media ? content.slice(mediaHtml.length) : content).trim();
  const align = attributes.align;
  const alignClass = align && /^align(left|right|center|none)$/.test(align) ? ` ${align}` : '';
  // Blank lines around the caption text let Markdown in it (links, emphasis) be parsed inside the figure.
  const figcaption = captionText ? `<figcaption>\n\n${captionText}\n\n</figcaption>` : '';
  return `\n\n<figure class="wp-caption${alignClass}">${mediaHtml}${figcaption}</figure>\n\n`;
}

export interface ShortcodeResult {
  text: string;
  removed: string[];
}

// `[caption …]…[/caption]` (or `wp_caption`) and `[embed …]URL[/embed]`.
const CAPTION_START = /\[(?:wp_)?caption/g;
const CAPTION_END = /\[\/(?:wp_)?caption\]/g;
const EMBED_START = /\[embed/g;
const EMBED_END = /\[\/embed\]/g;
const SPACE = /\s/g;
const NOT_SPACE = /\S/g;
const CLOSING_BRACKET = /\]/g;

/**
 * Each `[caption attrs]inner[/caption]`, as `/\[(?:wp_)?caption([^\]]*)\]([\s\S]*?)\[\/(?:wp_)?caption\]/g` finds
 * them. That regex reads to the end of the body for every caption left open; here, once no `]` or no closing
 * tag is left after an opening, none is left after any later one either, and the search stops.
 */
function replaceCaptions(text: string): string {
  const bracket = finder(text, CLOSING_BRACKET);
  const end = finder(text, CAPTION_END);
  let out = '';
  let copied = 0;
  for (;;) {
    CAPTION_START.lastIndex = copied;
    const open = CAPTION_START.exec(text);
    const attrsEnd = open ? bracket(CAPTION_START.lastIndex) : -1;
    const close = attrsEnd === -1 ? -1 : end(attrsEnd + 1);
    if (!open || close === -1) break;
    out += text.slice(copied, open.index) + captionToFigure(text.slice(CAPTION_START.lastIndex, attrsEnd), text.slice(attrsEnd + 1, close));
    copied = close + (text.startsWith('[/wp_', close) ? '[/wp_caption]' : '[/caption]').length;
  }
  return out + text.slice(copied);
}

/**
 * Each `[embed …]URL[/embed]` as the URL alone between blank lines, as
 * `/\[embed[^\]]*\]\s*(\S+?)\s*\[\/embed\]/g` finds them: the URL runs from the first non-blank after the
 * opening to the first `[/embed]`, and has no whitespace but at its end.
 */
function replaceEmbeds(text: string): string {
  const bracket = finder(text, CLOSING_BRACKET);
  const urlStart = finder(text, NOT_SPACE);
  const end = finder(text, EMBED_END);
  const space = finder(text, SPACE);
  const notSpace = finder(text, NOT_SPACE);
  let out = '';
  let copied = 0;
  for (let from = 0; ; ) {
    EMBED_START.lastIndex = from;
    const open = EMBED_START.exec(text);
    const tagEnd = open ? bracket(EMBED_START.lastIndex) : -1;
    const url = tagEnd === -1 ? -1 : urlStart(tagEnd + 1);
    const close = url === -1 ? -1 : end(url + 1);
    if (!open || close === -1) break;
    const blank = space(url);
    // (`notSpace` is asked only when `blank` is before `close`: `blank` never decreases, so neither does its argument.)
    if (blank === -1 || blank >= close || notSpace(blank) >= close) {
      out += `${text.slice(copied, open.index)}\n\n${text.slice(url, blank === -1 ? close : Math.min(blank, close))}\n\n`;
      from = copied = close + '[/embed]'.length;
    } else {
      from = open.index + 1;
    }
  }
  return out + text.slice(copied);
}

// `[name attrs]`, not a Markdown link (`[x](`), reference (`[x][y]`, `[x]:`), image (`![x]`) or footnote.
// Shortcode names are case-sensitive and lower case: `[Update: …]` and `[Video]` are prose.
const NAME = /[a-z][a-z0-9_-]*/y;
// `key="value"`, `key=value` or a leading quoted value (`[embed "…"]`).
const ATTRIBUTES = /^\s+(?:[\w-]+\s*=|["'])/;

interface Tag {
  start: number;
  end: number;
  slash: string;
  name: string;
  attrs: string;
}

/**
 * Each `[name attrs]` and `[/name]`, as `/(?<![!\]\\])\[(\/?)([a-z][a-z0-9_-]*)((?:\s[^\]\n]*)?)\](?![([:])/g` finds
 * them; the attributes end at the next `]` or line break, looked up once for all the tags on a line.
 */
function* shortcodeTags(text: string): Generator<Tag> {
  const bracket = finder(text, CLOSING_BRACKET);
  const newline = finder(text, /\n/g);
  for (let at = text.indexOf('['); at !== -1; at = text.indexOf('[', at + 1)) {
    if (at > 0 && '!]\\'.includes(text[at - 1]!)) continue;
    const slash = text[at + 1] === '/' ? '/' : '';
    NAME.lastIndex = at + 1 + slash.length;
    const name = NAME.exec(text)?.[0];
    if (!name) continue;
    let close = NAME.lastIndex;
    if (text[close] !== ']') {
      if (!isSpace(text.charCodeAt(close))) continue;
      const lineEnd = newline(close + 1);
      close = bracket(close + 1);
      if (close === -1 || (lineEnd !== -1 && lineEnd < close)) continue;
    }
    // (`[x][/x]` is an empty shortcode, `[x][y]` a reference link.)
    const after = text[close + 1];
    if (after === '(' || after === ':' || (after === '[' && text[close + 2] !== '/')) continue;
    yield { start: at, end: close + 1, slash, name, attrs: text.slice(NAME.lastIndex, close) };
    at = close;
  }
}

const MEDIA_SHORTCODES = new Set<string>(['video', 'audio']);
const isMediaShortcode = (name: string): name is MediaShortcode => MEDIA_SHORTCODES.has(name);

export function replaceShortcodes(markdown: string): ShortcodeResult {
  if (!markdown.includes('[')) return { text: markdown, removed: [] };
  const removed = new Set<string>(); // (in order of first removal)
  const text = replaceEmbeds(replaceCaptions(markdown));

  // Names that appear with a closing tag are shortcodes even when unknown (`[su_box]…[/su_box]`).
  const closed = new Set([...text.matchAll(/\[\/([a-z][a-z0-9_-]*)\]/g)].map((m) => m[1]!));
  // Where each media shortcode's closing tag is next (asked from ever later tags: each finder reads the text once).
  const mediaEnd = { video: finder(text, /\[\/video\]/g), audio: finder(text, /\[\/audio\]/g) };
  // Where each name's escaped closing tags (`[/name]]`) are, found in one read of the text, and how far each
  // name's list has been passed (tags are met in order, so each list is walked once).
  const escapedCloses = new Map<string, { at: number[]; next: number }>();
  for (const m of text.matchAll(/\[\/([a-z][a-z0-9_-]*)\]\]/g)) {
    const closes = escapedCloses.get(m[1]!) ?? { at: [], next: 0 };
    closes.at.push(m.index);
    escapedCloses.set(m[1]!, closes);
  }
  const escapedEnd = (name: string) => (from: number): number => {
    const closes = escapedCloses.get(name);
    if (!closes) return -1;
    while (closes.next < closes.at.length && closes.at[closes.next]! < from) closes.next++;
    return closes.at[closes.next] ?? -1;
  };
  let out = '';
  let copied = 0;
  for (const { start, end, slash, name, attrs } of shortcodeTags(text)) {
    if (start < copied) continue; // inside a media shortcode's content, which went with it
    const isShortcode = KNOWN.has(name) || PLUGIN_PREFIX.test(name) || closed.has(name) || (!slash && ATTRIBUTES.test(attrs));
    if (!isShortcode) continue;
    // `[[gallery]]`: WordPress shows the shortcode itself, less one pair of brackets.
    if (text[start - 1] === '[' && text[end] === ']') {
      out += text.slice(copied, start - 1) + text.slice(start, end);
      copied = end + 1;
      continue;
    }
    // `[[box]…[/box]]`, the enclosing form: the whole of it, content and closing tag, less the outer brackets.
    if (text[start - 1] === '[' && !slash) {
      const close = escapedEnd(name)(end);
      if (close !== -1) {
        const closeEnd = close + `[/${name}]`.length;
        out += text.slice(copied, start - 1) + text.slice(start, closeEnd);
        copied = closeEnd + 1;
        continue;
      }
    }
    if (!slash && isMediaShortcode(name)) {
      // WordPress's grammar: the content runs to the first closing tag, if there is one.
      const close = mediaEnd[name](end);
      const html = mediaShortcodeHtml(name, attrs, close === -1 ? '' : text.slice(end, close));
      if (html !== null) {
        out += text.slice(copied, start) + html;
        copied = close === -1 ? end : close + `[/${name}]`.length;
        continue;
      }
    }
    if (!slash) removed.add(name);
    out += text.slice(copied, start);
    copied = end;
  }
  return { text: out + text.slice(copied), removed: [...removed] };
}
