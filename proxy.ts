import { NextResponse, type NextRequest } from 'next/server';

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

/**
 * Two jobs, each kept to the requests it concerns by the matcher:
 * - `/?feed=…`: a permanent redirect to the feed's URL, so readers subscribed to WordPress's query-string
 *   feeds keep receiving posts.
 * - A URL spelled like a route file (`/%5B...path%5D/`, `/tag/%5Bslug%5D/`) makes Next.js fail with a 500
 *   ("Attempted to handle request too many times") instead of a 404. No blog URL contains a square bracket,
 *   so such requests are rewritten to a path no route serves, which renders the 404 page with status 404.
 *   Next's own `/_next/...` files are left alone: Turbopack names chunks with brackets
 *   (`[root-of-the-server]__….js`), and those must be served.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/') {
    const feed = queryFeedUrl(request);
    return feed ? NextResponse.redirect(feed, 301) : NextResponse.next();
  }
  return NextResponse.rewrite(new URL('/404/', request.url), { status: 404 });
}

export const config = {
  matcher: [{ source: '/', has: [{ type: 'query', key: 'feed' }] }, '/((?!_next/).*(?:%5[BbDd]|\\[|\\]).*)'],
};
