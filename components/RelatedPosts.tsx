import Link from 'next/link';
import type { Entry } from '@/lib/content';
import { hrefFor } from '@/lib/content';
import type { Translator } from '@/lib/i18n';
import { PostDate } from './PostDate';

type RelatedPost = Pick<Entry, 'url' | 'title' | 'date' | 'file'>;

/** "Related posts" under a post: their titles and dates; nothing when there are none. */
export function RelatedPosts({ posts, t }: { posts: RelatedPost[]; t: Translator }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="_related" className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <h2 id="_related" className="text-lg font-semibold tracking-tight">
        {t.text('post.related')}
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {posts.map((post) => (
          <li key={post.file}>
            <Link href={hrefFor(post.url)} className="font-medium hover:underline">
              {post.title}
            </Link>
            {post.date && (
              <span className="block text-sm text-zinc-600 dark:text-zinc-400">
                <PostDate date={post.date} t={t} />
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
