/** Where a post's generated Open Graph image lives: posts without a featured image get one (app/og). */
import type { Entry } from '../content/generated/entry';
import { pathFromSegments } from '../content/core/urls';

export const OG_IMAGE_SIZE = { width: 1200, height: 630 };
const FILE = 'image.png';

/** `/post/` -> `/og/post/image.png`. */
export const ogImagePath = (url: string) => `/og${url}${FILE}`;

/** The post URL (decoded, as the content stores it) an image path was made from, or null: `['post', 'image.png']` -> `/post/`. */
export function postUrlOfOgImage(segments: string[]): string | null {
  if (segments.length < 2 || segments.at(-1) !== FILE) return null;
  return pathFromSegments(segments.slice(0, -1));
}

/** Whether a document gets a generated image: posts without a featured image of their own. */
export const needsOgImage = (doc: Pick<Entry, 'kind' | 'image'>) => doc.kind === 'post' && doc.image === null;

// What the bundled font (Geist, shipped with next/og) draws: Latin letters and common punctuation. For any other
// character the renderer would download a font or emoji images from a CDN, and builds have no network.
const NOT_DRAWABLE = /[^\u0020-\u024F\u2010-\u2027\u2030-\u205E]/gu;

/** Text as the image can draw it, offline: other scripts and emoji left out, spaces tidied. */
export function drawableText(text: string): string {
  return text.replace(NOT_DRAWABLE, ' ').replace(/\s+/g, ' ').trim();
}
