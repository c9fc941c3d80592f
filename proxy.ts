import { NextResponse, type NextRequest } from 'next/server';

/**
 * A URL spelled like a route file (`/%5B...path%5D/`, `/tag/%5Bslug%5D/`) makes Next.js fail with a 500
 * ("Attempted to handle request too many times") instead of a 404. No blog URL contains a square bracket,
 * so such requests are rewritten to a path no route serves, which renders the 404 page with status 404.
 * The matcher keeps every other request away from this function, and Next's own `/_next/...` files too:
 * Turbopack names chunks with brackets (`[root-of-the-server]__….js`), and those must be served.
 */
export function proxy(request: NextRequest) {
  return NextResponse.rewrite(new URL('/404/', request.url), { status: 404 });
}

export const config = {
  matcher: ['/((?!_next/).*(?:%5[BbDd]|\\[|\\]).*)'],
};
