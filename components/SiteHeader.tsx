import Link from 'next/link';
import { FeedIcon } from './FeedIcon';

export function SiteHeader({ title, description }: { title: string; description: string }) {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-3xl flex-wrap items-start justify-between gap-4 px-4 py-6">
        <div>
          <Link href="/" className="text-2xl font-bold tracking-tight hover:underline">
            {title}
          </Link>
          {description && <p className="mt-1 text-zinc-600 dark:text-zinc-400">{description}</p>}
        </div>
        <nav aria-label="Site" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm font-medium">
          <Link href="/archives/" className="hover:underline">
            Archives
          </Link>
          <Link href="/categories/" className="hover:underline">
            Categories
          </Link>
          <Link href="/tags/" className="hover:underline">
            Tags
          </Link>
          {/* A plain link: the feed is a route handler, not a page Next.js could navigate to. */}
          <a
            href="/feed/"
            className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-sm font-medium text-orange-700 hover:bg-orange-50 hover:underline dark:text-orange-400 dark:hover:bg-zinc-900"
          >
            <FeedIcon />
            Subscribe
          </a>
        </nav>
      </div>
    </header>
  );
}
