/** The sitemap of the archive fixture: what it lists, how it dates it, and that it validates against the XSD. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCollection } from '../../lib/content/model/collection';
import { childSitemapPath, renderSitemapIndex, renderUrlset, sitemapFiles, sitemapUrls } from '../../lib/seo/sitemap';
import { ARCHIVE_NEWEST_FIRST, archivePost } from '../e2e/archive-fixture';
import { FIXTURES_DIR, exportEntries } from '../helpers/fixtures';
import { SITEINDEX_XSD, SITEMAP_XSD, validateXml } from '../helpers/xmllint';

const DIR = path.join(FIXTURES_DIR, 'archive-site');
const NOW = Date.parse('2026-11-29T00:00:00Z');
const SITE = 'https://archive.example';

async function urls() {
  const { entries, site } = await exportEntries(DIR);
  return sitemapUrls(buildCollection(entries, NOW), site.paginate);
}

describe('what the sitemap lists', () => {
  test('every public post, page and listing page once; nothing unpublished', async () => {
    const paths = (await urls()).map((u) => u.path);
    expect(new Set(paths).size).toBe(paths.length);
    // 5 home pages, 4 indexes, 9 tag, 6 category and 5 author archive pages, 27 date archive pages, 13 posts, About.
    expect(paths).toHaveLength(70);
    for (const n of ARCHIVE_NEWEST_FIRST) expect(paths).toContain(archivePost(n).url);
    for (const path of ['/', '/page/5/', '/about/', '/archives/', '/tags/', '/tag/robots/page/2/', '/2019/06/page/2/', '/author/josé-núñez/']) {
      expect(paths).toContain(path);
    }
    for (const path of ['/page/6/', '/2099/', '/tag/future-tag/', '/2020/05/05/draft-flagged/', '/2019/06/01/robots-draft/', '/2099/06/01/future-robots/']) {
      expect(paths).not.toContain(path);
    }
  });

  test('dates each URL: a post by its date, with its offset; a listing by its newest post', async () => {
    const byPath = new Map((await urls()).map((u) => [u.path, u.lastmod]));
    expect(byPath.get(archivePost(8).url)).toBe('2020-01-01T00:30:00+13:00');
    expect(byPath.get('/tag/robots/')).toBe('2020-09-01T09:00:00-04:00');
    expect(byPath.get('/tag/robots/page/2/')).toBe('2020-09-01T09:00:00-04:00');
    expect(byPath.get('/')).toBe('2020-12-24T22:00:00+01:00');
    expect(byPath.get('/2019/')).toBe('2019-12-31T23:30:00-05:00');
  });
});

describe('the XML', () => {
  test('one file validates against sitemaps.org\'s schema, with absolute, encoded URLs', async () => {
    const xml = renderUrlset(await urls(), SITE);
    expect(validateXml(xml, SITEMAP_XSD)).toEqual({ ok: true, output: '- validates' });
    expect(xml).toContain('<loc>https://archive.example/author/jos%C3%A9-n%C3%BA%C3%B1ez/</loc>');
    expect(xml).toContain('<lastmod>2020-01-01T00:30:00+13:00</lastmod>');
  });

  test('past the limit, the URLs are split and indexed; the index and each part validate', async () => {
    const all = await urls();
    const files = sitemapFiles(all, 30);
    expect(files.map((f) => f.length)).toEqual([30, 30, 10]);
    expect(files.flat()).toEqual(all);
    const index = renderSitemapIndex(files, SITE);
    expect(validateXml(index, SITEINDEX_XSD)).toEqual({ ok: true, output: '- validates' });
    expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(
      [1, 2, 3].map((n) => `${SITE}${childSitemapPath(n)}`),
    );
    for (const file of files) expect(validateXml(renderUrlset(file, SITE), SITEMAP_XSD).ok).toBe(true);
  });

  test('the validator does reject a broken sitemap', () => {
    const broken = renderUrlset([{ path: '/x/', lastmod: 'yesterday' }], SITE);
    expect(validateXml(broken, SITEMAP_XSD).ok).toBe(false);
  });
});
