import type { Metadata } from 'next';
import { Fragment, Suspense } from 'react';
import { siteWords } from '@/app/_routes/words';
import { SearchBox } from '@/components/SearchBox';
import { SiteSearch } from '@/components/SiteSearch';
import { searchWords, templateParts } from '@/lib/i18n';

export function generateMetadata(): Metadata {
  return {
    title: siteWords().text('search.title'),
    // Result pages are not content: search engines should follow their links, not list them.
    robots: { index: false, follow: true },
    alternates: { canonical: '/search/' },
  };
}

/**
 * `/search/?q=…`: a static page; the query is read and run in the browser (components/SiteSearch.tsx) against
 * the index the build wrote. Until the script runs (and without JavaScript) it shows the plain form.
 */
export default function SearchPage() {
  const t = siteWords();
  const browseLinks = {
    byDate: { href: '/archives/', text: t.text('search.noScriptByDate') },
    byTag: { href: '/tags/', text: t.text('search.noScriptByTag') },
  };
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{t.text('search.title')}</h1>
      <Suspense fallback={<SearchBox id="search-query" label={t.text('search.pageForm')} fieldLabel={t.text('search.field')} />}>
        <SiteSearch words={searchWords(t)} />
      </Suspense>
      <noscript>
        <p className="mt-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          {templateParts(t.messages['search.noScript']).map((part, i) => {
            if ('text' in part) return <Fragment key={i}>{part.text}</Fragment>;
            const link = browseLinks[part.name as keyof typeof browseLinks];
            if (!link) return null;
            // A plain link: inside <noscript> there is no JavaScript to navigate with.
            return (
              <a key={i} href={link.href} className="underline">
                {link.text}
              </a>
            );
          })}
        </p>
      </noscript>
    </div>
  );
}
