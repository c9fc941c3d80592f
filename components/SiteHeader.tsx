import Link from 'next/link';
import type { MenuItem } from '@/lib/content';
import type { Translator } from '@/lib/i18n';
import { FeedIcon } from './FeedIcon';
import { SearchBox } from './SearchBox';
import { MenuBar, MenuList } from './SiteMenu';
import { ThemeToggle } from './ThemeToggle';

/** The menu, then the blog's own index pages that the menu does not already link. */
function headerLinks(menu: MenuItem[], t: Translator): MenuItem[] {
  const linked = new Set(menu.flatMap((item) => [item.url, ...item.children.map((child) => child.url)]));
  const own: MenuItem[] = [
    { title: t.text('nav.tags'), url: '/tags/', children: [] },
    { title: t.text('nav.archives'), url: '/archives/', children: [] },
  ];
  return [...menu, ...own.filter((item) => !linked.has(item.url))];
}

/** The feed link, last in the menu: a plain link, as the feed is a route handler Next.js cannot navigate to. */
function SubscribeLink({ t, className }: { t: Translator; className: string }) {
  return (
    <li>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the feed is a route handler, not a page */}
      <a href="/feed/" className={`${className} text-orange-800 hover:underline dark:text-orange-300`}>
        <FeedIcon />
        {t.text('nav.subscribe')}
      </a>
    </li>
  );
}

/**
 * The site's name, its menu, the theme toggle and the search box. Wide screens show the menu in a row; phones a
 * "Menu" button that opens it (`<details>`: no JavaScript needed). Only one of the two is displayed, so the
 * links are in the accessibility tree and the Tab order once.
 */
export function SiteHeader({ title, description, menu, t }: { title: string; description: string; menu: MenuItem[]; t: Translator }) {
  const links = headerLinks(menu, t);
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
          <nav aria-label={t.text('nav.label')} className="hidden md:block">
            <MenuBar
              items={links}
              trailing={<SubscribeLink t={t} className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 hover:bg-orange-50 dark:hover:bg-zinc-800" />}
            />
          </nav>
          <ThemeToggle labels={{ name: t.text('theme.label'), toLight: t.text('theme.toLight'), toDark: t.text('theme.toDark') }} />
          <SearchBox id="site-search" label={t.text('search.siteForm')} fieldLabel={t.text('search.field')} compact />
        </div>
        <details className="group w-full md:hidden">
          <summary className="inline-flex cursor-pointer list-none items-center gap-2 rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800 [&::-webkit-details-marker]:hidden">
            <svg viewBox="0 0 20 20" aria-hidden="true" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
              <path d="M3 5h14M3 10h14M3 15h14" className="group-open:hidden" />
              <path d="m5 5 10 10M15 5 5 15" className="hidden group-open:inline" />
            </svg>
            {t.text('nav.menu')}
          </summary>
          <nav aria-label={t.text('nav.label')} className="mt-3">
            <MenuList
              items={links}
              className="space-y-1 text-base font-medium"
              linkClassName="block rounded-md px-2 py-2 hover:bg-zinc-100 hover:underline dark:hover:bg-zinc-800"
              trailing={<SubscribeLink t={t} className="flex items-center gap-1.5 rounded-md px-2 py-2 hover:bg-orange-50 dark:hover:bg-zinc-800" />}
            />
          </nav>
        </details>
      </div>
    </header>
  );
}
