import { postCount, hrefFor } from '@/lib/content';
import type { Translator } from '@/lib/i18n';
import { archivePath, type Taxonomy, type Term } from '@/lib/content';

export interface TermCount {
  term: Term;
  count: number;
}

/** Every term of a taxonomy as a link to its archive, with its post count, in the order given (plain links: see ArchiveTree). */
export function TermIndex({ taxonomy, terms, t }: { taxonomy: Taxonomy; terms: TermCount[]; t: Translator }) {
  if (terms.length === 0) return <p className="py-6 text-zinc-600 dark:text-zinc-400">{t.text('index.empty')}</p>;
  return (
    <ul className="mt-6 flex flex-wrap gap-2">
      {terms.map(({ term, count }) => (
        <li key={term.slug}>
          <a
            href={hrefFor(archivePath(taxonomy, term.slug))}
            rel={taxonomy === 'tag' ? 'tag' : taxonomy === 'author' ? 'author' : undefined}
            className="inline-flex items-baseline gap-2 rounded-full bg-zinc-100 px-3 py-1 text-zinc-800 hover:bg-zinc-200 dark:bg-zinc-800 dark:text-zinc-200 dark:hover:bg-zinc-700"
          >
            <span>{term.name}</span>
            <span className="text-sm text-zinc-600 dark:text-zinc-400">
              <span aria-hidden="true">{t.number(count)}</span>
              <span className="sr-only">({postCount(count, t)})</span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
