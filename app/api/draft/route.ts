/**
 * Enters preview: `/api/draft?secret=…&path=/the-permalink/` (or `&id=<WordPress ID>`). With the right secret and a
 * document that exists, starts a 12-hour preview session (lib/preview/session.ts) and redirects to the document's
 * URL as the content stores it, never to a URL taken from the query. An author already in a session may open
 * another document without the secret (WordPress's preview links, `/?p=123&preview=true`, come here without one);
 * that does not lengthen the session.
 */
import { cookies, draftMode } from 'next/headers';
import { isPreview } from '@/app/_routes/preview';
import { getContent, canonicalPath, hrefFor } from '@/lib/content';
import { checkPreviewSecret, CLIENT_HEADER, clientKey } from '@/lib/preview/attempts';
import { previewSecret } from '@/lib/preview/secret';
import { DRAFT_MODE_COOKIE, issueSessionToken, SESSION_COOKIE, sessionCookieOptions } from '@/lib/preview/session';

const PRIVATE = { 'Cache-Control': 'private, no-store', 'Content-Type': 'text/plain; charset=utf-8' };
const text = (status: number, message: string, headers: Record<string, string> = {}) =>
  new Response(`${message}\n`, { status, headers: { ...PRIVATE, ...headers } });

/** Null when the request may go on; else the answer to a wrong, missing or too frequent secret. */
function refusal(request: Request, given: string, secret: string): Response | null {
  const check = checkPreviewSecret(given, secret, clientKey(request.headers.get(CLIENT_HEADER)));
  if (check.ok) return null;
  if (check.status === 429) return text(429, 'Too many wrong preview secrets: try again later.', { 'Retry-After': String(check.retryAfter) });
  return text(401, 'Wrong or missing preview secret.');
}

export async function GET(request: Request) {
  const secret = previewSecret();
  if (!secret) return text(404, 'Preview is off: set PREVIEW_SECRET on the server to turn it on.');
  const query = new URL(request.url).searchParams;
  const given = query.get('secret') ?? '';
  const previewing = !given && (await isPreview());
  if (!previewing) {
    const refused = refusal(request, given, secret);
    if (refused) return refused;
  }

  const content = getContent(true);
  const id = query.get('id');
  const path = query.get('path');
  const wanted = id !== null ? (/^\d+$/.test(id) ? content.byWpId(Number(id)) : undefined) : path ? content.byUrl(canonicalPath(path) ?? '') : undefined;
  if (!wanted) return text(404, 'No post, page or draft has that path or ID.');

  if (!previewing) {
    (await draftMode()).enable();
    // Next.js sets its cookie SameSite=None (for previews inside other sites' iframes) and for the browser's
    // session; a blog has no such iframes, and the cookie lasts no longer than the session.
    const jar = await cookies();
    const draft = jar.get(DRAFT_MODE_COOKIE);
    if (draft) jar.set({ name: DRAFT_MODE_COOKIE, value: draft.value, ...sessionCookieOptions() });
    jar.set({ name: SESSION_COOKIE, value: issueSessionToken(secret), ...sessionCookieOptions() });
  }
  return new Response(null, { status: 307, headers: { ...PRIVATE, Location: hrefFor(wanted.url) } });
}
