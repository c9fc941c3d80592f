import Link from 'next/link';
import { pageUrl, hrefFor } from '@/lib/content';

/** WordPress-style listing navigation: newer posts to the left, older to the right. */
export function Pagination({ base, page, totalPages }: { base: string; page: number; totalPages: number }) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-between border-t border-zinc-200 pt-6 text-sm dark:border-zinc-800">
      {page > 1 ? (
        <Link href={hrefFor(pageUrl(base, page - 1))} rel="prev" className="hover:underline">
          ← Newer posts
        </Link>
      ) : (
        <span />
      )}
      <span className="text-zinc-600 dark:text-zinc-400">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={hrefFor(pageUrl(base, page + 1))} rel="next" className="hover:underline">
          Older posts →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
