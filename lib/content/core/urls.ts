import { isDateArchivePath } from './date-archives';

/**
 * URLs are data: every post and page has exactly one canonical path, computed here once and read by routes,
 * links, feeds and redirects alike. Paths are stored decoded (`/café/`); `hrefFor` encodes them for links.
 */

/** Paths the blog's own routes use; no post or page may take them. */
export const RESERVED_PREFIXES = ['/page/', '/tag/', '/category/', '/author/', '/feed/', '/drafts/', '/api/', '/sitemap/', '/og/', '/wp-content/', '/assets/', '/_next/', '/search/', '/pagefind/'];
/** The search page. Below it, only WordPress's search URLs (`/search/term/`), which redirect to it. */
export const SEARCH_PATH = '/search/';
/** Single URLs the blog answers (old feed addresses it redirects); what is below them stays free. */
export const RESERVED_PATHS = ['/rss/', '/rss2/', '/atom/'];
/**
 * The blog's index pages. A WordPress page of the export may have one of these URLs (sites often had an
 * "Archives" page): its text is shown at the top of the index. A post may not.
 */
export const INDEX_PATHS = ['/archives/', '/tags/', '/categories/', '/authors/'];
/** WordPress's usual About page: on a site with several authors it lists them too. */
export const ABOUT_PATH = '/about/';

export function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path; // a stray `%` that is not an escape: keep the text as written
  }
}

/**
 * A path kept on this site: `//evil.example/x` (and `/\\evil.example`, which browsers read the same) would be
 * another host's address, so the leading slashes collapse to one.
 */
export const onThisSite = (path: string): string => path.replace(/^[/\\]{2,}/, '/');

/**
 * The root-relative form (`/x/?q#h`) of an absolute or protocol-relative URL on the old site's own domain,
 * whatever its scheme and with or without `www.`; null for any other URL. A site living under a path
 * (`https://example.com/blog`) has that path removed, as its permalinks do not carry it.
 */
export function ownSitePath(url: string, siteUrl: string): string | null {
  if (!/^(https?:)?\/\//i.test(url.trim())) return null;
  let parsed: URL;
  let site: URL;
  try {
    parsed = new URL(url.trim(), 'https://relative.invalid');
    site = new URL(siteUrl);
  } catch {
    return null;
  }
  const host = (u: URL) => u.hostname.toLowerCase().replace(/^www\./, '');
  if (host(parsed) !== host(site)) return null;
  const base = site.pathname.replace(/\/+$/, '');
  let path = parsed.pathname;
  if (base && (path === base || path.startsWith(`${base}/`))) path = path.slice(base.length) || '/';
  return `${onThisSite(path)}${parsed.search}${parsed.hash}`;
}

function pathnameOf(absoluteUrl: string): string {
  try {
    return new URL(absoluteUrl).pathname;
  } catch {
    return '';
  }
}

/**
 * The canonical form of a WordPress permalink: decoded, lower case, spaces as hyphens, one leading and one
 * trailing slash. `Some Post`, `/some%20post`, `/Some-Post/` all become `/some-post/`.
 * Returns null for permalinks that are not paths (`/?p=123`, WordPress's default links) or are empty.
 */
export function canonicalPath(permalink: string, siteUrl?: string): string | null {
  let path = permalink.trim();
  const onSite = siteUrl ? ownSitePath(path, siteUrl) : null;
  if (onSite !== null) path = onSite;
  else if (/^https?:\/\//i.test(path)) path = pathnameOf(path);
  if (path.includes('?') || path.includes('#')) return null;
  path = safeDecode(path)
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, '-')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .join('/');
  return path === '' ? null : `/${path}/`;
}

/** `/café/` -> `/caf%C3%A9/`: what goes in an `href` and what a browser requests. */
export function hrefFor(path: string): string {
  return encodeURI(path);
}

/** `/café/` on `https://example.com` -> `https://example.com/caf%C3%A9/`: for feeds, which have no page to be relative to. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return `${siteUrl}${hrefFor(path)}`;
}

/** The route segments Next.js passes to `[...path]` for a canonical path. */
export function segmentsOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** The canonical path requested through `[...path]` (Next.js may hand segments over still encoded). */
export function pathFromSegments(segments: string[]): string {
  return `/${segments.map(safeDecode).join('/')}/`.normalize('NFC');
}

/**
 * Why a document may not have `path`, or null if it may: the blog's own routes, WordPress's date archive URLs
 * (`/2020/`, `/2020/05/01/`; WordPress let no page take one), and the index pages, which only a page may share.
 */
export function reservedReason(path: string, { page }: { page: boolean }): string | null {
  if (path === '/' || RESERVED_PATHS.includes(path) || RESERVED_PREFIXES.some((prefix) => path.startsWith(prefix))) {
    return `${path} is a URL the blog itself uses`;
  }
  if (isDateArchivePath(path)) return `${path} is the URL of a date archive`;
  if (!page && INDEX_PATHS.includes(path)) return `${path} is the URL of an index page; only a page may add its text to it`;
  return null;
}
