import type { Ref } from 'react';
import { excerptParts } from '@/lib/search/excerpt';
import type { FoundDocument } from '@/lib/search/pagefind-client';

/** Search results: each a link to the document, its date, and the excerpt with the matched words marked. */
export function SearchResultList({ results, label, listRef }: { results: FoundDocument[]; label: string; listRef?: Ref<HTMLOListElement> }) {
  return (
    <ol ref={listRef} aria-label={label} className="mt-6 space-y-6">
      {results.map((result) => (
        <li key={result.url}>
          <article>
            <h2 className="text-xl font-semibold">
              <a href={result.url} data-search-result="" className="hover:underline focus-visible:underline">
                {result.title}
              </a>
            </h2>
            {result.date && (
              <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">
                <time dateTime={result.datetime}>{result.date}</time>
              </p>
            )}
            <p className="mt-1 text-zinc-700 dark:text-zinc-300">
              {excerptParts(result.excerpt).map((part, i) =>
                part.mark ? (
                  <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-zinc-900 dark:bg-yellow-700 dark:text-zinc-50">
                    {part.text}
                  </mark>
                ) : (
                  part.text
                ),
              )}
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
