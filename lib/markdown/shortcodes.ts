/**
 * WordPress shortcodes left in exported bodies. `[caption]` becomes a figure and `[embed]` a bare URL (which
 * the embed step turns into a player); every other shortcode is removed (its inner text kept) and reported,
 * so the site owner can see what each post lost.
 */

/** Shortcodes WordPress core and common plugins register; bare (`[gallery]`) ones are removed too. */
const KNOWN = new Set([
  'audio', 'video', 'playlist', 'gallery', 'embed', 'caption', 'wp_caption',
  'contact-form', 'contact-form-7', 'wpforms', 'ninja_form', 'gravityform', 'formidable', 'mc4wp_form',
  'jetpack_subscription_form', 'recent-posts', 'toc', 'ad', 'adsense', 'googlemaps', 'soundcloud', 'spotify',
]);
const PLUGIN_PREFIX = /^(vc_|et_pb_|su_|fusion_|av_|tie_|cs_|mk_|rev_slider|layerslider|fb_)/;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s\\]]+))`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

/** `[![alt](src)](href)` and `![alt](src)` inside a caption, as HTML (the figure is an HTML block). */
function markdownMediaToHtml(text: string): string {
  const img = (alt: string, src: string) => `<img src="${esc(src)}" alt="${esc(alt)}">`;
  return text
    .replace(/\[!\[([^\]]*)\]\(([^)\s]+)[^)]*\)\]\(([^)\s]+)[^)]*\)/g, (_, alt, src, href) => `<a href="${esc(href)}">${img(alt, src)}</a>`)
    .replace(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, (_, alt, src) => img(alt, src));
}

function captionToFigure(attrs: string, inner: string): string {
  const content = markdownMediaToHtml(inner.trim());
  // The media is the leading <a><img></a> or <img>; the rest (or the caption="" attribute) is the caption.
  const media = /^(?:<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>)/i.exec(content);
  const mediaHtml = media ? media[0] : '';
  const captionText = attribute(attrs, 'caption') ?? (media ? content.slice(mediaHtml.length) : content).trim();
  const align = attribute(attrs, 'align');
  const alignClass = align && /^align(left|right|center|none)$/.test(align) ? ` ${align}` : '';
  // Blank lines around the caption text let Markdown in it (links, emphasis) be parsed inside the figure.
  const figcaption = captionText ? `<figcaption>\n\n${captionText}\n\n</figcaption>` : '';
  return `\n\n<figure class="wp-caption${alignClass}">${mediaHtml}${figcaption}</figure>\n\n`;
}

export interface ShortcodeResult {
  text: string;
  removed: string[];
}

// `[name attrs]`, not a Markdown link (`[x](`), reference (`[x][`, `[x]:`), image (`![x]`) or footnote.
// Shortcode names are case-sensitive and lower case: `[Update: …]` and `[Video]` are prose.
const SHORTCODE = /(?<![!\]\\])\[(\/?)([a-z][a-z0-9_-]*)((?:\s[^\]\n]*)?)\](?![([:])/g;
// `key="value"`, `key=value` or a leading quoted value (`[embed "…"]`).
const ATTRIBUTES = /^\s+(?:[\w-]+\s*=|["'])/;

export function replaceShortcodes(markdown: string): ShortcodeResult {
  const removed: string[] = [];
  let text = markdown
    .replace(/\[(?:wp_)?caption([^\]]*)\]([\s\S]*?)\[\/(?:wp_)?caption\]/g, (_, attrs: string, inner: string) => captionToFigure(attrs, inner))
    .replace(/\[embed[^\]]*\]\s*(\S+?)\s*\[\/embed\]/g, (_, url: string) => `\n\n${url}\n\n`);

  // Names that appear with a closing tag are shortcodes even when unknown (`[su_box]…[/su_box]`).
  const closed = new Set([...text.matchAll(/\[\/([a-z][a-z0-9_-]*)\]/g)].map((m) => m[1]!));
  text = text.replace(SHORTCODE, (whole, slash: string, name: string, attrs: string) => {
    const isShortcode = KNOWN.has(name) || PLUGIN_PREFIX.test(name) || closed.has(name) || (!slash && ATTRIBUTES.test(attrs));
    if (!isShortcode) return whole;
    if (!slash && !removed.includes(name)) removed.push(name);
    return '';
  });
  return { text, removed };
}
