import Link from 'next/link';
import { pageUrl, hrefFor } from '@/lib/content';
import type { Translator } from '@/lib/i18n';

/** WordPress-style listing navigation: newer posts first (to the left, or right to left to the right), older last. */
export function Pagination({ base, page, totalPages, t }: { base: string; page: number; totalPages: number; t: Translator }) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label={t.text('pagination.label')} className="mt-8 flex items-center justify-between border-t border-zinc-200 pt-6 text-sm dark:border-zinc-800">
      {page > 1 ? (
        <Link href={hrefFor(pageUrl(base, page - 1))} rel="prev" className="hover:underline">
          {t.text('pagination.newer')}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-zinc-600 dark:text-zinc-400">
        {t.text('pagination.position', { page, total: totalPages })}
      </span>
      {page < totalPages ? (
        <Link href={hrefFor(pageUrl(base, page + 1))} rel="next" className="hover:underline">
          {t.text('pagination.older')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
