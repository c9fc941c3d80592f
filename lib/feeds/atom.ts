import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { Feed, FeedItem } from './feed';
import { NS, xmlText } from './xml';

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

// Atom ids must be IRIs. WordPress guids are (`http://site/?p=12`); a hand-edited one may not be, and then the
// permalink stands in.
const IRI = /^[a-z][a-z\d+.-]*:[^\s<>"{}|\\^`]+$/i;

function entry(feed: XMLBuilder, item: FeedItem): void {
  const node = feed.ele('entry');
  node.ele('title', { type: 'text' }).txt(xmlText(item.title));
  node.ele('link', { rel: 'alternate', type: 'text/html', href: item.url });
  node.ele('id').txt(xmlText(IRI.test(item.id) ? item.id : item.url));
  node.ele('published').txt(item.date);
  node.ele('updated').txt(item.date);
  if (item.author) node.ele('author').ele('name').txt(xmlText(item.author));
  for (const category of item.categories) {
    node.ele('category', { term: xmlText(category.name), scheme: category.scheme });
  }
  if (item.summary) node.ele('summary', { type: 'text' }).txt(xmlText(item.summary));
  node.ele('content', { type: 'html' }).txt(xmlText(item.contentHtml));
  if (item.image) {
    node.ele('media:content', { url: item.image.url, medium: 'image', ...(item.image.type && { type: item.image.type }) });
  }
}

/** Atom (RFC 4287). Dates are RFC 3339 in each post's own offset, as they were written. */
export function renderAtom(feed: Feed): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele('feed', { xmlns: NS.atom, 'xmlns:media': NS.media }).att(NS.xml, 'xml:lang', feed.language);
  root.ele('title', { type: 'text' }).txt(xmlText(feed.title));
  root.ele('subtitle', { type: 'text' }).txt(xmlText(feed.description));
  root.ele('link', { rel: 'alternate', type: 'text/html', href: feed.homeUrl });
  root.ele('link', { rel: 'self', type: 'application/atom+xml', href: feed.links.atom });
  root.ele('id').txt(feed.links.atom);
  // An empty feed has no newest post; the epoch keeps the output the same from build to build.
  root.ele('updated').txt(feed.updated ?? '1970-01-01T00:00:00+00:00');
  // Atom wants an author for every entry; posts that name none are the site's.
  root.ele('author').ele('name').txt(xmlText(feed.publisher));
  root.ele('icon').txt(feed.icon);
  for (const item of feed.items) entry(root, item);
  return doc.end({ prettyPrint: true, wellFormed: true });
}
