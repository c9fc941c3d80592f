import Link from 'next/link';
import { archivePath, type Taxonomy, type Term } from '@/lib/content';
import { hrefFor } from '@/lib/content';

export function termHref(taxonomy: Taxonomy, term: Term): string {
  return hrefFor(archivePath(taxonomy, term.slug));
}

/** "Categories: News, Startups" as links to their archives; nothing when the list is empty. */
export function TermLinks({ label, taxonomy, terms }: { label: string; taxonomy: Taxonomy; terms: Term[] }) {
  if (terms.length === 0) return null;
  return (
    <div className="flex flex-wrap items-baseline gap-2 text-sm">
      <span className="font-medium text-zinc-600 dark:text-zinc-400">{label}:</span>
      <ul className="flex flex-wrap gap-2">
        {terms.map((term) => (
          <li key={term.slug}>
            <Link
              href={termHref(taxonomy, term)}
              rel={taxonomy === 'tag' ? 'tag' : undefined}
              className="rounded-full bg-zinc-100 px-3 py-1 text-zinc-800 hover:bg-zinc-200 dark:bg-zinc-800 dark:text-zinc-200 dark:hover:bg-zinc-700"
            >
              {term.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
