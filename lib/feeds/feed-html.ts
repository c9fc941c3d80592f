import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { parseSrcset, stringifySrcset } from 'srcset';
import { SKIP, visit } from 'unist-util-visit';
import { HEADING_ANCHOR_CLASS } from '../markdown/sanitize-schema';

/** The hast properties that hold one URL, on whichever element the sanitiser let them through. */
const URL_PROPERTIES = ['href', 'src', 'cite', 'longDesc', 'poster'] as const;

/** `url` made absolute: root-relative ones hang off the site's address, which may have a path (`https://example.com/blog`). */
export function resolveUrl(written: string, pageUrl: string, siteUrl: string): string {
  // Browsers strip surrounding whitespace and read `\` as `/` in http(s) URLs; so must the base-path check.
  const url = written.trim().replace(/^\\/, '/');
  const rootRelative = url.startsWith('/') && !url.startsWith('//');
  try {
    return rootRelative ? new URL(`.${url}`, `${siteUrl}/`).href : new URL(url, pageUrl).href;
  } catch {
    return url; // not a URL at all (`http://[`): left as written rather than guessed at
  }
}

/** Page chrome the body carries that means nothing in a feed reader: the `#` links beside headings. */
function isPageOnly(node: Element): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes(HEADING_ANCHOR_CLASS);
}

/**
 * A body's HTML as a feed carries it: every link and media URL absolute, against the post's own address.
 * Pages keep root-relative links (`/wp-content/…`, `/other-post/`, `#section`); a feed reader has no page to
 * resolve them against, so a feed needs `https://site/…` everywhere.
 */
export function feedHtml(html: string, pageUrl: string, siteUrl: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  // Removed after the walk, a parent's children filtered once (a splice each is quadratic in a body of many headings).
  const pageOnly = new Set<Element>();
  const parents = new Set<Root | Element>();
  visit(tree, 'element', (node: Element, _index, parent) => {
    if (parent && isPageOnly(node)) {
      pageOnly.add(node);
      parents.add(parent as Root | Element);
      return SKIP;
    }
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = resolveUrl(value, pageUrl, siteUrl);
    }
    const srcSet = node.properties.srcSet;
    if (typeof srcSet === 'string') {
      const candidates = parseSrcset(srcSet).map((candidate) => ({ ...candidate, url: resolveUrl(candidate.url, pageUrl, siteUrl) }));
      node.properties.srcSet = stringifySrcset(candidates);
    }
  });
  for (const parent of parents) parent.children = parent.children.filter((child) => !pageOnly.has(child as Element)) as typeof parent.children;
  return toHtml(tree);
}
