import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { Feed, FeedItem } from './feed';
import { NS, xmlAttributes, xmlText } from './xml';

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

// Atom ids must be IRIs. WordPress guids are (`http://site/?p=12`); a hand-edited one may not be, and then the
// permalink stands in.
const IRI = /^[a-z][a-z\d+.-]*:[^\s<>"{}|\\^`]+$/i;

/** `<name attributes>text</name>` under `parent`, every value made safe for the builder. */
function element(parent: XMLBuilder, name: string, text: string | null, attributes: Record<string, string | null> = {}): XMLBuilder {
  const node = parent.ele(name, xmlAttributes(attributes));
  return text === null ? node : node.txt(xmlText(text));
}

function entry(feed: XMLBuilder, item: FeedItem): void {
  const node = feed.ele('entry');
  element(node, 'title', item.title, { type: 'text' });
  element(node, 'link', null, { rel: 'alternate', type: 'text/html', href: item.url });
  element(node, 'id', IRI.test(item.id) ? item.id : item.url);
  element(node, 'published', item.date);
  element(node, 'updated', item.date);
  if (item.author) element(node.ele('author'), 'name', item.author);
  for (const category of item.categories) element(node, 'category', null, { term: category.name, scheme: category.scheme });
  if (item.summary) element(node, 'summary', item.summary, { type: 'text' });
  element(node, 'content', item.contentHtml, { type: 'html' });
  if (item.image) element(node, 'media:content', null, { url: item.image.url, medium: 'image', type: item.image.type });
}

/** Atom (RFC 4287). Dates are RFC 3339 in each post's own offset, as they were written. */
export function renderAtom(feed: Feed): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele('feed', { xmlns: NS.atom, 'xmlns:media': NS.media }).att(NS.xml, 'xml:lang', xmlText(feed.language));
  element(root, 'title', feed.title, { type: 'text' });
  element(root, 'subtitle', feed.description, { type: 'text' });
  element(root, 'link', null, { rel: 'alternate', type: 'text/html', href: feed.homeUrl });
  element(root, 'link', null, { rel: 'self', type: 'application/atom+xml', href: feed.links.atom });
  element(root, 'id', feed.links.atom);
  // An empty feed has no newest post; the epoch keeps the output the same from build to build.
  element(root, 'updated', feed.updated ?? '1970-01-01T00:00:00+00:00');
  // Atom wants an author for every entry; posts that name none are the site's.
  element(root.ele('author'), 'name', feed.publisher);
  element(root, 'icon', feed.icon);
  for (const item of feed.items) entry(root, item);
  return doc.end({ prettyPrint: true, wellFormed: true });
}
