/**
 * The feeds, rendered from real fixture exports through the same collection the pages use, then read back with
 * a real feed parser (@rowanmanning/feed-parser) and an XML validator, and checked against RSS 2.0,
 * RFC 4287 (Atom) and JSON Feed 1.1.
 */
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { decodeXML } from 'entities';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { buildCollection, type Collection } from '../../lib/content/model/collection';
import { instant, rfc822Date } from '../../lib/content/core/dates';
import type { SiteConfig } from '../../lib/content/source/site';
import type { Taxonomy } from '../../lib/content/core/terms';
import { renderAtom } from '../../lib/feeds/atom';
import { feedFrom, type Feed } from '../../lib/feeds/feed';
import { feedHtml } from '../../lib/feeds/feed-html';
import { feedResponse } from '../../lib/feeds/http';
import { renderJsonFeed } from '../../lib/feeds/json-feed';
import { renderRss } from '../../lib/feeds/rss';
import { withoutForbiddenCharacters, xmlText } from '../../lib/feeds/xml';
import { CATEGORY_POLICY, DRAFT, LEAK_MARKERS, NEWEST_FIRST, SCHEDULED, TAG_ML, TAG_TOKYO, post } from '../e2e/paginated-fixture';
import { FIXTURES_DIR, PAGINATED_DIR, WP_SHAPES_DIR, exportEntries } from '../helpers/fixtures';

const NOW = Date.parse('2024-06-01T00:00:00Z');
const SITE_URL = 'https://paginated.example';
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
/** The front-matter dates of the newest fixture posts, exactly as written. */
const WRITTEN_DATE: Record<number, string> = {
  28: '2020-09-17T20:16:04+00:00',
  27: '2020-08-25T15:09:51+01:00',
  26: '2020-08-02T10:02:38+13:00',
  25: '2020-07-10T05:55:25-07:00',
  24: '2020-06-17T00:48:12+05:30',
};

// Entities are decoded once, by `entities`, and not by fast-xml-parser, which decodes `&amp;lt;` twice (to `<`).
const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: false,
  isArray: (name) => ['item', 'entry', 'category', 'link'].includes(name),
  tagValueProcessor: (_name, value) => decodeXML(value),
  attributeValueProcessor: (_name, value) => decodeXML(value),
});
const xml = { parse: (text: string) => xmlParser.parse(text) };

interface Site {
  site: SiteConfig;
  collection: Collection;
  /** The feed of the site or of one archive, as the routes build it. */
  feed(archive?: { taxonomy: Taxonomy; slug: string }, settings?: Partial<SiteConfig>): Feed;
}

async function load(dir: string, now = NOW, reuse = true): Promise<Site> {
  const { site, entries } = await exportEntries(dir, { reuse });
  const collection = buildCollection(entries, now);
  return {
    site,
    collection,
    feed(archive, settings = {}) {
      const config = { ...site, ...settings };
      if (!archive) return feedFrom(config, collection.posts);
      const found = { tag: collection.tags, category: collection.categories, author: collection.authors }[archive.taxonomy].get(archive.slug);
      if (!found) throw new Error(`no ${archive.taxonomy} ${archive.slug}`);
      return feedFrom(config, found.posts, { taxonomy: archive.taxonomy, term: found.term });
    },
  };
}

const paginated = () => load(PAGINATED_DIR);

/** Scripts, event handlers and javascript: URLs in a piece of HTML, as an HTML parser reads it. */
function unsafeNodes(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (['script', 'style', 'object', 'embed'].includes(node.tagName)) found.push(node.tagName);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name) || /^\s*javascript:/i.test(String(value))) found.push(`${node.tagName}[${name}]`);
    }
  });
  return found;
}
/** Every link and media URL in a piece of HTML, in document order, as an HTML parser reads them. */
function hrefsIn(html: string): string[] {
  const urls: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    for (const name of ['href', 'src', 'cite', 'poster']) {
      const value = node.properties[name];
      if (typeof value === 'string') urls.push(value);
    }
  });
  return urls;
}

describe('RSS 2.0', () => {
  test('is well-formed XML, declares every namespace it uses, and parses as RSS', async () => {
    const rss = renderRss((await paginated()).feed());
    expect(XMLValidator.validate(rss)).toBe(true);
    const root = xml.parse(rss).rss;
    expect(root['@version']).toBe('2.0');
    for (const prefix of ['atom', 'content', 'dc', 'media']) expect(root[`@xmlns:${prefix}`]).toMatch(/^http:\/\//);
    expect(parseFeed(rss).meta.type).toBe('rss');
  });

  test('carries the 20 newest public posts, newest first, and nothing unpublished', async () => {
    const rss = renderRss((await paginated()).feed());
    const parsed = parseFeed(rss);
    expect(parsed.items.map((item) => item.title)).toEqual(NEWEST_FIRST.slice(0, 20).map((p) => p.title));
    for (const marker of [DRAFT.marker, SCHEDULED.marker, ...LEAK_MARKERS]) expect(rss).not.toContain(marker);
  });

  test('the channel: title, link, description, language, self link, icon, and lastBuildDate = newest post', async () => {
    const parsed = parseFeed(renderRss((await paginated()).feed()));
    expect(parsed.title).toBe('Paginated Fixture');
    expect(parsed.url).toBe(`${SITE_URL}/`);
    expect(parsed.description).toBe('A WordPress export with enough posts for three listing pages');
    expect(parsed.language).toBe('en');
    expect(parsed.self).toBe(`${SITE_URL}/feed/`);
    expect(parsed.image?.url).toBe(`${SITE_URL}/icon.png`);
    const channel = xml.parse(renderRss((await paginated()).feed())).rss.channel;
    expect(channel.lastBuildDate).toBe('Thu, 17 Sep 2020 20:16:04 +0000');
    expect(channel.lastBuildDate).toBe(channel.item[0].pubDate);
  });

  test('guids are the export\'s, byte for byte (isPermaLink="false"); posts without one get their permalink', async () => {
    const items = xml.parse(renderRss((await paginated()).feed())).rss.channel.item;
    for (const [i, p] of NEWEST_FIRST.slice(0, 20).entries()) {
      const guid = items[i].guid;
      if (p.guid) expect(guid).toEqual({ '#text': p.guid, '@isPermaLink': 'false' });
      else expect(guid).toEqual({ '#text': `${SITE_URL}${p.url}`, '@isPermaLink': 'true' });
    }
    expect(items[1].guid['#text']).toBe('http://paginated.example/?p=1189'); // http:// kept, not "fixed"
  });

  test('pubDate is RFC 822 in the post\'s own offset, at the same instant as written', async () => {
    const items = xml.parse(renderRss((await paginated()).feed())).rss.channel.item;
    for (const item of items) expect(item.pubDate).toMatch(RFC822);
    expect(items.slice(0, 5).map((item: { pubDate: string }) => item.pubDate)).toEqual([
      'Thu, 17 Sep 2020 20:16:04 +0000',
      'Tue, 25 Aug 2020 15:09:51 +0100',
      'Sun, 02 Aug 2020 10:02:38 +1300',
      'Fri, 10 Jul 2020 05:55:25 -0700',
      'Wed, 17 Jun 2020 00:48:12 +0530',
    ]);
    for (const [i, n] of [28, 27, 26, 25, 24].entries()) expect(Date.parse(items[i].pubDate)).toBe(instant(WRITTEN_DATE[n]!));
  });

  test('items: title with entities decoded, link, author, one category per category and tag, excerpt, media', async () => {
    const parsed = parseFeed(renderRss((await paginated()).feed()));
    const [p28, , p26, , p24] = parsed.items;
    expect(p28!.title).toBe('Post 28 – Apples & Oranges: comparing two app stores');
    expect(p28!.url).toBe(`${SITE_URL}${post(28).url}`);
    expect(p28!.authors.map((a) => a.name)).toEqual(['Ada Editor']);
    expect(p28!.mediaImages.map((m) => m.url)).toEqual(['https://i.imgur.com/abcdEFG.jpg']);
    expect(p26!.mediaImages.map((m) => [m.url, m.mimeType])).toEqual([[`${SITE_URL}/wp-content/uploads/2020/09/pixel.png`, 'image/png']]);
    expect(p24!.categories.map((c) => c.label)).toEqual(['News', 'Machine Learning', 'Weekly']);
    // A hand-written excerpt is the description; without one, the body's first words (never "undefined").
    expect(p24!.description).toBe('Hand-written summary of post 24: bigger models & bigger bills.');
    expect(p28!.description).toMatch(/^This is the body of fixture post number 28\. It talks about apples & oranges/);
    expect(renderRss((await paginated()).feed())).not.toContain('undefined');
  });

  test('content:encoded is the whole sanitised body, every URL absolute, heading anchors left out', async () => {
    const parsed = parseFeed(renderRss((await paginated()).feed()));
    const content = parsed.items[2]!.content!; // post 26: relative links of every kind
    expect(content).toContain('<p>The end.</p>');
    expect(hrefsIn(content)).toEqual([
      `${SITE_URL}/post-26-data-centre-energy-use/`,
      `${SITE_URL}/post-25-delivery-robots-on-campus/`,
      `${SITE_URL}/`,
      `${SITE_URL}/post-26-data-centre-energy-use/#details`,
      `${SITE_URL}/wp-content/uploads/2020/09/pixel.png`,
      `${SITE_URL}/wp-content/uploads/2020/09/pixel.png`,
    ]);
    expect(content).not.toContain('heading-anchor');
    for (const item of parsed.items) for (const url of hrefsIn(item.content ?? '')) expect(url).toMatch(/^https?:\/\//);
  });
});

describe('Atom', () => {
  test('is well-formed RFC 4287: ids, self link, updated = newest entry, a feed author', async () => {
    const atom = renderAtom((await paginated()).feed());
    expect(XMLValidator.validate(atom)).toBe(true);
    const feed = xml.parse(atom).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@xml:lang']).toBe('en');
    expect(feed.id).toBe(`${SITE_URL}/feed/atom/`);
    expect(feed.link).toEqual(
      expect.arrayContaining([
        { '@rel': 'self', '@type': 'application/atom+xml', '@href': `${SITE_URL}/feed/atom/` },
        { '@rel': 'alternate', '@type': 'text/html', '@href': `${SITE_URL}/` },
      ]),
    );
    expect(feed.updated).toBe(WRITTEN_DATE[28]);
    expect(feed.author.name).toBe('Paginated Fixture');
    expect(feed.icon).toBe(`${SITE_URL}/icon.png`);
    expect(parseFeed(atom).meta.type).toBe('atom');
  });

  test('entries: ids from guids (permalink without one), RFC 3339 dates in the own offset, categories with terms', async () => {
    const atom = renderAtom((await paginated()).feed());
    const entries = xml.parse(atom).feed.entry;
    expect(entries).toHaveLength(20);
    for (const [i, p] of NEWEST_FIRST.slice(0, 20).entries()) {
      expect(entries[i].id).toBe(p.guid ?? `${SITE_URL}${p.url}`);
      expect(entries[i].published).toMatch(RFC3339);
      expect(entries[i].updated).toBe(entries[i].published);
    }
    for (const [i, n] of [28, 27, 26, 25, 24].entries()) expect(entries[i].published).toBe(WRITTEN_DATE[n]);
    expect(entries[4].category.map((c: Record<string, string>) => [c['@term'], c['@scheme']])).toEqual([
      ['News', `${SITE_URL}/category/`],
      ['Machine Learning', `${SITE_URL}/tag/`],
      ['Weekly', `${SITE_URL}/tag/`],
    ]);
    const parsed = parseFeed(atom);
    expect(parsed.items[0]!.title).toBe('Post 28 – Apples & Oranges: comparing two app stores');
    expect(parsed.items[0]!.authors.map((a) => a.name)).toEqual(['Ada Editor']);
    expect(parsed.items[2]!.content).toContain(`href="${SITE_URL}/post-26-data-centre-energy-use/#details"`);
    expect(parsed.items[4]!.description).toBe('Hand-written summary of post 24: bigger models & bigger bills.');
    for (const marker of [DRAFT.marker, SCHEDULED.marker, ...LEAK_MARKERS]) expect(atom).not.toContain(marker);
  });
});

describe('JSON Feed 1.1', () => {
  test('top level: version, title, URLs, icon, language, authors', async () => {
    const json = JSON.parse(renderJsonFeed((await paginated()).feed()));
    expect(json).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Paginated Fixture',
      home_page_url: `${SITE_URL}/`,
      feed_url: `${SITE_URL}/feed.json`,
      icon: `${SITE_URL}/icon.png`,
      language: 'en',
      authors: [{ name: 'Paginated Fixture' }],
    });
  });

  test('items: string ids from guids, content_html, summary, image, RFC 3339 dates in the own offset, tags', async () => {
    const text = renderJsonFeed((await paginated()).feed());
    const { items } = JSON.parse(text);
    expect(items.map((item: { title: string }) => item.title)).toEqual(NEWEST_FIRST.slice(0, 20).map((p) => p.title));
    for (const [i, p] of NEWEST_FIRST.slice(0, 20).entries()) {
      expect(items[i].id).toBe(p.guid ?? `${SITE_URL}${p.url}`);
      expect(items[i].url).toBe(`${SITE_URL}${p.url}`);
      expect(items[i].date_published).toMatch(RFC3339);
      expect(items[i].content_html).toMatch(/^<p>/);
    }
    expect(items.slice(0, 5).map((item: { date_published: string }) => item.date_published)).toEqual([28, 27, 26, 25, 24].map((n) => WRITTEN_DATE[n]));
    expect(items[0]).toMatchObject({ image: 'https://i.imgur.com/abcdEFG.jpg', authors: [{ name: 'Ada Editor' }], tags: ['News'] });
    expect(items[4].summary).toBe('Hand-written summary of post 24: bigger models & bigger bills.');
    expect(items[4].tags).toEqual(['News', 'Machine Learning', 'Weekly']);
    for (const marker of [DRAFT.marker, SCHEDULED.marker, ...LEAK_MARKERS]) expect(text).not.toContain(marker);
    expect(text).not.toContain('undefined');
  });
});

describe('archive feeds and settings', () => {
  test('a tag, a category and an author feed list exactly their posts, with their own self links', async () => {
    const site = await paginated();
    const ml = parseFeed(renderRss(site.feed({ taxonomy: 'tag', slug: TAG_ML.slug })));
    expect(ml.items.map((item) => item.title)).toEqual(TAG_ML.posts.map((n) => post(n).title));
    expect(ml.self).toBe(`${SITE_URL}/tag/machine-learning/feed/`);
    expect(ml.url).toBe(`${SITE_URL}/tag/machine-learning/`);
    expect(ml.title).toBe('Paginated Fixture – Tag: Machine Learning');
    const policy = parseFeed(renderAtom(site.feed({ taxonomy: 'category', slug: CATEGORY_POLICY.slug })));
    expect(policy.items.map((item) => item.title)).toEqual(CATEGORY_POLICY.posts.map((n) => post(n).title));
    expect(policy.self).toBe(`${SITE_URL}/category/policy/feed/atom/`);
    const ada = parseFeed(renderRss(site.feed({ taxonomy: 'author', slug: 'ada-editor' })));
    expect(ada.items.map((item) => item.title)).toEqual(NEWEST_FIRST.filter((p) => p.author === 'Ada Editor').map((p) => p.title));
    expect(ada.items.length).toBeGreaterThan(0);
    expect(ada.items.every((item) => item.authors[0]?.name === 'Ada Editor')).toBe(true);
  });

  test('an archive feed is named and described in the site\'s language', async () => {
    const site = await paginated();
    const title = (lang: string) => {
      const feed = site.feed({ taxonomy: 'tag', slug: TAG_ML.slug }, { language: lang });
      return [feed.title, feed.description];
    };
    expect(title('en')).toEqual(['Paginated Fixture – Tag: Machine Learning', 'Posts tagged Machine Learning']);
    expect(title('fr-FR')).toEqual(['Paginated Fixture – Étiquette\u00a0: Machine Learning', 'Articles avec l’étiquette Machine Learning']);
    expect(title('ar')).toEqual(['Paginated Fixture – الوسم: Machine Learning', 'مقالات موسومة بـ Machine Learning']);
    const author = site.feed({ taxonomy: 'author', slug: 'ada-editor' }, { language: 'fr' });
    expect(author.description).toBe('Articles de Ada Editor');
  });

  test('a Unicode tag\'s feed links are percent-encoded', async () => {
    const tokyo = parseFeed(renderRss((await paginated()).feed({ taxonomy: 'tag', slug: TAG_TOKYO.slug })));
    expect(tokyo.self).toBe(`${SITE_URL}/tag/%E6%9D%B1%E4%BA%AC/feed/`);
    expect(tokyo.items.map((item) => item.title)).toEqual([post(9).title]);
  });

  test('feed_items sets how many posts a feed carries', async () => {
    const parsed = parseFeed(renderRss((await paginated()).feed(undefined, { feedItems: 5 })));
    expect(parsed.items.map((item) => item.title)).toEqual(NEWEST_FIRST.slice(0, 5).map((p) => p.title));
  });

  test('a rebuild of unchanged content gives byte-identical feeds, whenever it runs', async () => {
    // Two independent reads of the export, through the whole content pipeline, at different times.
    const first = await load(PAGINATED_DIR, NOW, false);
    const later = await load(PAGINATED_DIR, NOW + 90 * 24 * 3600 * 1000, false);
    expect(renderRss(later.feed())).toBe(renderRss(first.feed()));
    expect(renderAtom(later.feed())).toBe(renderAtom(first.feed()));
    expect(renderJsonFeed(later.feed())).toBe(renderJsonFeed(first.feed()));
  });

  test('a scheduled post enters the feed once its time has come', async () => {
    const future = await load(PAGINATED_DIR, Date.parse('2099-06-01T00:00:00Z'));
    expect(parseFeed(renderRss(future.feed())).items[0]!.title).toBe(SCHEDULED.title);
  });
});

describe('feed edge cases (tests/fixtures/feed-edges)', () => {
  const EDGES = 'https://edges.example/blog';
  const edges = () => load(path.join(FIXTURES_DIR, 'feed-edges'));

  test('a repeated guid is kept by the newer post only; the older falls back to its permalink', async () => {
    const feed = (await edges()).feed();
    const rss = xml.parse(renderRss(feed)).rss.channel.item;
    const byTitle = (title: string) => rss.find((item: { title: string }) => item.title === title).guid;
    expect(byTitle('Copy of the original')).toEqual({ '#text': `${EDGES}/?p=10`, '@isPermaLink': 'false' });
    expect(byTitle('The original')).toEqual({ '#text': `${EDGES}/original/`, '@isPermaLink': 'true' });
    for (const ids of [
      rss.map((item: { guid: { '#text': string } }) => item.guid['#text']),
      xml.parse(renderAtom(feed)).feed.entry.map((entry: { id: string }) => entry.id),
      JSON.parse(renderJsonFeed(feed)).items.map((item: { id: string }) => item.id),
    ]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  test('a guid that is not a URL stays the RSS guid and the JSON id; Atom, which needs an IRI, uses the permalink', async () => {
    const feed = (await edges()).feed();
    expect(xml.parse(renderRss(feed)).rss.channel.item[0].guid).toEqual({ '#text': 'imported post 12', '@isPermaLink': 'false' });
    expect(xml.parse(renderAtom(feed)).feed.entry[0].id).toBe(`${EDGES}/odd-guid/`);
    expect(JSON.parse(renderJsonFeed(feed)).items[0].id).toBe('imported post 12');
  });

  test('a site under a path keeps the path in every URL: links, body, featured image, icon', async () => {
    const feed = (await edges()).feed();
    const original = parseFeed(renderRss(feed)).items.find((item) => item.title === 'The original')!;
    expect(original.url).toBe(`${EDGES}/original/`);
    expect(hrefsIn(original.content!)).toEqual([`${EDGES}/wp-content/uploads/a.jpg`, `${EDGES}/copy-of-the-original/`]);
    expect(original.mediaImages.map((m) => [m.url, m.mimeType])).toEqual([[`${EDGES}/wp-content/uploads/feature.jpg?resize=640`, 'image/jpeg']]);
    expect(feed.icon).toBe(`${EDGES}/wp-content/uploads/site-icon.png`);
    expect(feed.links).toEqual({ rss: `${EDGES}/feed/`, atom: `${EDGES}/feed/atom/`, json: `${EDGES}/feed.json` });
  });

  test('srcset candidates are made absolute whatever their spacing', async () => {
    const feed = (await edges()).feed();
    const html = feed.items.find((item) => item.title === 'The original')!.contentHtml;
    expect(html).toContain(`srcset="${EDGES}/wp-content/uploads/a.webp 1x, ${EDGES}/original/b.webp 2x"`);
  });

  test('characters XML cannot carry are dropped from the body, not served to break the feed', async () => {
    const rss = renderRss((await edges()).feed());
    expect(XMLValidator.validate(rss)).toBe(true);
    expect(rss).not.toMatch(/[\u0008\u000C]/);
    expect(parseFeed(rss).items.find((item) => item.title === 'The original')!.content).toContain('a backspace  and a form feed .');
  });

  test('the language setting `en_US` is served as the tag en-US', async () => {
    const feed = (await edges()).feed();
    expect(xml.parse(renderRss(feed)).rss.channel.language).toBe('en-US');
    expect(xml.parse(renderAtom(feed)).feed['@xml:lang']).toBe('en-US');
    expect(JSON.parse(renderJsonFeed(feed)).language).toBe('en-US');
  });

  test('an empty feed is still valid: no lastBuildDate, a fixed Atom updated, no items', async () => {
    const { site } = await edges();
    const empty = feedFrom(site, []);
    const rss = renderRss(empty);
    expect(XMLValidator.validate(rss)).toBe(true);
    expect(xml.parse(rss).rss.channel.lastBuildDate).toBeUndefined();
    expect(xml.parse(rss).rss.channel.item).toBeUndefined();
    const atom = xml.parse(renderAtom(empty)).feed;
    expect(atom.updated).toBe('1970-01-01T00:00:00+00:00');
    expect(atom.entry).toBeUndefined();
    expect(JSON.parse(renderJsonFeed(empty)).items).toEqual([]);
  });
});

describe('preview feeds', () => {
  test('carry drafts and scheduled posts, marked in the title, an undated draft dated now; valid in every format', async () => {
    const { site, entries } = await exportEntries(path.join(FIXTURES_DIR, 'unpublished-site'));
    const preview = buildCollection(entries, NOW, { preview: true });
    const feed = feedFrom({ ...site, feedItems: 100 }, preview.posts, undefined, { previewAt: NOW });
    const titles = feed.items.map((item) => item.title);
    expect(titles).toContain('[Draft] Draft without permalink');
    expect(titles).toContain('[Scheduled] Scheduled');
    expect(titles).toContain('Published');
    expect(feed.items.find((item) => item.title === '[Draft] Draft without permalink')!.date).toBe('2024-06-01T00:00:00+00:00');
    expect(XMLValidator.validate(renderRss(feed))).toBe(true);
    expect(XMLValidator.validate(renderAtom(feed))).toBe(true);
    expect(JSON.parse(renderJsonFeed(feed)).items).toHaveLength(feed.items.length);
  });
});

describe('every fixture export makes valid feeds', () => {
  // wp-shapes: every front-matter shape; wp-bodies: every body case; hostile-site: scripts, handlers, junk.
  const DIRS = [WP_SHAPES_DIR, path.join(FIXTURES_DIR, 'wp-bodies'), path.join(FIXTURES_DIR, 'hostile-site'), PAGINATED_DIR, path.join(FIXTURES_DIR, 'feed-edges')];
  test.each(DIRS.map((dir) => [path.basename(dir), dir]))('%s: all posts, in RSS, Atom and JSON', async (_name, dir) => {
    const site = await load(dir);
    const feed = site.feed(undefined, { feedItems: 10_000 });
    expect(feed.items.length).toBe(site.collection.posts.length);
    expect(feed.items.length).toBeGreaterThan(1);
    const rss = renderRss(feed);
    const atom = renderAtom(feed);
    expect(XMLValidator.validate(rss)).toBe(true);
    expect(XMLValidator.validate(atom)).toBe(true);
    const parsedRss = parseFeed(rss);
    const parsedAtom = parseFeed(atom);
    expect(parsedRss.items).toHaveLength(feed.items.length);
    expect(parsedAtom.items).toHaveLength(feed.items.length);
    const json = JSON.parse(renderJsonFeed(feed));
    expect(json.items).toHaveLength(feed.items.length);
    const rssItems = xml.parse(rss).rss.channel.item;
    const atomEntries = xml.parse(atom).feed.entry;
    // The bodies as a reader's HTML parser sees them: sanitised, every URL absolute.
    for (const html of [...rssItems.map((i: Record<string, string>) => i['content:encoded']), ...atomEntries.map((e: { content: { '#text': string } }) => e.content['#text'])]) {
      expect(unsafeNodes(html ?? '')).toEqual([]);
      for (const url of hrefsIn(html ?? '')) expect(url).toMatch(/^(https?:|mailto:|tel:)/);
    }
    // RSS descriptions are HTML to readers: an excerpt quoting `<script>` must arrive as text.
    for (const [i, item] of rssItems.entries()) {
      if (item.description === undefined) continue;
      expect(unsafeNodes(item.description)).toEqual([]);
      const words = (text: string) => text.replace(/\s+/g, ' ').trim();
      expect(words(toText(fromHtml(item.description, { fragment: true })))).toBe(words(withoutForbiddenCharacters(feed.items[i]!.summary)));
    }
    for (const item of rssItems) expect(item.pubDate).toMatch(RFC822);
    for (const entry of atomEntries) expect(entry.updated).toMatch(RFC3339);
  });
});

describe('pieces', () => {
  test('rfc822Date keeps the offset and the local day', () => {
    expect(rfc822Date('2020-09-08T23:30:00-04:00')).toBe('Tue, 08 Sep 2020 23:30:00 -0400');
    expect(rfc822Date('2021-01-01T00:15:00+13:00')).toBe('Fri, 01 Jan 2021 00:15:00 +1300');
    expect(rfc822Date('2019-07-08T09:00:00+05:30')).toBe('Mon, 08 Jul 2019 09:00:00 +0530');
    expect(Date.parse(rfc822Date('2020-09-08T23:30:00-04:00'))).toBe(Date.parse('2020-09-08T23:30:00-04:00'));
  });

  test('xmlText drops what XML 1.0 cannot carry, keeps everything else (emoji too), and makes entities literal', () => {
    expect(withoutForbiddenCharacters('a\u0008b\u000Cc\uFFFEd\uD800e')).toBe('abcde');
    expect(withoutForbiddenCharacters('tab\there\nnew line, 🚀 <b>')).toBe('tab\there\nnew line, 🚀 <b>');
    // `&lt;` in HTML is text: it must reach the reader as `&lt;`, which XML carries as `&amp;lt;`.
    expect(xmlText('&lt;script&gt; & &amp;')).toBe('&amp;lt;script&amp;gt; &amp; &amp;amp;');
  });

  test('feedHtml makes every kind of URL absolute, honouring a site under a path', () => {
    const html =
      '<p><a href="/x/">root</a> <a href="../y/">up</a> <a href="z.html">same dir</a> <a href="#h">frag</a> ' +
      '<a href="//cdn.example/a.png">proto</a> <a href="mailto:a@b.c">mail</a> <a href="https://o.example/">other</a> ' +
      '<img src="/wp-content/uploads/a%20b.png" alt=""> <blockquote cite="/q/">q</blockquote></p>';
    const out = feedHtml(html, 'https://example.com/blog/2020/post/', 'https://example.com/blog');
    expect(hrefsIn(out)).toEqual([
      'https://example.com/blog/x/',
      'https://example.com/blog/2020/y/',
      'https://example.com/blog/2020/post/z.html',
      'https://example.com/blog/2020/post/#h',
      'https://cdn.example/a.png',
      'mailto:a@b.c',
      'https://o.example/',
      'https://example.com/blog/wp-content/uploads/a%20b.png',
      'https://example.com/blog/q/',
    ]);
  });
});

describe('conditional GET', () => {
  const feed = { body: '<rss version="2.0"></rss>', etag: '"19-abc"', lastModified: Date.parse('2020-09-08T16:17:01-04:00') };
  const request = (headers: Record<string, string> = {}) => new Request('https://example.com/feed/', { headers });

  test('a plain GET gets the feed with its type, ETag and Last-Modified (in GMT)', async () => {
    const res = feedResponse(request(), feed, 'application/rss+xml; charset=utf-8');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(feed.body);
    expect(res.headers.get('Content-Type')).toBe('application/rss+xml; charset=utf-8');
    expect(res.headers.get('ETag')).toBe('"19-abc"');
    expect(res.headers.get('Last-Modified')).toBe('Tue, 08 Sep 2020 20:17:01 GMT');
  });

  test('matching validators get 304 with no body; stale ones get the feed', async () => {
    const cases: [Record<string, string>, number][] = [
      [{ 'If-None-Match': feed.etag }, 304],
      [{ 'If-None-Match': `W/${feed.etag}` }, 304],
      [{ 'If-None-Match': `"other", ${feed.etag}` }, 304],
      [{ 'If-None-Match': '"other"' }, 200],
      // What fetch() sends with any conditional request: still a revalidation, answered with 304.
      [{ 'If-None-Match': feed.etag, 'Cache-Control': 'no-cache', Pragma: 'no-cache' }, 304],
      [{ 'If-Modified-Since': 'Tue, 08 Sep 2020 20:17:01 GMT' }, 304],
      [{ 'If-Modified-Since': 'Wed, 09 Sep 2020 00:00:00 GMT' }, 304],
      [{ 'If-Modified-Since': 'Tue, 08 Sep 2020 20:17:00 GMT' }, 200],
      // If-None-Match decides when both are sent (RFC 9110 13.1.3): an unchanged rebuild (same body, same ETag,
      // later build time) is still a 304, and a changed body is a 200 whatever the date says.
      [{ 'If-None-Match': feed.etag, 'If-Modified-Since': 'Mon, 01 Jan 2018 00:00:00 GMT' }, 304],
      [{ 'If-None-Match': '"other"', 'If-Modified-Since': 'Wed, 09 Sep 2020 00:00:00 GMT' }, 200],
    ];
    for (const [headers, status] of cases) {
      const res = feedResponse(request(headers), feed, 'x');
      expect({ headers, status: res.status }).toEqual({ headers, status });
      if (status === 304) {
        expect(await res.text()).toBe('');
        expect(res.headers.get('ETag')).toBe(feed.etag);
      }
    }
  });
});
