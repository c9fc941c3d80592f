/**
 * URLs are data: every post and page has exactly one canonical path, computed here once and read by routes,
 * links, feeds and redirects alike. Paths are stored decoded (`/café/`); `hrefFor` encodes them for links.
 */

/** Paths the blog's own routes use; no post or page may take them. */
export const RESERVED_PREFIXES = ['/page/', '/tag/', '/category/', '/author/', '/feed/', '/wp-content/', '/assets/', '/_next/'];

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path; // a stray `%` that is not an escape: keep the text as written
  }
}

/** `https://site.example/x/` is on `https://site.example`; `https://site.example.org/x/` is not. */
function isOnSite(url: string, siteUrl: string): boolean {
  return url.toLowerCase().startsWith(siteUrl.toLowerCase()) && /^($|[/?#])/.test(url.slice(siteUrl.length));
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
  if (siteUrl && isOnSite(path, siteUrl)) path = path.slice(siteUrl.length);
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

/** The route segments Next.js passes to `[...path]` for a canonical path. */
export function segmentsOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** The canonical path requested through `[...path]` (Next.js may hand segments over still encoded). */
export function pathFromSegments(segments: string[]): string {
  return `/${segments.map(safeDecode).join('/')}/`.normalize('NFC');
}

export function isReserved(path: string): boolean {
  return path === '/' || RESERVED_PREFIXES.some((prefix) => path.startsWith(prefix));
}
