import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/ArticleBody';
import { FeaturedImage } from '@/components/FeaturedImage';
import { PostMeta } from '@/components/PostMeta';
import { PostNeighbours } from '@/components/PostNeighbours';
import { TermLinks } from '@/components/TermLinks';
import { isPreview } from '@/app/_routes/preview';
import { PublicationNotice } from '@/components/PublicationNotice';
import { getContent, getPrerenderContent, getSite, publicationState } from '@/lib/content';
import { hrefFor, pathFromSegments, segmentsOf } from '@/lib/content/urls';
import { pageAlternates } from '@/lib/feeds/discovery';

/**
 * Every post and WordPress page, at its own permalink; in preview (Draft Mode, which renders any URL on demand),
 * drafts and scheduled posts too. Anything else is a 404. A scheduled post's URL is prerendered as a 404 and
 * becomes the post when Next.js regenerates it after its time (`revalidate` in app/layout.tsx).
 */
type Props = { params: Promise<{ path: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getPrerenderContent().documents().map((doc) => ({ path: segmentsOf(doc.url) }));
}

async function documentFor(params: Props['params']) {
  const preview = await isPreview();
  const content = getContent(preview);
  const doc = content.byUrl(pathFromSegments((await params).path));
  return doc && { doc, content, state: publicationState(doc, content.collection.now), preview };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await documentFor(params);
  if (!found) return {};
  const { doc } = found;
  return {
    title: doc.title,
    description: doc.excerpt,
    alternates: pageAlternates(getSite(), hrefFor(doc.url)),
    openGraph: {
      type: doc.kind === 'post' ? 'article' : 'website',
      title: doc.title,
      description: doc.excerpt,
      url: hrefFor(doc.url),
      ...(doc.image && { images: [{ url: doc.image.src, alt: doc.image.alt ?? doc.title }] }),
      ...(doc.kind === 'post' && doc.date && { publishedTime: doc.date }),
      ...(doc.author && { authors: [doc.author] }),
    },
  };
}

export default async function DocumentPage({ params }: Props) {
  const found = await documentFor(params);
  if (!found) notFound();
  const { doc, content, state } = found;
  const isPost = doc.kind === 'post' || content.collection.position.has(doc);
  const { older, newer } = isPost ? content.neighbours(doc) : { older: null, newer: null };
  return (
    <article className={isPost ? 'h-entry' : undefined}>
      {state !== 'published' && <PublicationNotice state={state} date={doc.date} />}
      <header>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{doc.title}</h1>
        {isPost && (
          <div className="mt-3">
            <PostMeta date={doc.date} author={doc.author} readingMinutes={doc.readingMinutes} />
          </div>
        )}
      </header>
      {doc.image && <FeaturedImage image={doc.image} title={doc.title} />}
      <div className="mt-6">
        <ArticleBody html={doc.html} />
      </div>
      {isPost && (
        <footer className="mt-8 space-y-3">
          <TermLinks label="Categories" taxonomy="category" terms={doc.categories} />
          <TermLinks label="Tags" taxonomy="tag" terms={doc.tags} />
        </footer>
      )}
      <PostNeighbours
        older={older && { url: older.url, title: older.title }}
        newer={newer && { url: newer.url, title: newer.title }}
      />
    </article>
  );
}
