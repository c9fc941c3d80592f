import type { ListingText, PageOf } from '@/lib/content';
import type { Translator } from '@/lib/i18n';
import { FeedIcon } from './FeedIcon';
import { Pagination } from './Pagination';
import { LeadCard, PostCard, type PostCardData } from './PostCard';
import { PostList, type PostSummaryData } from './PostSummary';

/** How many posts after the lead get a card on the front page; the rest of the page is a list. */
const CARDS = 3;

export interface ListingFeed {
  href: string;
  label: string;
}

/**
 * One page of a listing (home, tag, category, author, date archive): what it is and how many posts it holds,
 * the page's posts, and the way to the other pages. `front`: the home page's first page, laid out as a news
 * front page (the newest post as a lead card, three cards, then "All stories"), its heading for screen readers.
 */
export function ListingPage({
  text,
  listing,
  base,
  feed,
  previewAt,
  front = false,
  t,
}: {
  text: ListingText;
  listing: PageOf<PostSummaryData & PostCardData>;
  base: string;
  feed?: ListingFeed;
  previewAt?: number;
  front?: boolean;
  t: Translator;
}) {
  // In preview every post is listed with its state: the plain list shows it, so the front layout is kept for readers.
  const [lead, ...rest] = front && previewAt === undefined ? listing.items : [];
  const cards = rest.slice(0, CARDS);
  const listed = lead ? rest.slice(CARDS) : listing.items;
  return (
    <div className={front ? undefined : 'mx-auto max-w-3xl'}>
      {front ? (
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
      {lead && (
        <div className="space-y-10">
          <LeadCard post={lead} t={t} />
          {cards.length > 0 && (
            <div className="grid gap-8 sm:grid-cols-3">
              {cards.map((post) => (
                <PostCard key={post.file} post={post} t={t} />
              ))}
            </div>
          )}
        </div>
      )}
      {lead && listed.length > 0 && (
        <h2 className="mt-12 border-t border-zinc-200 pt-6 text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          {t.text('listing.allStories')}
        </h2>
      )}
      {(!lead || listed.length > 0) && <PostList posts={listed} previewAt={previewAt} t={t} />}
      <Pagination base={base} page={listing.page} totalPages={listing.totalPages} t={t} />
    </div>
  );
}
