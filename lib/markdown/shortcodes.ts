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
const PLUGIN_PREFIX = /^(vc_|et_pb_|su_|fusion_|av_|tie_|cs_|x_|mk_|rev_slider|layerslider|tweet|instagram|fb_)/;

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
  const figcaption = captionText ? `<figcaption>${captionText}</figcaption>` : '';
  return `\n\n<figure class="wp-caption${alignClass}">${mediaHtml}${figcaption}</figure>\n\n`;
}

export interface ShortcodeResult {
  text: string;
  removed: string[];
}

// `[name attrs]`, not a Markdown link (`[x](`), reference (`[x][`, `[x]:`), image (`![x]`) or footnote.
const SHORTCODE = /(?<![!\]\\])\[(\/?)([a-zA-Z][\w-]*)((?:\s[^\]\n]*)?)\](?![([:])/g;

export function replaceShortcodes(markdown: string): ShortcodeResult {
  const removed: string[] = [];
  let text = markdown
    .replace(/\[caption([^\]]*)\]([\s\S]*?)\[\/caption\]/gi, (_, attrs: string, inner: string) => captionToFigure(attrs, inner))
    .replace(/\[embed[^\]]*\]\s*(\S+?)\s*\[\/embed\]/gi, (_, url: string) => `\n\n${url}\n\n`);

  // Names that appear with a closing tag are shortcodes even when unknown (`[su_box]…[/su_box]`).
  const closed = new Set([...text.matchAll(/\[\/([a-zA-Z][\w-]*)\]/g)].map((m) => m[1]!.toLowerCase()));
  text = text.replace(SHORTCODE, (whole, slash: string, rawName: string, attrs: string) => {
    const name = rawName.toLowerCase();
    const hasAttributes = /=\s*["']?|\s["'][^"']*["']/.test(attrs);
    const isShortcode = KNOWN.has(name) || PLUGIN_PREFIX.test(name) || closed.has(name) || (!slash && hasAttributes);
    if (!isShortcode) return whole;
    if (!slash && !removed.includes(name)) removed.push(name);
    return '';
  });
  return { text, removed };
}
