/**
 * The Open Graph image of a post without a featured image: its title and the site's name, drawn
 * (`/og/<permalink>/image.png`) on first request, so shared links still show a card.
 */
import { ImageResponse } from 'next/og';
import { getContent, getSite, needsOgImage, postUrlOfOgImage } from '@/lib/content';
import { drawableText, OG_IMAGE_SIZE } from '@/lib/seo/og-image';

export const dynamic = 'force-static';

/**
 * None at build: each image is drawn on its first request (a share, a crawler) and kept like a prerendered
 * page. Drawing one takes about 20 ms, so drawing every post's at build would add minutes to a large site's build
 * for images most posts never need; a scheduled post gets its image once it is public.
 */
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const url = postUrlOfOgImage((await params).path);
  const post = url && getContent().byUrl(url);
  if (!post || !needsOgImage(post)) return new Response('Not found\n', { status: 404 });
  const site = getSite();
  // A title in another script (or all emoji) leaves too little to draw: the site's name stands alone then.
  const title = drawableText(post.title);
  const heading = title.replace(/[^\p{L}\p{N}]/gu, '').length >= 3 ? title : '';
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: 72,
          background: 'linear-gradient(135deg, #e0f2fe 0%, #e4e4e7 100%)',
          color: '#18181b',
        }}
      >
        <div style={{ fontSize: heading.length > 80 ? 56 : 68, lineHeight: 1.15, fontWeight: 700, display: 'flex' }}>
          {heading.length > 140 ? `${heading.slice(0, 137)}…` : heading}
        </div>
        <div style={{ fontSize: 32, color: '#0c4a6e', display: 'flex' }}>{drawableText(site.title)}</div>
      </div>
    ),
    OG_IMAGE_SIZE,
  );
}
