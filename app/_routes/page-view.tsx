/** A WordPress page's page (About, Contact…), at its path. */
import { ArticleBody } from '@/components/ArticleBody';
import { FeaturedImage } from '@/components/FeaturedImage';
import { PublicationNotice } from '@/components/PublicationNotice';
import { TermIndex } from '@/components/TermIndex';
import { renderedBody, type PageView as View } from '@/lib/content';
import { siteWords } from './words';

export function PageView({ view }: { view: View }) {
  const { doc, state, authors } = view;
  const t = siteWords();
  return (
    <article className="mx-auto max-w-3xl">
      {state !== 'published' && <PublicationNotice state={state} date={doc.date} t={t} />}
      <header>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{doc.title}</h1>
      </header>
      {doc.image && <FeaturedImage image={doc.image} title={doc.title} />}
      <div className="mt-6">
        <ArticleBody html={renderedBody(doc)} />
      </div>
      {/* A site with several authors lists them on its About page (and at /authors/). */}
      {authors.length > 0 && (
        <section aria-labelledby="_authors" className="mt-10">
          <h2 id="_authors" className="text-lg font-semibold tracking-tight">
            {t.text('page.authors')}
          </h2>
          <TermIndex taxonomy="author" terms={authors.map((a) => ({ term: a.term, count: a.posts.length }))} t={t} />
        </section>
      )}
    </article>
  );
}
