import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchBox } from '@/components/SearchBox';
import { SiteSearch } from '@/components/SiteSearch';

export const metadata: Metadata = {
  title: 'Search',
  // Result pages are not content: search engines should follow their links, not list them.
  robots: { index: false, follow: true },
  alternates: { canonical: '/search/' },
};

/**
 * `/search/?q=…`: a static page; the query is read and run in the browser (components/SiteSearch.tsx) against
 * the index the build wrote. Until the script runs (and without JavaScript) it shows the plain form.
 */
export default function SearchPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold tracking-tight">Search</h1>
      <Suspense fallback={<SearchBox id="search-query" label="Search this site" />}>
        <SiteSearch />
      </Suspense>
      <noscript>
        <p className="mt-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          Search runs in your browser and needs JavaScript, which is turned off. You can still browse the posts by{' '}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- inside <noscript>: no JavaScript to navigate with */}
          <a href="/archives/" className="underline">
            date
          </a>{' '}
          or by{' '}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- inside <noscript>, as above */}
          <a href="/tags/" className="underline">
            tag
          </a>
          .
        </p>
      </noscript>
    </div>
  );
}
