/**
 * The index pages (`/tags/`, `/categories/`, `/authors/`, `/archives/`). A WordPress page of the export with the
 * same URL (many sites had an "Archives" page, often empty, its list made by a theme template) gives the index
 * its title and its text, shown above the generated list.
 */
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { isPreview } from '@/app/_routes/preview';
import { siteWords } from '@/app/_routes/words';
import { ArticleBody } from '@/components/ArticleBody';
import { TermIndex } from '@/components/TermIndex';
import { getContent, getSite, renderedBody, type Taxonomy } from '@/lib/content';
import { termIndexText, termIndex, hrefFor } from '@/lib/content';
import { pageAlternates } from '@/lib/feeds/discovery';

export interface IndexText {
  heading: string;
  /** Under the heading: what is listed and how many. */
  summary: string;
  description: string;
}

async function exportPageAt(path: string) {
  const doc = getContent(await isPreview()).byUrl(path);
  return doc && doc.kind !== 'post' ? doc : undefined;
}

export async function indexMetadata(path: string, text: IndexText): Promise<Metadata> {
  const page = await exportPageAt(path);
  const title = page?.title ?? text.heading;
  return {
    title,
    description: text.description,
    alternates: pageAlternates(getSite(), hrefFor(path)),
    openGraph: { type: 'website', title, description: text.description, url: hrefFor(path) },
  };
}

export async function IndexPage({ path, text, children }: { path: string; text: IndexText; children: ReactNode }) {
  const page = await exportPageAt(path);
  const html = page ? renderedBody(page) : '';
  return (
    <div className="mx-auto max-w-3xl">
      <header className="mb-2">
        <h1 className="text-3xl font-bold tracking-tight">{page?.title ?? text.heading}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{text.summary}</p>
      </header>
      {html && (
        <div className="mt-6">
          <ArticleBody html={html} />
        </div>
      )}
      {children}
    </div>
  );
}

/** `/tags/`, `/categories/` and `/authors/`: every term with its post count; the route files pick the taxonomy. */
export function termIndexRoute(taxonomy: Taxonomy, path: string) {
  const load = async () => {
    const terms = termIndex(taxonomy, await isPreview());
    return { terms, text: termIndexText(taxonomy, terms.length, getSite()) };
  };
  return {
    async generateMetadata(): Promise<Metadata> {
      return indexMetadata(path, (await load()).text);
    },
    async Page() {
      const { terms, text } = await load();
      return (
        <IndexPage path={path} text={text}>
          <TermIndex taxonomy={taxonomy} terms={terms.map((archive) => ({ term: archive.term, count: archive.posts.length }))} t={siteWords()} />
        </IndexPage>
      );
    },
  };
}
