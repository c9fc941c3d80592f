/**
 * The feeds as subscribers' readers meet them, against `next start`: URLs and content types, old feed URLs
 * redirecting, conditional GETs answered with 304, discovery links, and nothing unpublished in any feed.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { get, withBrowser } from './helpers';
import { CATEGORY_POLICY, DRAFT, LEAK_MARKERS, NEWEST_FIRST, SCHEDULED, TAG_ML, TAG_TOKYO, post } from './paginated-fixture';
import { siteUrl } from './sites';

const browser = withBrowser();
const SITE = 'https://paginated.example';

const FEEDS: [path: string, contentType: string][] = [
  ['/feed/', 'application/rss+xml; charset=utf-8'],
  ['/feed/atom/', 'application/atom+xml; charset=utf-8'],
  ['/feed.json', 'application/feed+json; charset=utf-8'],
];

/** Every archive feed of the paginated fixture, by the archive's URL. */
const ARCHIVE_FEEDS = [
  `/tag/${TAG_ML.slug}/feed/`,
  `/tag/${encodeURIComponent(TAG_TOKYO.slug)}/feed/atom/`,
  `/category/${CATEGORY_POLICY.slug}/feed/`,
  '/category/startups/feed/atom/',
  '/author/ada-editor/feed/',
  '/author/newb/feed/atom/',
];

describe('feed URLs', () => {
  it.each(FEEDS)('%s is served directly (200) as %s', async (path, contentType) => {
    const res = await get('paginated', path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(contentType);
  });

  it('/feed/ is RSS with the 20 newest posts, full content, and the export\'s guids', async () => {
    const { body } = await get('paginated', '/feed/');
    const feed = parseFeed(body);
    expect(feed.items.map((item) => item.title)).toEqual(NEWEST_FIRST.slice(0, 20).map((p) => p.title));
    expect(feed.items.map((item) => item.id)).toEqual(NEWEST_FIRST.slice(0, 20).map((p) => p.guid ?? `${SITE}${p.url}`));
    expect(feed.items[2]!.content).toContain(`href="${SITE}/post-25-delivery-robots-on-campus/"`);
    expect(body).toContain('<pubDate>Sun, 02 Aug 2020 10:02:38 +1300</pubDate>');
  });

  it('/feed.json is JSON Feed 1.1 with the same items', async () => {
    const json = JSON.parse((await get('paginated', '/feed.json')).body);
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items.map((item: { id: string }) => item.id)).toEqual(NEWEST_FIRST.slice(0, 20).map((p) => p.guid ?? `${SITE}${p.url}`));
    expect(json.items[1].date_published).toBe('2020-08-25T15:09:51+01:00');
  });

  it.each(ARCHIVE_FEEDS)('%s lists its archive\'s posts', async (path) => {
    const res = await get('paginated', path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(path.endsWith('/atom/') ? /^application\/atom\+xml; charset=utf-8$/ : /^application\/rss\+xml; charset=utf-8$/);
    const feed = parseFeed(res.body);
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.self).toBe(`${SITE}${path}`);
  });

  it('a tag feed lists exactly the tag\'s posts, newest first', async () => {
    const feed = parseFeed((await get('paginated', `/tag/${TAG_ML.slug}/feed/`)).body);
    expect(feed.items.map((item) => item.title)).toEqual(TAG_ML.posts.map((n) => post(n).title));
  });

  it('unknown archives have no feed: 404', async () => {
    for (const path of ['/tag/no-such-tag/feed/', '/category/no-such/feed/atom/', '/author/nobody/feed/']) {
      expect((await get('paginated', path)).status).toBe(404);
    }
  });

  it('no feed carries a draft, a scheduled post or plugin metadata', async () => {
    for (const path of [...FEEDS.map(([p]) => p), ...ARCHIVE_FEEDS, '/tag/machine-learning/feed/atom/', '/tag/quantum/feed/']) {
      const { status, body } = await get('paginated', path);
      expect(status).toBe(200);
      for (const marker of [DRAFT.marker, SCHEDULED.marker, ...LEAK_MARKERS]) expect(body).not.toContain(marker);
    }
  });
});

describe('old feed URLs redirect permanently', () => {
  const REDIRECTS: [from: string, to: string][] = [
    ['/feed.xml', '/feed/'],
    ['/rss.xml', '/feed/'],
    ['/rss/', '/feed/'],
    ['/index.xml', '/feed/'],
    ['/feed/rss2/', '/feed/'],
    ['/feed/rdf/', '/feed/'],
    ['/atom.xml', '/feed/atom/'],
    ['/atom/', '/feed/atom/'],
    ['/?feed=rss2', '/feed/'],
    ['/?feed=rss', '/feed/'],
    ['/?feed=atom', '/feed/atom/'],
    ['/?feed=rss2&tag=machine-learning', '/tag/machine-learning/feed/'],
    ['/?feed=atom&category_name=policy', '/category/policy/feed/atom/'],
    ['/rss2.xml', '/feed/'],
    ['/feed/rss/', '/feed/'],
    ['/?feed=rss2&author_name=ada-editor', '/author/ada-editor/feed/'],
    ['/tag/machine-learning/feed/rss2/', '/tag/machine-learning/feed/'],
    [`/tag/${encodeURIComponent(TAG_TOKYO.slug)}/feed/rdf/`, `/tag/${encodeURIComponent(TAG_TOKYO.slug)}/feed/`],
  ];
  it.each(REDIRECTS)('%s -> %s (301)', async (from, to) => {
    const res = await get('paginated', from);
    expect(res.status).toBe(301);
    expect(new URL(res.headers.get('location')!, siteUrl('paginated')).href).toBe(`${siteUrl('paginated')}${to}`);
    expect((await get('paginated', to)).status).toBe(200);
  });

  it.each(['/?feed=comments-rss2', '/?feed=rss2&cat=5', '/?feed=rss2&p=1196'])(
    '%s names no feed of this blog: the home page, not a permanent redirect to the wrong feed',
    async (url) => {
      const res = await get('paginated', url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    },
  );
});

describe('conditional GET', () => {
  const fetchFeed = (path: string, headers: Record<string, string> = {}) => fetch(`${siteUrl('paginated')}${path}`, { headers });

  it.each(FEEDS.map(([p]) => p))('%s: ETag and Last-Modified, then 304 for If-None-Match and If-Modified-Since', async (path) => {
    const first = await fetchFeed(path);
    const etag = first.headers.get('etag');
    const lastModified = first.headers.get('last-modified');
    expect(etag).toMatch(/^"[^"]+"$/);
    // The build's time: never before the newest post, never in the future.
    expect(Date.parse(lastModified!)).toBeGreaterThanOrEqual(Date.parse('2020-09-17T20:16:04Z'));
    expect(Date.parse(lastModified!)).toBeLessThanOrEqual(Date.now());

    const byEtag = await fetchFeed(path, { 'If-None-Match': etag! });
    expect(byEtag.status).toBe(304);
    expect(await byEtag.text()).toBe('');
    expect(byEtag.headers.get('etag')).toBe(etag);

    expect((await fetchFeed(path, { 'If-Modified-Since': lastModified! })).status).toBe(304);
    expect((await fetchFeed(path, { 'If-None-Match': '"stale"' })).status).toBe(200);
    expect((await fetchFeed(path, { 'If-Modified-Since': 'Mon, 01 Jan 2018 00:00:00 GMT' })).status).toBe(200);
  });

  it('an archive feed answers If-None-Match with 304 too', async () => {
    const path = `/tag/${TAG_ML.slug}/feed/`;
    const etag = (await fetchFeed(path)).headers.get('etag')!;
    expect((await fetchFeed(path, { 'If-None-Match': etag })).status).toBe(304);
    // The same archive spelled another way is the same feed.
    expect((await fetchFeed(`/tag/${TAG_TOKYO.slug}/feed/`)).headers.get('etag')).toBe(
      (await fetchFeed(`/tag/${encodeURIComponent(TAG_TOKYO.slug)}/feed/`)).headers.get('etag'),
    );
  });

  it('HEAD gets the headers and no body', async () => {
    const res = await fetch(`${siteUrl('paginated')}/feed/`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(res.headers.get('etag')).toMatch(/^"[^"]+"$/);
    expect(await res.text()).toBe('');
  });

  it('the same feed twice is byte-identical, with the same ETag', async () => {
    const [a, b] = [await fetchFeed('/feed/'), await fetchFeed('/feed/')];
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
    expect(await a.text()).toBe(await b.text());
  });
});

describe('discovery', () => {
  const alternates = (html: string) =>
    [...html.matchAll(/<link rel="alternate" type="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
  const MAIN = [
    ['application/rss+xml', `${SITE}/feed/`],
    ['application/atom+xml', `${SITE}/feed/atom/`],
    ['application/feed+json', `${SITE}/feed.json`],
  ];

  it('every page links the site\'s feeds', async () => {
    for (const path of ['/', '/page/2/', post(28).url, '/about/']) {
      expect(alternates((await get('paginated', path)).body)).toEqual(expect.arrayContaining(MAIN));
    }
  });

  it('tag, category and author pages also link their own feeds', async () => {
    const cases: [string, string][] = [
      [`/tag/${TAG_ML.slug}/`, `${SITE}/tag/${TAG_ML.slug}/feed/`],
      [`/tag/${TAG_ML.slug}/page/2/`, `${SITE}/tag/${TAG_ML.slug}/feed/`],
      [`/category/${CATEGORY_POLICY.slug}/`, `${SITE}/category/${CATEGORY_POLICY.slug}/feed/`],
      ['/author/ada-editor/', `${SITE}/author/ada-editor/feed/`],
    ];
    for (const [page, feed] of cases) {
      const links = alternates((await get('paginated', page)).body);
      expect(links).toEqual(expect.arrayContaining([...MAIN, ['application/rss+xml', feed], ['application/atom+xml', `${feed}atom/`]]));
    }
  });

  it('the header has a visible Subscribe link to the RSS feed, and it opens the feed', async () => {
    const page = await browser.open('paginated', '/');
    const subscribe = page.getByRole('banner').getByRole('link', { name: 'Subscribe' });
    expect(await subscribe.isVisible()).toBe(true);
    const href = await subscribe.getAttribute('href');
    expect(href).toBe('/feed/');
    // Following it (with the page's own request context) reaches the RSS feed.
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  });

  it('an archive page links its own feed where readers see it', async () => {
    const page = await browser.open('paginated', '/author/ada-editor/');
    const link = page.getByRole('main').getByRole('link', { name: 'Feed of this author' });
    expect(await link.getAttribute('href')).toBe('/author/ada-editor/feed/');
  });
});

describe('the bundled site', () => {
  it('/feed/ carries the seed post in full, with its WordPress guid', async () => {
    const res = await get('bundled', '/feed/');
    expect(res.status).toBe(200);
    const feed = parseFeed(res.body);
    expect(feed.title).toBe('New.blicio.us');
    expect(feed.items).toHaveLength(1);
    const [item] = feed.items;
    expect(item!.id).toBe('https://new.blicio.us/?p=3691');
    expect(item!.url).toBe('https://new.blicio.us/china-launches-global-data-security-initiative-to-counter-us-tech-dominance/');
    expect(item!.content).toContain('malicious actors like the Chinese Communist Party');
    expect(res.body).toContain('<pubDate>Tue, 08 Sep 2020 16:17:01 +0000</pubDate>');
    expect(res.body).toContain('<lastBuildDate>Tue, 08 Sep 2020 16:17:01 +0000</lastBuildDate>');
  });

  it('the Atom and JSON feeds and the author feed answer', async () => {
    for (const path of ['/feed/atom/', '/feed.json', '/author/newb/feed/']) expect((await get('bundled', path)).status).toBe(200);
  });
});
