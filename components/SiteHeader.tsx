import Link from 'next/link';
import { FeedIcon } from './FeedIcon';
import { SearchBox } from './SearchBox';
import { ThemeToggle } from './ThemeToggle';

const NAV = [
  { href: '/', label: 'Home' },
  { href: '/tags/', label: 'Tags' },
  { href: '/archives/', label: 'Archives' },
];

export function SiteHeader({ title, description }: { title: string; description: string }) {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-5">
        <div>
          <Link href="/" className="text-2xl font-bold tracking-tight hover:underline">
            {title}
          </Link>
          {description && <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{description}</p>}
        </div>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-3">
          <nav aria-label="Site" className="flex flex-wrap items-center gap-x-1 gap-y-1 text-sm font-medium">
            {NAV.map(({ href, label }) => (
              <Link key={href} href={href} className="rounded-md px-2 py-1 hover:bg-zinc-100 hover:underline dark:hover:bg-zinc-800">
                {label}
              </Link>
            ))}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the feed is a route handler, not a page Next.js could navigate to */}
            <a
              href="/feed/"
              className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-orange-800 hover:bg-orange-50 hover:underline dark:text-orange-300 dark:hover:bg-zinc-800"
            >
              <FeedIcon />
              Subscribe
            </a>
            <ThemeToggle />
          </nav>
          <SearchBox id="site-search" label="Site search" compact />
        </div>
      </div>
    </header>
  );
}
