import { dateArchiveLabel, dateArchivePath, monthName, postCount, hrefFor } from '@/lib/content';
import type { Entry } from '@/lib/content';
import type { Translator } from '@/lib/i18n';
import { PostDate } from './PostDate';

type ArchivedPost = Pick<Entry, 'url' | 'title' | 'date' | 'file'>;

export interface ArchiveYear {
  year: number;
  count: number;
  months: { month: number; posts: ArchivedPost[] }[];
}

/**
 * Every post by year and month, each year and month linking to its archive, with its count. Plain links, not
 * `next/link`: this page lists the whole site, and each `Link` would add its props to the page's RSC payload.
 */
export function ArchiveTree({ years, t }: { years: ArchiveYear[]; t: Translator }) {
  if (years.length === 0) return <p className="py-6 text-zinc-600 dark:text-zinc-400">{t.text('listing.empty')}</p>;
  return (
    <div className="mt-6 space-y-10">
      {years.map(({ year, count, months }) => (
        <section key={year} aria-labelledby={`_y${year}`}>
          <h2 id={`_y${year}`} className="text-2xl font-bold tracking-tight">
            <a href={hrefFor(dateArchivePath({ year }))} className="hover:underline">
              {dateArchiveLabel({ year }, t.lang)}
            </a>{' '}
            <span className="text-base font-normal text-zinc-600 dark:text-zinc-400">({postCount(count, t)})</span>
          </h2>
          {months.map(({ month, posts }) => (
            <section key={month} aria-label={dateArchiveLabel({ year, month }, t.lang)} className="mt-4">
              <h3 className="font-semibold">
                <a href={hrefFor(dateArchivePath({ year, month }))} className="hover:underline">
                  {monthName(month, t.lang)}
                </a>{' '}
                <span className="font-normal text-zinc-600 dark:text-zinc-400">({postCount(posts.length, t)})</span>
              </h3>
              <ul className="mt-2 space-y-1">
                {posts.map((post) => (
                  <li key={post.file} className="flex flex-wrap gap-x-3">
                    {post.date && (
                      <span className="w-28 shrink-0 text-sm text-zinc-600 tabular-nums dark:text-zinc-400">
                        <PostDate date={post.date} t={t} />
                      </span>
                    )}
                    <a href={hrefFor(post.url)} className="hover:underline">
                      {post.title}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
