/**
 * Enters preview: `/api/draft?secret=…&path=/the-permalink/` (or `&id=<WordPress ID>`). With the right secret (or
 * already in preview) and a document that exists, turns on Draft Mode and redirects to the document's URL as the
 * content stores it, never to a URL taken from the query.
 */
import { cookies, draftMode } from 'next/headers';
import { getContent } from '@/lib/content';
import { canonicalPath, hrefFor } from '@/lib/content/urls';
import { isPreviewSecret, previewSecret } from '@/lib/preview-secret';

const PREVIEW_HOURS = 12;
const PRIVATE = { 'Cache-Control': 'private, no-store', 'Content-Type': 'text/plain; charset=utf-8' };
const text = (status: number, message: string) => new Response(`${message}\n`, { status, headers: PRIVATE });

export async function GET(request: Request) {
  const secret = previewSecret();
  if (!secret) return text(404, 'Preview is off: set PREVIEW_SECRET on the server to turn it on.');
  const query = new URL(request.url).searchParams;
  // An author already in preview (Draft Mode's cookie is signed by the server) may open another document without
  // the secret again: WordPress's preview links (`/?p=123&preview=true`) are sent here without one.
  const previewing = (await draftMode()).isEnabled;
  if (!previewing && !isPreviewSecret(query.get('secret') ?? '', secret)) return text(401, 'Wrong or missing preview secret.');

  const content = getContent(true);
  const id = query.get('id');
  const path = query.get('path');
  const wanted = id !== null ? (/^\d+$/.test(id) ? content.byWpId(Number(id)) : undefined) : path ? content.byUrl(canonicalPath(path) ?? '') : undefined;
  if (!wanted) return text(404, 'No post, page or draft has that path or ID.');

  (await draftMode()).enable();
  // Next.js sets the bypass cookie SameSite=None (for previews inside other sites' iframes); a blog has none,
  // so Lax keeps it off cross-site requests. HttpOnly, and Secure in production.
  const jar = await cookies();
  const bypass = jar.get('__prerender_bypass');
  if (bypass) {
    jar.set({
      name: bypass.name,
      value: bypass.value,
      httpOnly: true,
      sameSite: 'lax',
      secure: process.env.NODE_ENV === 'production',
      path: '/',
      maxAge: PREVIEW_HOURS * 3600, // a preview ends by itself; a copied cookie does not last
    });
  }
  return new Response(null, { status: 307, headers: { ...PRIVATE, Location: hrefFor(wanted.url) } });
}
