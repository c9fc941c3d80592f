/** The listings (home, tag, category, author and date archives, the indexes) and the static params that prerender them. */
import { getContent, getPrerenderContent, getSite, type Entry, type Taxonomy, type TermArchive } from './index';
import { dateArchivePath, type DateArchiveKey } from './date-archives';
import { byPostCount, groupByYearAndMonth, type YearOfPosts } from './archive-index';
import { extraPageNumbers, pageUrl, paginate, type PageOf } from './paginate';
import { archivePath } from './terms';
import { safeDecode } from './urls';

export interface Listing extends PageOf<Entry> {
  /** The listing's page-1 URL: `/` or `/tag/<slug>/`. */
  base: string;
}

/** Page N of the home listing, or null past the end. In preview, drafts and scheduled posts are listed too. */
export function homeListing(page: number, preview = false): Listing | null {
  const result = paginate(getContent(preview).posts, page, getSite().paginate);
  return result && { ...result, base: '/' };
}

/** Static params (here and below) cover scheduled posts too: see getPrerenderContent. */
export function homePageParams(): { page: string }[] {
  return extraPageNumbers(getPrerenderContent().posts.length, getSite().paginate).map((n) => ({ page: String(n) }));
}

export interface TermListing extends Listing {
  archive: TermArchive;
}

/** A tag's, category's or author's archive by the slug in a URL (encoded or not), or undefined. */
export function findTermArchive(taxonomy: Taxonomy, slug: string, preview = false): TermArchive | undefined {
  return getContent(preview).termArchives(taxonomy).get(safeDecode(slug).normalize('NFC'));
}

/** Page N of a tag's, category's or author's archive, or null for an unknown term or a page past the end. */
export function termListing(taxonomy: Taxonomy, slug: string, page: number, preview = false): TermListing | null {
  const archive = findTermArchive(taxonomy, slug, preview);
  const result = archive && paginate(archive.posts, page, getSite().paginate);
  return result ? { ...result, archive, base: archivePath(taxonomy, archive.term.slug) } : null;
}

export function termParams(taxonomy: Taxonomy): { slug: string }[] {
  return [...getPrerenderContent().termArchives(taxonomy).keys()].map((slug) => ({ slug }));
}

export function termPageParams(taxonomy: Taxonomy): { slug: string; page: string }[] {
  const perPage = getSite().paginate;
  return [...getPrerenderContent().termArchives(taxonomy).values()].flatMap((archive) =>
    extraPageNumbers(archive.posts.length, perPage).map((n) => ({ slug: archive.term.slug, page: String(n) })),
  );
}

/** `"3"` -> 3; anything that is not a plain page number -> NaN (and so a 404). */
export function pageNumber(param: string): number {
  return /^[1-9]\d*$/.test(param) ? Number(param) : Number.NaN;
}

/** Page N of a date archive (`/2020/`, `/2020/05/`, `/2020/05/01/`), or null when it has no posts or no such page. */
export function dateListing(key: DateArchiveKey, page: number, preview = false): DateListing | null {
  const base = dateArchivePath(key);
  const posts = getContent(preview).dateArchive(base);
  const result = posts && paginate(posts, page, getSite().paginate);
  return result ? { ...result, base, key, count: posts.length } : null;
}

export interface DateListing extends Listing {
  key: DateArchiveKey;
  count: number;
}

/** Every date archive's page paths: `/2020/`, `/2020/page/2/`, `/2020/05/`… (see getPrerenderContent). */
export function datePaths(): string[] {
  const perPage = getSite().paginate;
  return [...getPrerenderContent().collection.dates].flatMap(([base, posts]) => [
    base,
    ...extraPageNumbers(posts.length, perPage).map((n) => pageUrl(base, n)),
  ]);
}

/** A taxonomy's archives for its index page (`/tags/`): most posts first, then by name. */
export function termIndex(taxonomy: Taxonomy, preview = false): TermArchive[] {
  return byPostCount(getContent(preview).termArchives(taxonomy).values(), getSite().language);
}

/** Every post by year and month: the `/archives/` page. */
export function archiveTree(preview = false): YearOfPosts[] {
  return groupByYearAndMonth(getContent(preview).posts);
}
