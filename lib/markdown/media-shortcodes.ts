/**
 * WordPress's `[video]` and `[audio]` shortcodes as the HTML players WordPress renders for them
 * (wp_video_shortcode, wp_audio_shortcode), built from their attributes: `src` or one URL per format
 * (`mp4="…"`, `mp3="…"`), `poster`, `loop`, `autoplay`, `muted`, `preload`, `width`, `height`. The HTML goes
 * through the sanitiser like any other (every URL checked there); rehypeImages then sees to `controls`,
 * `preload` and `autoplay` (see media.ts). A YouTube or Vimeo `src` becomes the URL alone on a line, which the
 * embed step turns into its player, as WordPress does.
 */
import { attrs as parseAttributes } from '@wordpress/shortcode';
import { decodeHTMLAttribute } from 'entities';

export type MediaShortcode = 'video' | 'audio';

// wp_get_video_extensions() and wp_get_audio_extensions(), with the MIME types WordPress gives them.
const FORMATS: Record<MediaShortcode, Record<string, string>> = {
  video: { mp4: 'video/mp4', m4v: 'video/mp4', webm: 'video/webm', ogv: 'video/ogg', mov: 'video/quicktime', flv: 'video/x-flv', wmv: 'video/x-ms-wmv' },
  audio: { mp3: 'audio/mpeg', ogg: 'audio/ogg', flac: 'audio/flac', m4a: 'audio/mp4', wav: 'audio/wav' },
};

/** Attribute text longer than this is not read (a shortcode's attributes are a few hundred characters). */
export const MAX_SHORTCODE_ATTRIBUTES = 8 * 1024;

/** Text escaped for an HTML attribute value or element written into the Markdown. */
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
// WordPress reads `loop="on"`, `autoplay="1"`, `muted="true"` (wp_validate_boolean, and "on" for the player's own values).
const isOn = (value: string | undefined) => value !== undefined && /^(?:1|on|true|yes)$/i.test(value.trim());

/** A shortcode's named attributes, read with WordPress's own grammar (shortcode_parse_atts); none when too long. */
export function shortcodeAttributes(text: string): Record<string, string> {
  if (text.length > MAX_SHORTCODE_ATTRIBUTES) return {};
  const named: Record<string, string> = {};
  // Values are written HTML-escaped in the export (`&amp;`): decoded once, and escaped again when written out.
  for (const [key, value] of Object.entries(parseAttributes(text).named)) if (value !== undefined) named[key] = decodeHTMLAttribute(value);
  return named;
}

const extensionOf = (url: string) => /\.([a-z0-9]{2,4})(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase() ?? '';
const isVideoHost = (url: string) => /^(?:https?:)?\/\/(?:[\w-]+\.)?(?:youtube\.com|youtu\.be|vimeo\.com)\//i.test(url.trim());

/**
 * The HTML of a `[video]` or `[audio]` shortcode (`content`: what it encloses, used as the URL when it has no
 * `src` and is one, absolute or root-relative), or null when it names no media at all.
 */
export function mediaShortcodeHtml(name: MediaShortcode, attributeText: string, content = ''): string | null {
  const attributes = shortcodeAttributes(attributeText);
  const enclosed = content.trim();
  const src = attributes.src?.trim() || (/^(?:https?:\/\/|\/)\S+$/i.test(enclosed) ? enclosed : '');
  if (name === 'video' && src && isVideoHost(src)) return `\n\n${src}\n\n`;

  const formats = FORMATS[name];
  const sources: { url: string; type?: string }[] = [];
  if (src) sources.push({ url: src, type: formats[extensionOf(src)] });
  for (const [format, type] of Object.entries(formats)) {
    const url = attributes[format]?.trim();
    if (url && url !== src) sources.push({ url, type });
  }
  if (sources.length === 0) return null;

  const muted = isOn(attributes.muted);
  const flags = [
    'controls',
    ...(isOn(attributes.loop) ? ['loop'] : []),
    ...(muted ? ['muted'] : []),
    // Never playing by itself with sound: autoplay only muted.
    ...(muted && isOn(attributes.autoplay) ? ['autoplay', 'playsinline'] : []),
  ];
  const preload = attributes.preload === 'none' || attributes.preload === 'metadata' ? attributes.preload : name === 'video' ? 'metadata' : 'none';
  const size = name === 'video' ? ['width', 'height'].filter((key) => /^\d{1,4}$/.test(attributes[key] ?? '')).map((key) => ` ${key}="${attributes[key]}"`).join('') : '';
  const poster = name === 'video' && attributes.poster ? ` poster="${esc(attributes.poster)}"` : '';
  const sourceTags = sources.map(({ url, type }) => `<source src="${esc(url)}"${type ? ` type="${type}"` : ''}>`).join('');
  // A block of its own, as WordPress's player is (a <div> may not sit in a paragraph).
  return `\n\n<figure class="wp-block-${name}"><${name} ${flags.join(' ')} preload="${preload}"${size}${poster}>${sourceTags}</${name}></figure>\n\n`;
}
