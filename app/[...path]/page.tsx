import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/ArticleBody';
import { FeaturedImage } from '@/components/FeaturedImage';
import { PostMeta } from '@/components/PostMeta';
import { PostNeighbours } from '@/components/PostNeighbours';
import { TermLinks } from '@/components/TermLinks';
import { RelatedPosts } from '@/components/RelatedPosts';
import { JsonLd } from '@/components/JsonLd';
import { TermIndex } from '@/components/TermIndex';
import { OG_IMAGE_SIZE } from '@/lib/seo/og-image';
import { blogPostingData } from '@/lib/seo/structured-data';
import { DateArchivePage, dateArchiveMetadata } from '@/app/_routes/date-archive';
import { isPreview } from '@/app/_routes/preview';
import { PublicationNotice } from '@/components/PublicationNotice';
import { needsOgImage, ogImagePath } from '@/lib/content';
import { getContent, getPrerenderContent, getSite, publicationState, renderedBody, type Entry } from '@/lib/content';
import { parseDateArchivePath } from '@/lib/content';
import { prerenderedDatePaths, termIndex } from '@/lib/content';
import type { Taxonomy, Term } from '@/lib/content';
import { ABOUT_PATH, hrefFor, INDEX_PATHS, pathFromSegments, segmentsOf } from '@/lib/content';
import { pageAlternates } from '@/lib/feeds/discovery';

/**
 * Every post and WordPress page, at its own permalink, and the date archives (`/2020/05/`), which share the
 * URL space with permalinks like `/2020/05/01/slug/`; in preview (Draft Mode, which renders any URL on demand),
 * drafts and scheduled posts too. Anything else is a 404. A scheduled post's URL is prerendered as a 404 and
 * becomes the post when Next.js regenerates it after its time (`revalidate` in app/layout.tsx).
 */
type Props = { params: Promise<{ path: string[] }> };

// Month and day archives and later pages of date archives are rendered on their first visit, then kept (see
// lib/content/listings.ts); any other URL not prerendered is a 404, which Next.js does not store.
export const dynamicParams = true;

export function generateStaticParams() {
  // An export page at an index URL (`/archives/`) is shown by that index's own route.
  const documents = getPrerenderContent()
    .documents()
    .map((doc) => doc.url)
    .filter((url) => !INDEX_PATHS.includes(url));
  return [...documents, ...prerenderedDatePaths()].map((path) => ({ path: segmentsOf(path) }));
}

async function documentFor(params: Props['params']) {
  const preview = await isPreview();
  const content = getContent(preview);
  const doc = content.byUrl(pathFromSegments((await params).path));
  return doc && { doc, content, state: publicationState(doc, content.collection.now), preview };
}

/** A date archive's key and page when the path is one and no document has it. */
const dateArchiveFor = async (params: Props['params']) => parseDateArchivePath(pathFromSegments((await params).path));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const archive = await dateArchiveFor(params);
  if (archive) return dateArchiveMetadata(archive);
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
      // A post without a featured image has one drawn at build time (app/og).
      ...(needsOgImage(doc) && { images: [{ url: hrefFor(ogImagePath(doc.url)), ...OG_IMAGE_SIZE, alt: doc.title }] }),
      ...(doc.kind === 'post' && doc.date && { publishedTime: doc.date }),
      ...(doc.author && { authors: [doc.author] }),
      ...(doc.tags.length > 0 && { tags: doc.tags.map((tag) => tag.name) }),
      ...(doc.categories[0] && { section: doc.categories[0].name }),
      siteName: getSite().title,
    },
    twitter: { card: doc.image || needsOgImage(doc) ? 'summary_large_image' : 'summary' },
  };
}

export default async function DocumentPage({ params }: Props) {
  const archive = await dateArchiveFor(params);
  if (archive) return <DateArchivePage request={archive} />;
  const found = await documentFor(params);
  if (!found) notFound();
  const { doc, content, state } = found;
  const isPost = doc.kind === 'post' || content.collection.position.has(doc);
  // Previous, next and related posts are public posts, in preview too: a draft is shown among the posts it will
  // sit among, and is never suggested from another page.
  const published = getContent(false);
  const { older, newer } = isPost ? published.neighbours(doc) : { older: null, newer: null };
  const related = isPost ? published.related(doc) : [];
  // A site with several authors lists them on its About page (and at /authors/).
  const authors = doc.url === ABOUT_PATH ? termIndex('author', found.preview) : [];
  // A term as its archive names it: names that slug the same are one term, under one spelling.
  const named = (taxonomy: Taxonomy, terms: Term[]) =>
    terms.map((term) => content.termArchives(taxonomy).get(term.slug)?.term ?? term);
  return (
    <>
      {/* Outside the article: the article holds the post's own (sanitised) markup and nothing else. */}
      {isPost && <JsonLd data={blogPostingData(doc, getSite())} />}
      <article className={`mx-auto max-w-3xl${isPost ? ' h-entry' : ''}`}>
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
          <ArticleBody html={renderedBody(doc)} />
        </div>
        {isPost && (
          <footer className="mt-8 space-y-3">
            <TermLinks label="Categories" taxonomy="category" terms={named('category', doc.categories)} />
            <TermLinks label="Tags" taxonomy="tag" terms={named('tag', doc.tags)} />
          </footer>
        )}
        {doc.url === ABOUT_PATH && authors.length > 1 && (
          <section aria-labelledby="_authors" className="mt-10">
            <h2 id="_authors" className="text-lg font-semibold tracking-tight">
              Authors
            </h2>
            <TermIndex taxonomy="author" terms={authors.map((a) => ({ term: a.term, count: a.posts.length }))} />
          </section>
        )}
        <RelatedPosts posts={related.map(summaryOf)} />
        <PostNeighbours
          older={older && { url: older.url, title: older.title }}
          newer={newer && { url: newer.url, title: newer.title }}
        />
      </article>
    </>
  );
}

const summaryOf = (post: Entry) => ({ url: post.url, title: post.title, date: post.date, file: post.file });
