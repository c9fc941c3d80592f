import type { ListingText } from '@/lib/content/listing-text';
import type { PageOf } from '@/lib/content/paginate';
import { FeedIcon } from './FeedIcon';
import { Pagination } from './Pagination';
import { PostList, type PostSummaryData } from './PostSummary';

export interface ListingFeed {
  href: string;
  label: string;
}

/**
 * One page of a listing (home, tag, category, author, date archive): what it is and how many posts it holds,
 * the page's posts, and the way to the other pages. `hideHeading`: the home page's first page, whose heading
 * is for screen readers only.
 */
export function ListingPage({
  text,
  listing,
  base,
  feed,
  previewAt,
  hideHeading = false,
}: {
  text: ListingText;
  listing: PageOf<PostSummaryData>;
  base: string;
  feed?: ListingFeed;
  previewAt?: number;
  hideHeading?: boolean;
}) {
  return (
    <>
      {hideHeading ? (
        <h1 className="sr-only">{text.heading}</h1>
      ) : (
        <header className="mb-2">
          {text.label && <p className="text-sm uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{text.label}</p>}
          <h1 className="text-3xl font-bold tracking-tight">{text.heading}</h1>
          <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-zinc-600 dark:text-zinc-400">
            <span>{text.summary}</span>
            {feed && (
              // A plain link: a feed is a route handler, not a page Next.js could navigate to.
              <a href={feed.href} className="inline-flex items-center gap-1 text-orange-700 hover:underline dark:text-orange-400">
                <FeedIcon className="h-3.5 w-3.5" />
                {feed.label}
              </a>
            )}
          </p>
        </header>
      )}
      <PostList posts={listing.items} previewAt={previewAt} />
      <Pagination base={base} page={listing.page} totalPages={listing.totalPages} />
    </>
  );
}
