import { getPublicPosts, getSite } from '../content';
import type { OffsetDateString } from '../content/dates';
import { findTermArchive } from '../content/listings';
import { ATOM_CONTENT_TYPE, renderAtom } from './atom';
import { feedFrom, type Feed } from './feed';
import { feedResponse } from './http';
import { JSON_FEED_CONTENT_TYPE, renderJsonFeed } from './json-feed';
import type { FeedScope } from './paths';
import { RSS_CONTENT_TYPE, renderRss } from './rss';

/** The feed a URL asks for, from the same public-post queries the pages use; null for an archive with no posts. */
function buildFeed(scope: FeedScope): Feed | null {
  const site = getSite();
  if (!scope) return feedFrom(site, getPublicPosts());
  const archive = findTermArchive(scope.taxonomy, scope.slug);
  return archive ? feedFrom(site, archive.posts, { taxonomy: scope.taxonomy, term: archive.term }) : null;
}

export type FeedFormat = 'rss' | 'atom' | 'json';

const FORMATS: Record<FeedFormat, { render: (feed: Feed) => string; contentType: string }> = {
  rss: { render: renderRss, contentType: RSS_CONTENT_TYPE },
  atom: { render: renderAtom, contentType: ATOM_CONTENT_TYPE },
  json: { render: renderJsonFeed, contentType: JSON_FEED_CONTENT_TYPE },
};

interface RenderedFeed {
  body: string;
  updated: OffsetDateString | null;
}

// Content is fixed for the life of a server process (it comes from the build), so a rendered feed stays right
// until the next deploy. Readers poll the same few feeds all day: keep the most recently rendered ones, so a
// poll (304 or not) costs a hash lookup instead of a render. Bounded, as every archive has feeds.
const MAX_RENDERED = 200;
const rendered = new Map<string, RenderedFeed>();

function renderedFeed(format: FeedFormat, scope: FeedScope): RenderedFeed | null {
  const key = `${format} ${scope ? `${scope.taxonomy} ${scope.slug}` : ''}`;
  const cached = rendered.get(key);
  if (cached) {
    rendered.delete(key); // re-inserted below as the most recent
    rendered.set(key, cached);
    return cached;
  }
  const feed = buildFeed(scope);
  if (!feed) return null; // unknown archives are not remembered: any URL could fill the map
  const result = { body: FORMATS[format].render(feed), updated: feed.updated };
  if (rendered.size >= MAX_RENDERED) rendered.delete(rendered.keys().next().value!);
  rendered.set(key, result);
  return result;
}

/** The response for a feed URL: the feed (or 304 to a reader that has it), or 404 for an archive with no posts. */
export function serveFeed(request: Request, format: FeedFormat, scope: FeedScope): Response {
  const feed = renderedFeed(format, scope);
  if (!feed) return new Response('No such feed.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return feedResponse(request, feed.body, FORMATS[format].contentType, feed.updated);
}
