import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { rfc822Date } from '../content/dates';
import type { Feed, FeedItem } from './feed';
import { NS, xmlText } from './xml';

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';

function item(channel: XMLBuilder, entry: FeedItem): void {
  const node = channel.ele('item');
  node.ele('title').txt(xmlText(entry.title));
  node.ele('link').txt(entry.url);
  node.ele('guid', { isPermaLink: String(entry.idIsPermalink) }).txt(xmlText(entry.id));
  node.ele('pubDate').txt(rfc822Date(entry.date));
  if (entry.author) node.ele('dc:creator').txt(xmlText(entry.author));
  for (const category of entry.categories) node.ele('category').txt(xmlText(category.name));
  if (entry.summary) node.ele('description').txt(xmlText(entry.summary));
  node.ele('content:encoded').txt(xmlText(entry.contentHtml));
  if (entry.image) {
    const media = node.ele('media:content', { url: entry.image.url, medium: 'image', ...(entry.image.type && { type: entry.image.type }) });
    if (entry.image.alt) media.ele('media:description', { type: 'plain' }).txt(xmlText(entry.image.alt));
  }
}

/** RSS 2.0, with content:encoded for full posts, dc:creator for authors and Media RSS for featured images. */
export function renderRss(feed: Feed): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const rss = doc.ele('rss', {
    version: '2.0',
    'xmlns:atom': NS.atom,
    'xmlns:content': NS.content,
    'xmlns:dc': NS.dc,
    'xmlns:media': NS.media,
  });
  const channel = rss.ele('channel');
  channel.ele('title').txt(xmlText(feed.title));
  channel.ele('link').txt(feed.homeUrl);
  channel.ele('description').txt(xmlText(feed.description));
  channel.ele('language').txt(feed.language);
  if (feed.updated) channel.ele('lastBuildDate').txt(rfc822Date(feed.updated));
  channel.ele('atom:link', { href: feed.links.rss, rel: 'self', type: 'application/rss+xml' });
  const image = channel.ele('image');
  image.ele('url').txt(feed.icon);
  image.ele('title').txt(xmlText(feed.title));
  image.ele('link').txt(feed.homeUrl);
  for (const entry of feed.items) item(channel, entry);
  // wellFormed: a mistake here fails loudly rather than serving a feed that readers reject.
  return doc.end({ prettyPrint: true, wellFormed: true });
}
