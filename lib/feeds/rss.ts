import { escapeUTF8 } from 'entities';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { rfc822Date } from '../content/core/dates';
import type { Feed, FeedItem } from './feed';
import { NS, xmlAttributes, xmlText } from './xml';

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';

/** `<name attributes>text</name>` under `parent`, every value made safe for the builder. */
function element(parent: XMLBuilder, name: string, text: string, attributes: Record<string, string | null> = {}): XMLBuilder {
  return parent.ele(name, xmlAttributes(attributes)).txt(xmlText(text));
}

function item(channel: XMLBuilder, entry: FeedItem): void {
  const node = channel.ele('item');
  element(node, 'title', entry.title);
  element(node, 'link', entry.url);
  element(node, 'guid', entry.id, { isPermaLink: String(entry.idIsPermalink) });
  element(node, 'pubDate', rfc822Date(entry.date));
  if (entry.author) element(node, 'dc:creator', entry.author);
  for (const category of entry.categories) element(node, 'category', category.name);
  // Readers take description as HTML; the excerpt is text (`<script>` in it is a word), so it is escaped as HTML.
  if (entry.summary) element(node, 'description', escapeUTF8(entry.summary));
  element(node, 'content:encoded', entry.contentHtml);
  if (entry.image) {
    const media = node.ele('media:content', xmlAttributes({ url: entry.image.url, medium: 'image', type: entry.image.type }));
    if (entry.image.alt) element(media, 'media:description', entry.image.alt, { type: 'plain' });
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
  element(channel, 'title', feed.title);
  element(channel, 'link', feed.homeUrl);
  element(channel, 'description', feed.description);
  element(channel, 'language', feed.language);
  if (feed.updated) element(channel, 'lastBuildDate', rfc822Date(feed.updated));
  channel.ele('atom:link', xmlAttributes({ href: feed.links.rss, rel: 'self', type: 'application/rss+xml' }));
  const image = channel.ele('image');
  element(image, 'url', feed.icon);
  element(image, 'title', feed.title);
  element(image, 'link', feed.homeUrl);
  for (const entry of feed.items) item(channel, entry);
  // wellFormed: a mistake here fails loudly rather than serving a feed that readers reject.
  return doc.end({ prettyPrint: true, wellFormed: true });
}
