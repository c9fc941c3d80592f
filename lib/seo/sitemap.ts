/**
 * `/sitemap.xml` (sitemaps.org 0.9): every public post, page and listing page, each with the date it last
 * changed; no draft, scheduled post or redirect. Past 50,000 URLs (the protocol's limit per file) it becomes a
 * sitemap index whose children are `/sitemap/1.xml`, `/sitemap/2.xml`…
 */
import { create } from 'xmlbuilder2';
import type { Collection } from '../content/model/collection';
import type { Entry } from '../content/generated/entry';
import { extraPageNumbers, pageUrl } from '../content/core/paginate';
import { archivePath } from '../content/core/terms';
import { absoluteUrl, INDEX_PATHS } from '../content/core/urls';
import { xmlText } from '../feeds/xml';

export const SITEMAP_URL_LIMIT = 50_000;
export const SITEMAP_CONTENT_TYPE = 'application/xml; charset=utf-8';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export interface SitemapUrl {
  path: string;
  /** W3C datetime with the post's own offset; null when nothing dates it. */
  lastmod: string | null;
}

/** Every URL of the collection's public site, listings first, then posts and pages, each once. */
export function sitemapUrls(collection: Collection, perPage: number): SitemapUrl[] {
  const urls = new Map<string, string | null>();
  const newest = (posts: Entry[]) => posts[0]?.date ?? null;
  // A new post changes every page of a listing (each shifts by one): they all date from its newest post.
  const listing = (base: string, posts: Entry[]) => {
    const lastmod = newest(posts);
    for (const n of [1, ...extraPageNumbers(posts.length, perPage)]) urls.set(pageUrl(base, n), lastmod);
  };
  listing('/', collection.posts);
  for (const path of INDEX_PATHS) urls.set(path, newest(collection.posts));
  for (const [taxonomy, archives] of [['tag', collection.tags], ['category', collection.categories], ['author', collection.authors]] as const) {
    for (const archive of archives.values()) listing(archivePath(taxonomy, archive.term.slug), archive.posts);
  }
  for (const [path, posts] of collection.dates) listing(path, posts);
  for (const doc of collection.byUrl.values()) if (!urls.has(doc.url)) urls.set(doc.url, doc.date);
  return [...urls].map(([path, lastmod]) => ({ path, lastmod }));
}

/** The URLs split into files of at most `limit`: one file is the sitemap itself, more need an index. */
export function sitemapFiles(urls: SitemapUrl[], limit = SITEMAP_URL_LIMIT): SitemapUrl[][] {
  const files: SitemapUrl[][] = [];
  for (let i = 0; i < urls.length; i += limit) files.push(urls.slice(i, i + limit));
  return files.length > 0 ? files : [[]];
}

/** `<urlset>`: the sitemap of one file's URLs. */
export function renderUrlset(urls: SitemapUrl[], siteUrl: string): string {
  const set = create({ version: '1.0', encoding: 'UTF-8' }).ele('urlset', { xmlns: NS });
  for (const { path, lastmod } of urls) {
    const url = set.ele('url');
    url.ele('loc').txt(xmlText(absoluteUrl(path, siteUrl)));
    if (lastmod) url.ele('lastmod').txt(lastmod);
  }
  return set.end({ prettyPrint: false });
}

/** `/sitemap/2.xml`: the path of the n-th child sitemap (1-based). */
export const childSitemapPath = (n: number) => `/sitemap/${n}.xml`;

/** `<sitemapindex>` over the files, each dated by its newest URL. */
export function renderSitemapIndex(files: SitemapUrl[][], siteUrl: string): string {
  const index = create({ version: '1.0', encoding: 'UTF-8' }).ele('sitemapindex', { xmlns: NS });
  files.forEach((file, i) => {
    const sitemap = index.ele('sitemap');
    sitemap.ele('loc').txt(xmlText(`${siteUrl}${childSitemapPath(i + 1)}`));
    const lastmods = file.map((url) => url.lastmod).filter((d): d is string => d !== null);
    const newest = lastmods.reduce<string | null>((a, b) => (a === null || Date.parse(b) > Date.parse(a) ? b : a), null);
    if (newest) sitemap.ele('lastmod').txt(newest);
  });
  return index.end({ prettyPrint: false });
}
