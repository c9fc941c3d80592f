/**
 * The Open Graph image of a post without a featured image: its title and the site's name, drawn at build time
 * (`/og/<permalink>/image.png`), so shared links still show a card.
 */
import { ImageResponse } from 'next/og';
import { getContent, getSite } from '@/lib/content';
import { drawableText, needsOgImage, OG_IMAGE_SIZE, postUrlOfOgImage } from '@/lib/seo/og-image';
import { segmentsOf } from '@/lib/content/urls';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  // The posts public at build time (a scheduled post gets its image at the next build).
  return getContent()
    .posts.filter(needsOgImage)
    .map((post) => ({ path: [...segmentsOf(post.url), 'image.png'] }));
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
