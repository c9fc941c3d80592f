import Link from 'next/link';
import type { Entry } from '@/lib/content';
import { hrefFor } from '@/lib/content';
import type { Translator } from '@/lib/i18n';

type Neighbour = Pick<Entry, 'url' | 'title'>;

export function PostNeighbours({ older, newer, t }: { older: Neighbour | null; newer: Neighbour | null; t: Translator }) {
  if (!older && !newer) return null;
  return (
    <nav aria-label={t.text('post.neighbours')} className="mt-10 grid gap-4 border-t border-zinc-200 pt-6 text-sm sm:grid-cols-2 dark:border-zinc-800">
      <div>
        {older && (
          <Link href={hrefFor(older.url)} rel="prev" className="group block">
            <span className="block text-zinc-600 dark:text-zinc-400">{t.text('post.previous')}</span>
            <span className="font-medium group-hover:underline">{older.title}</span>
          </Link>
        )}
      </div>
      <div className="sm:text-end">
        {newer && (
          <Link href={hrefFor(newer.url)} rel="next" className="group block">
            <span className="block text-zinc-600 dark:text-zinc-400">{t.text('post.next')}</span>
            <span className="font-medium group-hover:underline">{newer.title}</span>
          </Link>
        )}
      </div>
    </nav>
  );
}
