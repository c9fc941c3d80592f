import type { Taxonomy } from '@/lib/content';
import type { TermListing } from '@/lib/content/listings';
import { Pagination } from './Pagination';
import { PostList } from './PostSummary';

/** How a taxonomy is named on its archive pages: in their heading and their title. */
export const TAXONOMY_LABEL: Record<Taxonomy, string> = { tag: 'Tag', category: 'Category' };

export function TermArchive({ taxonomy, listing }: { taxonomy: Taxonomy; listing: TermListing }) {
  const { archive } = listing;
  return (
    <>
      <header className="mb-2">
        <p className="text-sm uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{TAXONOMY_LABEL[taxonomy]}</p>
        <h1 className="text-3xl font-bold tracking-tight">{archive.term.name}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {archive.posts.length} {archive.posts.length === 1 ? 'post' : 'posts'}
        </p>
      </header>
      <PostList posts={listing.items} />
      <Pagination base={listing.base} page={listing.page} totalPages={listing.totalPages} />
    </>
  );
}
