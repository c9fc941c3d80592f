/** A post's page (a draft or scheduled post's too, in preview), at its permalink. */
import { ArticleBody } from '@/components/ArticleBody';
import { FeaturedImage } from '@/components/FeaturedImage';
import { JsonLd } from '@/components/JsonLd';
import { PostMeta } from '@/components/PostMeta';
import { PostNeighbours } from '@/components/PostNeighbours';
import { PublicationNotice } from '@/components/PublicationNotice';
import { RelatedPosts } from '@/components/RelatedPosts';
import { TermLinks } from '@/components/TermLinks';
import { getSite, renderedBody, type Entry, type PostView as View } from '@/lib/content';
import { blogPostingData } from '@/lib/seo/structured-data';
import { siteWords } from './words';

export function PostView({ view }: { view: View }) {
  const { doc, state, older, newer, related } = view;
  const t = siteWords();
  return (
    <>
      {/* Outside the article: the article holds the post's own (sanitised) markup and nothing else. */}
      <JsonLd data={blogPostingData(doc, getSite())} />
      <article className="mx-auto max-w-3xl h-entry">
        {state !== 'published' && <PublicationNotice state={state} date={doc.date} t={t} />}
        <header>
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{doc.title}</h1>
          <div className="mt-3">
            <PostMeta date={doc.date} author={doc.author} readingMinutes={doc.readingMinutes} t={t} />
          </div>
        </header>
        {doc.image && <FeaturedImage image={doc.image} title={doc.title} />}
        <div className="mt-6">
          <ArticleBody html={renderedBody(doc)} />
        </div>
        <footer className="mt-8 space-y-3">
          <TermLinks label={t.text('post.categories')} taxonomy="category" terms={view.categories} />
          <TermLinks label={t.text('post.tags')} taxonomy="tag" terms={view.tags} />
        </footer>
        <RelatedPosts posts={related.map(summaryOf)} t={t} />
        <PostNeighbours older={older && { url: older.url, title: older.title }} newer={newer && { url: newer.url, title: newer.title }} t={t} />
      </article>
    </>
  );
}

const summaryOf = (post: Entry) => ({ url: post.url, title: post.title, date: post.date, file: post.file });
