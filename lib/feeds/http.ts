import etag from 'etag';
import fresh from 'fresh';
import { httpDate, type OffsetDateString } from '../content/dates';

/**
 * A feed as an HTTP response that answers conditional GETs: readers poll all day, and a `304 Not Modified`
 * costs them and us almost nothing. The ETag is the body's hash, so an unchanged rebuild keeps it;
 * `Last-Modified` is the newest post's date.
 */
export function feedResponse(request: Request, body: string, contentType: string, updated: OffsetDateString | null): Response {
  const headers = new Headers({
    'Content-Type': contentType,
    ETag: etag(body),
    'Cache-Control': 'public, max-age=300, must-revalidate',
  });
  if (updated) headers.set('Last-Modified', httpDate(updated));
  // Request `Cache-Control: no-cache` is left out on purpose: it tells caches to revalidate, and this is the
  // revalidation. Fetch-based readers send it with every conditional request (the Fetch standard adds it).
  const requestHeaders = {
    'if-none-match': request.headers.get('if-none-match') ?? undefined,
    'if-modified-since': request.headers.get('if-modified-since') ?? undefined,
  };
  const responseHeaders = { etag: headers.get('ETag')!, 'last-modified': headers.get('Last-Modified') ?? undefined };
  if (fresh(requestHeaders, responseHeaders)) {
    headers.delete('Content-Type');
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { headers });
}
