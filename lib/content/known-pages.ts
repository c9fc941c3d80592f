/**
 * Which pages the site has, for proxy.ts to answer every other URL with the 404 page before any route runs.
 *
 * The build prerenders every document and the first page of every listing but day archives; later pages and day
 * archives are rendered on their first visit (lib/content/listings.ts). An unknown URL must not reach that
 * on-demand rendering: Next.js renders a not-found there as an empty error shell, not the site's 404 page. So
 * the proxy looks the URL up here: the documents' paths, and each listing's post count by its first page's path.
 */
import { publicationState } from './collection';
import { dateArchivePathsOf, isDateArchivePath } from './date-archives';
import type { DocumentMeta } from './document';
import { archivePath, archivesOf } from './terms';
import { INDEX_PATHS, RESERVED_PATHS, RESERVED_PREFIXES, SEARCH_PATH } from './urls';

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
    // A set: two spellings of one term (`AI`, `ai`) are one archive, which lists the post once.
    const paths = new Set(['/', ...archivesOf(post).map(({ taxonomy, term }) => archivePath(taxonomy, term.slug))]);
    if (post.date) for (const path of dateArchivePathsOf(post.date)) paths.add(path);
    for (const path of paths) counts[path] = (counts[path] ?? 0) + 1;
  }
  return { perPage, counts };
}

/** The lookups the proxy makes, built once. */
export interface KnownPages {
  perPage: number;
  listings: Map<string, number>;
  /** Canonical paths of documents and term archives (the old-URL table's). */
  documents: Set<string>;
}

// Files answered by their own routes.
const ROUTE_FILES = ['/feed.json/', '/sitemap.xml/', '/robots.txt/', '/icon.png/'];

/**
 * Whether the site has no page at a canonical path (`canonicalPath` in urls.ts). False for every path other
 * routes answer themselves (feeds, indexes, API, media): they need no help to say 404.
 */
export function hasNoPage(path: string, known: KnownPages): boolean {
  if (known.documents.has(path)) return false;
  const later = /^(.*\/)page\/([1-9]\d*)\/$/.exec(path);
  const count = known.listings.get(later ? later[1]! : path);
  if (count !== undefined) return later !== null && !(Number(later[2]) <= Math.ceil(count / known.perPage));
  // A later page of no listing, or a date archive without posts.
  if (later || isDateArchivePath(path)) return true;
  const otherRoute =
    path === '/' ||
    path === SEARCH_PATH ||
    INDEX_PATHS.includes(path) ||
    RESERVED_PATHS.includes(path) ||
    ROUTE_FILES.includes(path) ||
    RESERVED_PREFIXES.some((prefix) => prefix !== '/page/' && prefix !== SEARCH_PATH && path.startsWith(prefix));
  return !otherRoute;
}
