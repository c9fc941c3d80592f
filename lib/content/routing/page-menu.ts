/**
 * WordPress's default page menu (`wp_page_menu`, what a theme showed before anyone built a menu): the site's
 * pages by `menu_order`, then title. The header links the top-level ones; the footer lists them all, each
 * top-level page with the pages below it.
 */
import { hrefFor } from '../core/urls';
import type { DocumentMeta } from '../source/document';
import type { MenuItem } from '../source/menu';

/** `/about/team/` -> `['/about/', '/about/team/']`: a path and the paths above it, shortest first. */
function pathAndAncestors(url: string): string[] {
  const segments = url.split('/').filter(Boolean);
  return segments.map((_, i) => `/${segments.slice(0, i + 1).join('/')}/`);
}

/**
 * The page menu of an export's (published) pages. A page is top-level when no other page is above it in the
 * URL tree (`/about/` is above `/about/team/`); the pages below a top-level page, at any depth, are its children.
 * `language` (the site's) orders titles the way its readers alphabetise.
 */
export function pageMenu(pages: readonly DocumentMeta[], language: string): MenuItem[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const byMenuOrder = (a: DocumentMeta, b: DocumentMeta) => a.menuOrder - b.menuOrder || collator.compare(titleOf(a), titleOf(b)) || (a.url < b.url ? -1 : 1);
  const urls = new Set(pages.map((page) => page.url));
  // (Paths here are canonical, decoded; the menu's URLs are hrefs, encoded.)
  const topOf = (page: DocumentMeta) => pathAndAncestors(page.url).find((path) => urls.has(path)) ?? page.url;
  const below = new Map<string, DocumentMeta[]>();
  const top: DocumentMeta[] = [];
  for (const page of pages) {
    const parent = topOf(page);
    if (parent === page.url) top.push(page);
    else {
      const children = below.get(parent);
      if (children) children.push(page);
      else below.set(parent, [page]);
    }
  }
  const item = (page: DocumentMeta, children: MenuItem[]): MenuItem => ({ title: titleOf(page), url: hrefFor(page.url), children });
  return top.sort(byMenuOrder).map((page) => item(page, (below.get(page.url) ?? []).sort(byMenuOrder).map((child) => item(child, []))));
}

/** A page's link text: its title, or for an untitled page the last part of its path (`/contact-us/` -> `contact-us`). */
function titleOf(page: DocumentMeta): string {
  return page.title ?? page.url.split('/').filter(Boolean).pop() ?? page.url;
}
