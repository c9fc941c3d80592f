/** How generated Open Graph images are drawn (app/og); where they live and which posts get one: lib/content/routing/og-images.ts. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 };

// What the bundled font (Geist, shipped with next/og) draws: Latin letters and common punctuation. For any other
// character the renderer would download a font or emoji images from a CDN, and builds have no network.
const NOT_DRAWABLE = /[^\u0020-\u024F\u2010-\u2027\u2030-\u205E]/gu;

/** Text as the image can draw it, offline: other scripts and emoji left out, spaces tidied. */
export function drawableText(text: string): string {
  return text.replace(NOT_DRAWABLE, ' ').replace(/\s+/g, ' ').trim();
}
