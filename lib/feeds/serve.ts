import { ATOM_CONTENT_TYPE, renderAtom } from './atom';
import { buildFeed, type Feed } from './feed';
import { feedResponse } from './http';
import { JSON_FEED_CONTENT_TYPE, renderJsonFeed } from './json-feed';
import type { FeedScope } from './paths';
import { RSS_CONTENT_TYPE, renderRss } from './rss';

export type FeedFormat = 'rss' | 'atom' | 'json';

const FORMATS: Record<FeedFormat, { render: (feed: Feed) => string; contentType: string }> = {
  rss: { render: renderRss, contentType: RSS_CONTENT_TYPE },
  atom: { render: renderAtom, contentType: ATOM_CONTENT_TYPE },
  json: { render: renderJsonFeed, contentType: JSON_FEED_CONTENT_TYPE },
};

/** The response for a feed URL: the feed (or 304 to a reader that has it), or 404 for an archive with no posts. */
export function serveFeed(request: Request, format: FeedFormat, scope: FeedScope): Response {
  const feed = buildFeed(scope);
  if (!feed) return new Response('No such feed.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const { render, contentType } = FORMATS[format];
  return feedResponse(request, render(feed), contentType, feed.updated);
}
