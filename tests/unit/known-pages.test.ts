/**
 * The proxy answers URLs the site has no page at with the 404 page, from a table the build writes
 * (lib/content/known-pages.ts). Checked here against the listings the app itself renders, on the archive fixture
 * (date permalinks, terms spelled several ways, paginate 3, a draft and a scheduled post).
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCollection } from '../../lib/content/model/collection';
import { readInventory } from '../../lib/content/source/inventory';
import { hasNoPage, listingCounts, ogImageOwners, type KnownPages } from '../../lib/content/routing/known-pages';
import { indexOldUrls, oldUrlTable } from '../../lib/content/routing/old-urls';
import { pageUrl } from '../../lib/content/core/paginate';
import { archivePath } from '../../lib/content/core/terms';
import { needsOgImage } from '../../lib/content/routing/og-images';
import { SITEMAP_URL_LIMIT } from '../../lib/seo/sitemap';
import { ARCHIVE_DATES, ARCHIVE_PER_PAGE } from '../e2e/archive-fixture';
import { exportEntries, FIXTURES_DIR } from '../helpers/fixtures';

const DIR = path.join(FIXTURES_DIR, 'archive-site');
const NOW = Date.UTC(2026, 0, 1);

function knownPages(): KnownPages {
  const { posts, pages, site } = readInventory(DIR);
  const { perPage, counts } = listingCounts(posts, site.paginate, NOW);
  return { perPage, listings: new Map(Object.entries(counts)), documents: indexOldUrls(oldUrlTable([...posts, ...pages], NOW)).paths };
}

describe('hasNoPage agrees with the listings the app renders', () => {
  test('every page of every listing is known, and the page after the last is not', async () => {
    const known = knownPages();
    const { entries } = await exportEntries(DIR);
    // Everything public by its date: a scheduled post's pages are held back by the proxy's own check.
    const c = buildCollection(entries, Infinity);
    const listings: [string, number][] = [
      ['/', c.posts.length],
      ...[...c.tags.values()].map((a) => [archivePath('tag', a.term.slug), a.posts.length] as [string, number]),
      ...[...c.categories.values()].map((a) => [archivePath('category', a.term.slug), a.posts.length] as [string, number]),
      ...[...c.authors.values()].map((a) => [archivePath('author', a.term.slug), a.posts.length] as [string, number]),
      ...[...c.dates].map(([base, posts]) => [base, posts.length] as [string, number]),
    ];
    expect(listings.length).toBeGreaterThan(20);
    for (const [base, count] of listings) {
      const last = Math.ceil(count / ARCHIVE_PER_PAGE);
      for (let n = 1; n <= last; n++) expect(hasNoPage(pageUrl(base, n), known), pageUrl(base, n)).toBe(false);
      expect(hasNoPage(`${base}page/${last + 1}/`, known), `${base} page ${last + 1}`).toBe(true);
    }
    expect(c.byUrl.size).toBeGreaterThan(0);
    for (const doc of c.byUrl.values()) expect(hasNoPage(doc.url, known), doc.url).toBe(false);
  });

  test('date archives: a day with posts is a page, a day, month or year without posts and an impossible date are not', () => {
    const known = knownPages();
    const day = Object.keys(ARCHIVE_DATES).find((p) => /^\/\d{4}\/\d{2}\/\d{2}\/$/.test(p))!;
    expect(hasNoPage(day, known)).toBe(false);
    for (const path of ['/1999/', '/2019/01/', '/2019/06/30/', '/2020/13/', '/2020/02/30/', '/2019/page/9/']) {
      expect(hasNoPage(path, known), path).toBe(true);
    }
  });

  test('unknown URLs have no page; URLs other routes answer are left to them', () => {
    const known = knownPages();
    // (Below /search/, only WordPress's `/search/term/` is answered, by a redirect before this check.)
    for (const path of ['/no-such-post/', '/favicon.ico/', '/tag/no-such-tag/page/2/', '/page/0/', '/page/abc/', '/no-such-post/page/2/', '/search/a/b/']) {
      expect(hasNoPage(path, known), path).toBe(true);
    }
    for (const path of ['/', '/feed/', '/feed/atom/', '/tags/', '/archives/', '/api/draft/', '/api/draft/exit/', '/sitemap.xml/', '/robots.txt/', '/rss/', '/wp-content/uploads/a.png/', '/search/', '/pagefind/pagefind.js/']) {
      expect(hasNoPage(path, known), path).toBe(false);
    }
  });

  test('a draft fills no listing: its terms and days are unknown unless a public or scheduled post has them', async () => {
    const { drafts } = readInventory(DIR);
    expect(drafts.length).toBeGreaterThan(0);
    const { counts } = listingCounts(drafts, ARCHIVE_PER_PAGE, NOW);
    expect(counts).toEqual({ '/': 0 });
  });

  test('below the blog\'s own folders, only what their routes answer: an unknown term, feed, API or sitemap part is no page', () => {
    const known = knownPages();
    const tag = [...known.listings.keys()].find((path) => path.startsWith('/tag/'))!;
    expect(hasNoPage(tag, known)).toBe(false);
    for (const path of [`${tag}feed/`, `${tag}feed/atom/`]) expect(hasNoPage(path, known), path).toBe(false);
    for (const path of [
      '/tag/no-such-tag/',
      '/category/no-such-category/',
      '/author/nobody/',
      '/tag/no-such-tag/feed/',
      '/tag/no-such-tag/feed/atom/',
      `${tag}other/`,
      `${tag}feed/rdf/x/`,
      '/tag/',
      '/feed/other/',
      '/api/other/',
      '/api/draft/other/',
      '/sitemap/',
      '/sitemap/1.xml/',
      '/sitemap/2.xml/',
      '/sitemap/99.xml/',
      '/sitemap/x.xml/',
      '/drafts/',
    ]) {
      expect(hasNoPage(path, known), path).toBe(true);
    }
  });

  test('sitemap parts: as many as the site can fill, counted from the same table', () => {
    const big: KnownPages = { perPage: 10, listings: new Map([['/', 10]]), documents: new Set(Array.from({ length: SITEMAP_URL_LIMIT * 2 }, (_, i) => `/p${i}/`)) };
    // 100,000 documents, the home page and the four index pages: three files.
    for (const n of [1, 2, 3]) expect(hasNoPage(`/sitemap/${n}.xml/`, big), `part ${n}`).toBe(false);
    expect(hasNoPage('/sitemap/4.xml/', big)).toBe(true);
    expect(hasNoPage('/sitemap/0.xml/', big)).toBe(true);
  });

  test('Open Graph images: public and scheduled posts without an image of their own; no draft, no page', () => {
    const { posts, pages, drafts } = readInventory(DIR);
    const owners = ogImageOwners([...posts, ...pages, ...drafts], NOW);
    expect(owners.length).toBeGreaterThan(0);
    expect(new Set(owners)).toEqual(new Set(posts.filter((post) => needsOgImage(post)).map((post) => post.url)));
    expect(ogImageOwners(drafts, NOW)).toEqual([]);
  });
});
