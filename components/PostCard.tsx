import Link from 'next/link';
import type { Entry } from '@/lib/content';
import { hrefFor } from '@/lib/content';
import type { Translator } from '@/lib/i18n';
import { PostMeta } from './PostMeta';

export type PostCardData = Pick<Entry, 'url' | 'title' | 'date' | 'author' | 'excerpt' | 'image' | 'categories' | 'file'>;

/**
 * A post's picture on a card: its featured image, cropped to 16:9 in a box of that shape (so nothing moves when it
 * loads), or for a post without one a quiet panel with its category, which looks meant rather than missing.
 * Decorative either way: the card's title says what the post is.
 */
function CardImage({ post, lead, t }: { post: PostCardData; lead: boolean; t: Translator }) {
  return (
    <div className="aspect-[16/9] overflow-hidden rounded-lg bg-zinc-100 dark:bg-zinc-800">
      {post.image ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={post.image.src}
          alt=""
          width={1600}
          height={900}
          className="h-full w-full object-cover transition-transform duration-300 group-hover:scale-[1.02] motion-reduce:transition-none motion-reduce:group-hover:scale-100"
          decoding="async"
          loading={lead ? 'eager' : 'lazy'}
          fetchPriority={lead ? 'high' : 'auto'}
        />
      ) : (
        <div aria-hidden="true" className="flex h-full w-full items-end bg-gradient-to-br from-sky-100 to-zinc-200 p-4 dark:from-sky-950 dark:to-zinc-800">
          <span className="text-sm font-semibold uppercase tracking-wide text-sky-900 dark:text-sky-200">
            {post.categories[0]?.name ?? t.text('post.untitledCard')}
          </span>
        </div>
      )}
    </div>
  );
}

/** A card's title, the link to the post. */
function CardHeading({ post, className }: { post: PostCardData; className: string }) {
  return (
    <h2 className={className}>
      <Link href={hrefFor(post.url)} className="hover:underline">
        {post.title}
      </Link>
    </h2>
  );
}

/** The newest post, large: image beside (or above, on a phone) its title, excerpt and byline. */
export function LeadCard({ post, t }: { post: PostCardData; t: Translator }) {
  return (
    <article className="group grid gap-6 md:grid-cols-5 md:items-center">
      <div className="md:col-span-3">
        <CardImage post={post} lead t={t} />
      </div>
      <div className="md:col-span-2">
        <CardHeading post={post} className="text-2xl font-bold tracking-tight text-balance sm:text-3xl" />
        <div className="mt-2">
          <PostMeta date={post.date} author={post.author} t={t} />
        </div>
        {post.excerpt && <p className="mt-3 line-clamp-5 text-zinc-700 dark:text-zinc-300">{post.excerpt}</p>}
      </div>
    </article>
  );
}

/** A smaller card: image, title and date. */
export function PostCard({ post, t }: { post: PostCardData; t: Translator }) {
  return (
    <article className="group">
      <CardImage post={post} lead={false} t={t} />
      <CardHeading post={post} className="mt-3 text-lg font-semibold leading-snug tracking-tight" />
      <div className="mt-1">
        <PostMeta date={post.date} author={null} t={t} />
      </div>
    </article>
  );
}
