import Link from 'next/link';
import type { ReactNode } from 'react';
import type { MenuItem } from '@/lib/content';

/** A menu link: client-side navigation within the site, a plain link elsewhere. */
export function MenuLink({ item, className, children }: { item: Pick<MenuItem, 'url'>; className: string; children: ReactNode }) {
  if (item.url.startsWith('/')) {
    return (
      <Link href={item.url} className={className}>
        {children}
      </Link>
    );
  }
  return (
    <a href={item.url} className={className}>
      {children}
    </a>
  );
}

const BAR_LINK = 'inline-flex items-center gap-1 rounded-md px-2 py-1 hover:bg-zinc-100 hover:underline dark:hover:bg-zinc-800';

/**
 * The menu in a row, for wide screens. An entry's children drop down below it while the pointer is over it or
 * the keyboard is in it (CSS alone: `:hover`, `:focus-within`), so Tab goes from the entry through its children
 * in order, with or without JavaScript.
 */
export function MenuBar({ items, trailing }: { items: MenuItem[]; trailing?: ReactNode }) {
  return (
    <ul className="flex flex-wrap items-center gap-x-1 gap-y-1 text-sm font-medium">
      {items.map((item) => (
        <li key={`${item.url} ${item.title}`} className="group relative">
          <MenuLink item={item} className={BAR_LINK}>
            {item.title}
            {item.children.length > 0 && (
              <svg viewBox="0 0 12 12" aria-hidden="true" className="h-3 w-3 opacity-60" fill="currentColor">
                <path d="M2 4h8L6 9z" />
              </svg>
            )}
          </MenuLink>
          {item.children.length > 0 && (
            <ul className="invisible absolute start-0 top-full z-20 min-w-48 rounded-md border border-zinc-200 bg-white p-1 opacity-0 shadow-lg transition-opacity group-focus-within:visible group-focus-within:opacity-100 group-hover:visible group-hover:opacity-100 motion-reduce:transition-none dark:border-zinc-700 dark:bg-zinc-900">
              {item.children.map((child) => (
                <li key={`${child.url} ${child.title}`}>
                  <MenuLink item={child} className="block rounded px-3 py-1.5 hover:bg-zinc-100 hover:underline dark:hover:bg-zinc-800">
                    {child.title}
                  </MenuLink>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
      {trailing}
    </ul>
  );
}

/** The menu as a list, children indented under their entry: the phone's menu and the footer's. */
export function MenuList({ items, className, linkClassName, trailing }: { items: MenuItem[]; className: string; linkClassName: string; trailing?: ReactNode }) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={`${item.url} ${item.title}`}>
          <MenuLink item={item} className={linkClassName}>
            {item.title}
          </MenuLink>
          {item.children.length > 0 && (
            <ul className="ms-4 border-s border-zinc-200 ps-2 dark:border-zinc-800">
              {item.children.map((child) => (
                <li key={`${child.url} ${child.title}`}>
                  <MenuLink item={child} className={linkClassName}>
                    {child.title}
                  </MenuLink>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
      {trailing}
    </ul>
  );
}
