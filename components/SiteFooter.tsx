import type { MenuItem } from '@/lib/content';
import { feedPaths } from '@/lib/feeds/paths';
import type { Translator } from '@/lib/i18n';
import { FeedIcon } from './FeedIcon';
import { MenuList } from './SiteMenu';

/** The site's name and description, its menu (or every page), and its feeds in every format. */
export function SiteFooter({ title, description, menu, t }: { title: string; description: string; menu: MenuItem[]; t: Translator }) {
  const feeds = feedPaths(null);
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-start justify-between gap-6 px-4 py-8 text-sm text-zinc-600 dark:text-zinc-400">
        <div className="max-w-md">
          <p className="font-semibold text-zinc-900 dark:text-zinc-100">{title}</p>
          {description && <p className="mt-1">{description}</p>}
        </div>
        {menu.length > 0 && (
          <nav aria-label={t.text('footer.pages')}>
            <MenuList items={menu} className="space-y-1" linkClassName="inline-block py-0.5 hover:underline" />
          </nav>
        )}
        <nav aria-label={t.text('footer.feeds')}>
          <ul className="flex gap-4">
            {[
              ['RSS', feeds.rss],
              ['Atom', feeds.atom],
              ['JSON Feed', feeds.json!],
            ].map(([label, href]) => (
              <li key={href}>
                {/* Plain links: feeds are route handlers, not pages. (Format names: the same in every language.) */}
                <a href={href} className="inline-flex items-center gap-1 hover:underline">
                  <FeedIcon className="h-3.5 w-3.5" />
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
