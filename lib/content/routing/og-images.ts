/** Where a post's generated Open Graph image lives: posts without a featured image get one (app/og). */
import type { FeaturedImage } from '../source/document';
import { pathFromSegments } from '../core/urls';

const FILE = 'image.png';

/** `/post/` -> `/og/post/image.png`. */
export const ogImagePath = (url: string) => `/og${url}${FILE}`;

/** The post URL (decoded, as the content stores it) an image path was made from, or null: `['post', 'image.png']` -> `/post/`. */
export function postUrlOfOgImage(segments: string[]): string | null {
  if (segments.length < 2 || segments.at(-1) !== FILE) return null;
  return pathFromSegments(segments.slice(0, -1));
}

/** Whether a document gets a generated image: posts without a featured image of their own. */
export const needsOgImage = (doc: { kind: string; image: FeaturedImage | null }) => doc.kind === 'post' && doc.image === null;
