import Link from 'next/link';
import type { Entry } from '@/lib/content';
import { hrefFor, publicationState } from '@/lib/content';
import type { Translator } from '@/lib/i18n';
import { PostMeta } from './PostMeta';
import { StateBadge } from './PublicationNotice';

/** Only what a listing shows of a post. */
export type PostSummaryData = Pick<Entry, 'url' | 'title' | 'date' | 'author' | 'excerpt' | 'kind' | 'file'>;

/** `previewAt`: in preview, the instant to judge publication by; unpublished posts are then marked. */
export function PostSummary({ post, previewAt, t }: { post: PostSummaryData; previewAt?: number; t: Translator }) {
  const state = previewAt === undefined ? 'published' : publicationState(post, previewAt);
  return (
    <article className="py-6">
      <h2 className="text-xl font-semibold tracking-tight">
        <Link href={hrefFor(post.url)} className="hover:underline">
          {post.title}
        </Link>
        {state !== 'published' && <StateBadge state={state} t={t} />}
      </h2>
      <div className="mt-1">
        <PostMeta date={post.date} author={post.author} t={t} />
      </div>
      {post.excerpt && <p className="mt-3 text-zinc-700 dark:text-zinc-300">{post.excerpt}</p>}
    </article>
  );
}

export function PostList({ posts, previewAt, t }: { posts: PostSummaryData[]; previewAt?: number; t: Translator }) {
  if (posts.length === 0) return <p className="py-6 text-zinc-600 dark:text-zinc-400">{t.text('listing.empty')}</p>;
  return (
    <div className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {posts.map((post) => (
        <PostSummary key={post.file} post={post} previewAt={previewAt} t={t} />
      ))}
    </div>
  );
}
