/** Leaves preview (POST only, from the preview bar's button) and returns to the page it was on. */
import { cookies, draftMode } from 'next/headers';
import { SESSION_COOKIE, sessionCookieOptions } from '@/lib/preview/session';

/** The path of the page the button was on, if the request came from this site; else the home page. */
function returnPath(request: Request): string {
  const referer = request.headers.get('referer');
  if (!referer) return '/';
  try {
    const from = new URL(referer);
    // The Host the browser asked for (request.url may name the address the server listens on instead).
    if (from.host !== request.headers.get('host')) return '/';
    // A path only (`/x/`), never `//host` or `/\host`, which browsers read as another site.
    return /^\/(?![/\\])/.test(from.pathname) ? `${from.pathname}${from.search}` : '/';
  } catch {
    return '/';
  }
}

export async function POST(request: Request) {
  (await draftMode()).disable();
  (await cookies()).set({ name: SESSION_COOKIE, value: '', ...sessionCookieOptions(), maxAge: 0 });
  return new Response(null, { status: 303, headers: { Location: returnPath(request), 'Cache-Control': 'private, no-store' } });
}
