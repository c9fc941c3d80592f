import { TAXONOMY_LABEL, type Taxonomy } from '@/lib/content/terms';
import type { TermListing } from '@/lib/content/listings';
import { feedPaths } from '@/lib/feeds/paths';
import { hrefFor } from '@/lib/content/urls';
import { FeedIcon } from './FeedIcon';
import { Pagination } from './Pagination';
import { PostList } from './PostSummary';

export function TermArchive({ taxonomy, listing, previewAt }: { taxonomy: Taxonomy; listing: TermListing; previewAt?: number }) {
  const { archive } = listing;
  return (
    <>
      <header className="mb-2">
        <p className="text-sm uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{TAXONOMY_LABEL[taxonomy]}</p>
        <h1 className="text-3xl font-bold tracking-tight">{archive.term.name}</h1>
        <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-zinc-600 dark:text-zinc-400">
          <span>
            {archive.posts.length} {archive.posts.length === 1 ? 'post' : 'posts'}
          </span>
          <a
            href={hrefFor(feedPaths({ taxonomy, slug: archive.term.slug }).rss)}
            className="inline-flex items-center gap-1 text-orange-700 hover:underline dark:text-orange-400"
          >
            <FeedIcon className="h-3.5 w-3.5" />
            Feed of this {TAXONOMY_LABEL[taxonomy].toLowerCase()}
          </a>
        </p>
      </header>
      <PostList posts={listing.items} previewAt={previewAt} />
      <Pagination base={listing.base} page={listing.page} totalPages={listing.totalPages} />
    </>
  );
}
