import { NextResponse, type NextRequest } from 'next/server';
import { canonicalPath, hrefFor } from './lib/content/core/urls';
import { hasNoPage } from './lib/content/routing/known-pages';
import { oldUrlTarget, QUERY_ARCHIVES } from './lib/content/routing/old-urls';
import { proxyTables } from './lib/content/routing/proxy-tables';
import { previewSecret } from './lib/preview/secret';
import { DRAFT_MODE_COOKIE, isSessionToken, SESSION_COOKIE } from './lib/preview/session';

// WordPress's query-string feeds (`/?feed=rss2`, `/?feed=atom`, `/?tag=x&feed=rss2`) and where they live now.
// A `redirects()` rule cannot do this: it would carry `?feed=rss2` over to the new URL.
const QUERY_FEEDS: Record<string, string> = { rss2: '', rss: '', rdf: '', atom: 'atom/' };

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

/** Whether a path is a scheduled post's, or a listing page one opens, before its time (lib/content/routing/upcoming.ts). */
const isUpcoming = (path: string) => Date.now() < (proxyTables().upcoming.get(path) ?? 0);

/**
 * Whether `/og/…` names no image: every image is drawn on its first request and kept for good (app/og), so only
 * the exact URL of a public post's image may reach it. A scheduled post's image waits with its post.
 */
function isMissingOgImage(pathname: string): boolean {
  const post = proxyTables().ogImages.get(pathname);
  return pathname.startsWith('/og/') && (post === undefined || isUpcoming(post));
}

/**
 * Whether a request must get the normal 404 without reaching its page (outside preview, where drafts have URLs
 * of their own): `/drafts/`, a scheduled post's URL before its time, and any URL the site has no page at (see
 * lib/content/routing/known-pages.ts). Next.js would serve an empty error shell for the first two (prerendered as
 * not-found) and for pages rendered on first visit; the rewrite serves the real 404 page instead. (The pages
 * check again themselves.)
 */
function isNotFound(request: NextRequest): boolean {
  // The canonical form, as the content stores URLs: however the request spells a path, it is found.
  const path = canonicalPath(request.nextUrl.pathname);
  if (path === null) return false;
  return path.startsWith('/drafts/') || isUpcoming(path) || hasNoPage(path, proxyTables().known);
}

/**
 * An old WordPress URL (`/?p=123`, `/index.php/slug/`, `/Some-Post`): a permanent redirect to where it lives now
 * (301, which every client knows), or the 404 for an ID nobody has. A scheduled post's old URLs stay unknown
 * until it goes live. Null for any other request.
 */
function oldUrlResponse(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  const answer = oldUrlTarget(pathname, search, proxyTables().oldUrls, { previewOn: previewSecret() !== null });
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
const notFound = (request: NextRequest) => NextResponse.rewrite(new URL('/_not-found/', request.url), { status: 404, ...forwarded(request) });

/**
 * Five jobs:
 * - Preview: only a valid preview session (lib/preview/session.ts) sees drafts, scheduled posts and `/drafts/`;
 *   every other request reaches Next.js without its Draft Mode cookie (see forwarded).
 * - `/?feed=…`: a permanent redirect to the feed's URL, so readers subscribed to WordPress's query-string
 *   feeds keep receiving posts.
 * - Old WordPress URLs: a permanent redirect to the canonical one (see oldUrlResponse).
 * - Scheduled posts' URLs before their time, `/drafts/` outside preview, and URLs the site has no page at: the
 *   normal 404 (see isNotFound); `/og/…` URLs other than public posts' images: a bare 404 (see isMissingOgImage).
 * - A URL spelled like a route file (`/%5B...path%5D/`, `/tag/%5Bslug%5D/`) makes Next.js fail with a 500
 *   ("Attempted to handle request too many times") instead of a 404. No blog URL contains a square bracket,
 *   so such requests get the 404 page too.
 *   Next's own `/_next/...` files are left alone: Turbopack names chunks with brackets
 *   (`[root-of-the-server]__….js`), and those must be served.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (/%5[BbDd]|\[|\]/.test(pathname)) return notFound(request);
  const previewing = isSessionToken(request.cookies.get(SESSION_COOKIE)?.value, previewSecret());
  if (pathname === '/' && request.nextUrl.searchParams.has('feed')) {
    const feed = queryFeedUrl(request);
    return feed ? NextResponse.redirect(feed, 301) : NextResponse.next(previewing ? {} : forwarded(request));
  }
  const answer = oldUrlResponse(request);
  if (answer) return answer;
  if (previewing) return NextResponse.next();
  const response = isMissingOgImage(pathname) ? NO_IMAGE() : isNotFound(request) ? notFound(request) : NextResponse.next(forwarded(request));
  // An ended session's cookies go (not at /api/draft/, which may set them again in the same response).
  if (!pathname.startsWith('/api/draft/')) {
    for (const name of [DRAFT_MODE_COOKIE, SESSION_COOKIE]) if (request.cookies.has(name)) response.cookies.delete(name);
  }
  return response;
}

const NO_IMAGE = () => new NextResponse('Not found\n', { status: 404, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * The request as it goes on to Next.js outside a preview session: without Next's Draft Mode cookie, whatever it
 * carries. Only a session (checked above) lets that cookie in: an author's copy kept after the session ended, or
 * a copy taken from another author, must not turn Draft Mode on.
 */
function forwarded(request: NextRequest): { request?: { headers: Headers } } {
  if (!request.cookies.has(DRAFT_MODE_COOKIE)) return {};
  const headers = new Headers(request.headers);
  const kept = (request.headers.get('cookie') ?? '').split(';').filter((pair) => pair.split('=')[0]!.trim() !== DRAFT_MODE_COOKIE);
  if (kept.some((pair) => pair.trim() !== '')) headers.set('cookie', kept.join(';'));
  else headers.delete('cookie');
  return { request: { headers } };
}

export const config = {
  // Every page request (the scheduled URLs are known only at run time), not Next's own files, media nor the search
  // index; and any URL with a bracket, media included.
  matcher: ['/((?!_next/|_not-found/|wp-content/|assets/|pagefind/|icon\\.png).*)', '/((?!_next/).*(?:%5[BbDd]|\\[|\\]).*)'],
};
