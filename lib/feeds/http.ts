import fresh from 'fresh';

/** A rendered feed and its validators. */
export interface FeedBody {
  body: string;
  /** The body's hash (`etag` package): equal bodies, equal tags, so an unchanged rebuild keeps it. */
  etag: string;
  /**
   * When the content was built: an edit to an older post or a removed post changes a feed without changing its
   * newest date, so only the build instant is safe for readers that send `If-Modified-Since` alone.
   */
  lastModified: number;
}

/**
 * A feed as an HTTP response that answers conditional GETs: readers poll all day, and a `304 Not Modified`
 * costs them and us almost nothing. `If-None-Match` wins over `If-Modified-Since` (RFC 9110).
 */
export function feedResponse(request: Request, feed: FeedBody, contentType: string): Response {
  const headers = new Headers({
    'Content-Type': contentType,
    ETag: feed.etag,
    'Last-Modified': new Date(feed.lastModified).toUTCString(),
    'Cache-Control': 'public, max-age=300, must-revalidate',
    // The same URL is the preview feed for an author with the preview cookie.
    Vary: 'Cookie',
  });
  // Request `Cache-Control: no-cache` is left out on purpose: it tells caches to revalidate, and this is the
  // revalidation. Fetch-based readers send it with every conditional request (the Fetch standard adds it).
  const requestHeaders = {
    'if-none-match': request.headers.get('if-none-match') ?? undefined,
    'if-modified-since': request.headers.get('if-modified-since') ?? undefined,
  };
  const responseHeaders = { etag: feed.etag, 'last-modified': headers.get('Last-Modified')! };
  if (fresh(requestHeaders, responseHeaders)) {
    headers.delete('Content-Type');
    return new Response(null, { status: 304, headers });
  }
  return new Response(feed.body, { headers });
}
