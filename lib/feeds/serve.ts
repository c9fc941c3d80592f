import etag from 'etag';
import { getContent, getContentTime, getSite, withBodies } from '../content/model/queries';
import type { Collection } from '../content/model/collection';
import { findTermArchive } from '../content/model/listings';
import { ATOM_CONTENT_TYPE, renderAtom } from './atom';
import { feedFrom, type Feed } from './feed';
import { feedResponse, type FeedBody } from './http';
import { JSON_FEED_CONTENT_TYPE, renderJsonFeed } from './json-feed';
import type { FeedScope } from './paths';
import { RSS_CONTENT_TYPE, renderRss } from './rss';

export type FeedFormat = 'rss' | 'atom' | 'json';

const FORMATS: Record<FeedFormat, { render: (feed: Feed) => string; contentType: string }> = {
  rss: { render: renderRss, contentType: RSS_CONTENT_TYPE },
  atom: { render: renderAtom, contentType: ATOM_CONTENT_TYPE },
  json: { render: renderJsonFeed, contentType: JSON_FEED_CONTENT_TYPE },
};

// Content is fixed for the life of a server process (it comes from the build), so a rendered feed stays right
// until the next deploy. Readers poll the same few feeds all day: the most recently used ones are kept, so a
// poll costs a lookup instead of a render (5-8 ms, bench/feeds.ts). Bounded by size, as every archive has feeds.
const MAX_KEPT_BYTES = 32 * 1024 * 1024;
const kept = new Map<string, FeedBody>();
let keptBytes = 0;
/** The collection the kept feeds were rendered from: when a scheduled post goes live, it is replaced. */
let keptFrom: Collection | undefined;

function keep(key: string, feed: FeedBody): void {
  kept.set(key, feed);
  keptBytes += feed.body.length;
  for (const [oldest, old] of kept) {
    if (keptBytes <= MAX_KEPT_BYTES || oldest === key) break;
    kept.delete(oldest);
    keptBytes -= old.body.length;
  }
}

/**
 * The feed a URL asks for, built from the same public-post queries the pages use; null for an archive with no
 * public posts. Kept under the archive's own slug, so the spellings of one URL (encoded or not) share an entry.
 */
function feedBody(format: FeedFormat, scope: FeedScope, preview: boolean): FeedBody | null {
  const content = getContent(preview);
  const archive = scope && findTermArchive(scope.taxonomy, scope.slug, preview);
  if (scope && !archive) return null; // unknown archives are not remembered: any URL could fill the map
  const site = getSite();
  const posts = archive ? archive.posts : content.posts;
  const term = scope && archive ? { taxonomy: scope.taxonomy, term: archive.term } : undefined;
  if (preview) {
    // Never kept: what an author previews is theirs alone, and changes as they edit.
    const body = FORMATS[format].render(feedFrom(site, withBodies(posts.slice(0, site.feedItems)), term, { previewAt: content.collection.now }));
    return { body, etag: etag(body), lastModified: content.collection.now };
  }
  if (keptFrom !== content.collection) {
    kept.clear();
    keptBytes = 0;
    keptFrom = content.collection;
  }
  const key = `${format} ${term ? `${term.taxonomy} ${term.term.slug}` : ''}`;
  const cached = kept.get(key);
  if (cached) {
    kept.delete(key); // re-inserted as the most recently used
    kept.set(key, cached);
    return cached;
  }
  const body = FORMATS[format].render(feedFrom(site, withBodies(posts.slice(0, site.feedItems)), term));
  const result = { body, etag: etag(body), lastModified: getContentTime() };
  keep(key, result);
  return result;
}

/** The response for a feed URL: the feed (or 304 to a reader that has it), or 404 for an archive with no posts. */
export function serveFeed(request: Request, format: FeedFormat, scope: FeedScope, { preview = false } = {}): Response {
  const feed = feedBody(format, scope, preview);
  if (!feed) return new Response('No such feed.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const response = feedResponse(request, feed, FORMATS[format].contentType);
  if (preview) response.headers.set('Cache-Control', 'private, no-store');
  return response;
}
