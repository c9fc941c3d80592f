/**
 * Which pages the site has, for proxy.ts to answer every other URL with the 404 page before any route runs.
 *
 * The build prerenders every document and the first page of every listing but day archives; later pages and day
 * archives are rendered on their first visit (lib/content/model/listings.ts). An unknown URL must not reach that
 * on-demand rendering: Next.js renders a not-found there as an empty error shell, not the site's 404 page. So
 * the proxy looks the URL up here: the documents' paths, and each listing's post count by its first page's path.
 */
import { listingsOf } from '../core/listings-of';
import { needsOgImage } from './og-images';
import { publicationState } from '../core/publication';
import { isDateArchivePath } from '../core/date-archives';
import type { DocumentMeta } from '../source/document';
import { INDEX_PATHS, RESERVED_PATHS, SEARCH_PATH } from '../core/urls';

/** What next.config.ts inlines for the proxy. */
export interface ListingCounts {
  perPage: number;
  /** Post count by listing path: `/`, `/tag/<slug>/`, `/2020/`, `/2020/05/01/`… */
  counts: Record<string, number>;
}

/**
 * Every listing's post count, over the posts public at `now` or scheduled after it (the pages a scheduled post
 * will fill are held back until then by proxy.ts's own check).
 */
export function listingCounts(posts: DocumentMeta[], perPage: number, now: number): ListingCounts {
  const counts: Record<string, number> = { '/': 0 };
  for (const post of posts) {
    if (post.kind !== 'post' || publicationState(post, now) === 'draft') continue;
    for (const path of listingsOf(post)) counts[path] = (counts[path] ?? 0) + 1;
  }
  return { perPage, counts };
}

/**
 * The URLs of the posts that get a generated Open Graph image (app/og), public at `now` or scheduled after it
 * (proxy.ts holds a scheduled post's image back until the post is out). No other `/og/…` URL reaches the route,
 * which keeps every image it draws.
 */
export function ogImageOwners(posts: DocumentMeta[], now: number): string[] {
  return posts.filter((post) => publicationState(post, now) !== 'draft' && needsOgImage(post)).map((post) => post.url);
}

/** The lookups the proxy makes, built once. */
export interface KnownPages {
  perPage: number;
  listings: Map<string, number>;
  /** Canonical paths of documents and term archives (the old-URL table's). */
  documents: Set<string>;
}

// Single URLs answered by their own routes.
const ROUTE_FILES = ['/feed/', '/feed/atom/', '/feed.json/', '/sitemap.xml/', '/robots.txt/', '/icon.png/', '/api/draft/', '/api/draft/exit/'];
// Folders whose routes answer every URL below them, a 404 included, without rendering a page (`/og/` is checked by
// proxy.ts itself).
const FILE_FOLDERS = ['/wp-content/', '/assets/', '/pagefind/', '/og/', '/_next/'];
/** What a term archive has below it, besides its later pages. */
const TERM_FEEDS = ['feed/', 'feed/atom/'];
/** URLs per sitemap file (SITEMAP_URL_LIMIT in lib/seo/sitemap.ts, which the proxy does not load). */
const SITEMAP_FILE_URLS = 50_000;

const sitemapParts = new WeakMap<KnownPages, number>();

/**
 * How many `/sitemap/<n>.xml` files the site can have at most: the sitemap lists each listing page, index page and
 * document once (term archives are counted twice, documents and listings: this is an upper bound).
 */
function sitemapFilesAtMost(known: KnownPages): number {
  let files = sitemapParts.get(known);
  if (files === undefined) {
    let urls = INDEX_PATHS.length + known.documents.size;
    for (const count of known.listings.values()) urls += Math.max(1, Math.ceil(count / known.perPage));
    files = Math.ceil(urls / SITEMAP_FILE_URLS);
    sitemapParts.set(known, files);
  }
  return files;
}

/**
 * Whether the site has no page at a canonical path (`canonicalPath` in urls.ts). False for the paths of routes that
 * answer URLs they do not know without rendering a page (media, the search index, the API).
 *
 * Every other URL that reaches Next.js may be rendered, and written into its cache for good: whatever is not a
 * document, a listing page with posts, an existing term archive's feeds, an index, or a sitemap part the site can
 * have is no page.
 */
export function hasNoPage(path: string, known: KnownPages): boolean {
  if (known.documents.has(path)) return false;
  const later = /^(.*\/)page\/([1-9]\d*)\/$/.exec(path);
  const count = known.listings.get(later ? later[1]! : path);
  if (count !== undefined) return later !== null && !(Number(later[2]) <= Math.ceil(count / known.perPage));
  // A later page of no listing, or a date archive without posts.
  if (later || isDateArchivePath(path)) return true;
  const term = /^\/(?:tag|category|author)\/[^/]+\//.exec(path)?.[0];
  if (term) return !known.listings.has(term) || !TERM_FEEDS.some((feed) => path === `${term}${feed}`);
  const part = /^\/sitemap\/([1-9]\d*)\.xml\/$/.exec(path);
  if (part) return sitemapFilesAtMost(known) < Math.max(2, Number(part[1]));
  const otherRoute =
    path === '/' ||
    path === SEARCH_PATH ||
    INDEX_PATHS.includes(path) ||
    RESERVED_PATHS.includes(path) ||
    ROUTE_FILES.includes(path) ||
    FILE_FOLDERS.some((folder) => path.startsWith(folder));
  return !otherRoute;
}
