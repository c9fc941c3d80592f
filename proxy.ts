import { NextResponse, type NextRequest } from 'next/server';
import { hasNoPage, type KnownPages, type ListingCounts } from './lib/content/known-pages';
import { indexOldUrls, oldUrlTarget, type OldUrlTable } from './lib/content/old-urls';
import { canonicalPath, hrefFor } from './lib/content/urls';
import { previewSecret } from './lib/preview-secret';

// WordPress's query-string feeds (`/?feed=rss2`, `/?feed=atom`, `/?tag=x&feed=rss2`) and where they live now.
// A `redirects()` rule cannot do this: it would carry `?feed=rss2` over to the new URL.
const QUERY_FEEDS: Record<string, string> = { rss2: '', rss: '', rdf: '', atom: 'atom/' };
const QUERY_ARCHIVES: [param: string, taxonomy: string][] = [['tag', 'tag'], ['category_name', 'category'], ['author_name', 'author']];

function queryFeedUrl(request: NextRequest): URL | null {
  const params = request.nextUrl.searchParams;
  const kind = QUERY_FEEDS[params.get('feed') ?? ''];
  if (kind === undefined) return null;
  // Any other query (`&cat=5`, `&p=12` for a post's comments, `&s=…`) asks for a feed this blog cannot name: no
  // redirect, rather than a permanent one to the wrong feed.
  const known = new Set(['feed', ...QUERY_ARCHIVES.map(([param]) => param)]);
  if ([...params.keys()].some((param) => !known.has(param))) return null;
  const archive = QUERY_ARCHIVES.find(([param]) => params.get(param));
  const base = archive ? `/${archive[1]}/${encodeURIComponent(params.get(archive[0])!)}/feed/` : '/feed/';
  return new URL(`${base}${kind}`, request.url);
}

/** Scheduled posts' URLs and when they go live, from the build (next.config.ts, lib/content/upcoming.ts). */
const UPCOMING = new Map<string, number>(JSON.parse(process.env.BLOG_UPCOMING || '[]') as [string, number][]);
const PREVIEW_COOKIE = '__prerender_bypass';
/** WordPress IDs and canonical paths, from the build (next.config.ts, lib/content/old-urls.ts). */
const OLD_URLS = indexOldUrls(JSON.parse(process.env.BLOG_OLD_URLS || '{"ids":{},"paths":[]}') as OldUrlTable);

const isUpcoming = (path: string) => Date.now() < (UPCOMING.get(path) ?? 0);

const LISTINGS = JSON.parse(process.env.BLOG_LISTINGS || '{"perPage":10,"counts":{}}') as ListingCounts;
const KNOWN_PAGES: KnownPages = { perPage: LISTINGS.perPage, listings: new Map(Object.entries(LISTINGS.counts)), documents: OLD_URLS.paths };

/**
 * Whether a request must get the normal 404 without reaching its page (outside preview, where drafts have URLs
 * of their own): `/drafts/`, a scheduled post's URL before its time, and any URL the site has no page at (see
 * lib/content/known-pages.ts). Next.js would serve an empty error shell for the first two (prerendered as
 * not-found) and for pages rendered on first visit; the rewrite serves the real 404 page instead. (The pages
 * check again themselves.)
 */
function isNotFound(request: NextRequest): boolean {
  if (request.cookies.has(PREVIEW_COOKIE)) return false;
  // The canonical form, as the content stores URLs: however the request spells a path, it is found.
  const path = canonicalPath(request.nextUrl.pathname);
  if (path === null) return false;
  return path.startsWith('/drafts/') || isUpcoming(path) || hasNoPage(path, KNOWN_PAGES);
}

/**
 * An old WordPress URL (`/?p=123`, `/index.php/slug/`, `/Some-Post`): a permanent redirect to where it lives now
 * (301, which every client knows), or the 404 for an ID nobody has. A scheduled post's old URLs stay unknown
 * until it goes live. Null for any other request.
 */
function oldUrlResponse(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  const answer = oldUrlTarget(pathname, search, OLD_URLS, { previewOn: previewSecret() !== null });
  if (answer === null) return null;
  if ('notFound' in answer || isUpcoming(answer.redirect)) return notFound(request);
  const target = new URL(answer.redirect.startsWith('/api/') ? answer.redirect : hrefFor(answer.redirect), request.url);
  if (answer.search) target.search = answer.search;
  return NextResponse.redirect(target, 301);
}

/**
 * The site's 404 page (Next.js's prerendered not-found route), with status 404. The matcher below leaves
 * `/_not-found/` alone: when `next start` listens on a given host the rewrite is fetched like any request, and
 * would come back here.
 */
const notFound = (request: NextRequest) => NextResponse.rewrite(new URL('/_not-found/', request.url), { status: 404 });

/**
 * Four jobs:
 * - `/?feed=…`: a permanent redirect to the feed's URL, so readers subscribed to WordPress's query-string
 *   feeds keep receiving posts.
 * - Old WordPress URLs: a permanent redirect to the canonical one (see oldUrlResponse).
 * - Scheduled posts' URLs before their time, `/drafts/` outside preview, and URLs the site has no page at: the
 *   normal 404 (see isNotFound).
 * - A URL spelled like a route file (`/%5B...path%5D/`, `/tag/%5Bslug%5D/`) makes Next.js fail with a 500
 *   ("Attempted to handle request too many times") instead of a 404. No blog URL contains a square bracket,
 *   so such requests get the 404 page too.
 *   Next's own `/_next/...` files are left alone: Turbopack names chunks with brackets
 *   (`[root-of-the-server]__….js`), and those must be served.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (/%5[BbDd]|\[|\]/.test(pathname)) return notFound(request);
  if (pathname === '/' && request.nextUrl.searchParams.has('feed')) {
    const feed = queryFeedUrl(request);
    return feed ? NextResponse.redirect(feed, 301) : NextResponse.next();
  }
  return oldUrlResponse(request) ?? (isNotFound(request) ? notFound(request) : NextResponse.next());
}

export const config = {
  // Every page request (the scheduled URLs are known only at run time), not Next's own files, media nor the search
  // index; and any URL with a bracket, media included.
  matcher: ['/((?!_next/|_not-found/|wp-content/|assets/|pagefind/|icon\\.png).*)', '/((?!_next/).*(?:%5[BbDd]|\\[|\\]).*)'],
};
