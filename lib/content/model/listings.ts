/**
 * The listings (home, tag, category, author and date archives, the indexes) and the static params that prerender
 * them.
 *
 * What the build prerenders: every post and page, and the first page of the home page, of every tag, category
 * and author archive and of every year. Later pages (`/page/2/`, `/tag/x/page/2/`), month and day archives
 * (`/2020/05/`, `/2020/05/01/`) are as many again as the posts and rarely visited: each is rendered on its first
 * visit and then kept like a prerendered page. That halves the build of a large site (see bench/results.md);
 * proxy.ts answers URLs the site has no page at with the 404 page (lib/content/routing/known-pages.ts).
 */
import { getContent, getPrerenderContent, getSite, type Entry, type Taxonomy, type TermArchive } from './queries';
import { dateArchivePath, parseDateArchivePath, type DateArchiveKey } from '../core/date-archives';
import { byPostCount, groupByYearAndMonth, type YearOfPosts } from './archive-index';
import { paginate, type PageOf } from '../core/paginate';
import type { ListingSubject } from './listing-text';
import { archivePath } from '../core/terms';
import { safeDecode } from '../core/urls';

/** One page of a listing: its posts, what it lists, how many posts it holds in all, and its page-1 URL. */
export interface Listing extends PageOf<Entry> {
  subject: ListingSubject;
  /** Posts in the whole listing. */
  count: number;
  /** The listing's page-1 URL: `/`, `/tag/<slug>/`, `/2020/05/`. */
  base: string;
}

/** Page N of a list of posts as a listing, or null past the end. */
function listingOf(subject: ListingSubject, posts: Entry[], base: string, page: number): Listing | null {
  const result = paginate(posts, page, getSite().paginate);
  return result && { ...result, subject, count: posts.length, base };
}

/** Page N of the home listing, or null past the end. In preview, drafts and scheduled posts are listed too. */
export function homeListing(page: number, preview = false): Listing | null {
  return listingOf({ kind: 'home' }, getContent(preview).posts, '/', page);
}

/** A tag's, category's or author's archive by the slug in a URL (encoded or not), or undefined. */
export function findTermArchive(taxonomy: Taxonomy, slug: string, preview = false): TermArchive | undefined {
  return getContent(preview).termArchives(taxonomy).get(safeDecode(slug).normalize('NFC'));
}

/** Page N of a tag's, category's or author's archive, or null for an unknown term or a page past the end. */
export function termListing(taxonomy: Taxonomy, slug: string, page: number, preview = false): Listing | null {
  const archive = findTermArchive(taxonomy, slug, preview);
  return archive ? listingOf({ kind: 'term', taxonomy, term: archive.term }, archive.posts, archivePath(taxonomy, archive.term.slug), page) : null;
}

/** Static params (here and below) cover scheduled posts too: see getPrerenderContent. */
export function termParams(taxonomy: Taxonomy): { slug: string }[] {
  return [...getPrerenderContent().termArchives(taxonomy).keys()].map((slug) => ({ slug }));
}

/** `"3"` -> 3; anything that is not a plain page number -> NaN (and so a 404). */
export function pageNumber(param: string): number {
  return /^[1-9]\d*$/.test(param) ? Number(param) : Number.NaN;
}

/** Page N of a date archive (`/2020/`, `/2020/05/`, `/2020/05/01/`), or null when it has no posts or no such page. */
export function dateListing(key: DateArchiveKey, page: number, preview = false): Listing | null {
  const base = dateArchivePath(key);
  const posts = getContent(preview).dateArchive(base);
  return posts ? listingOf({ kind: 'date', key }, posts, base, page) : null;
}

/** The year archives (`/2020/`) to prerender (see the top of this file). */
export function prerenderedDatePaths(): string[] {
  return [...getPrerenderContent().collection.dates.keys()].filter((base) => parseDateArchivePath(base)?.key.month === undefined);
}

/** A taxonomy's archives for its index page (`/tags/`): most posts first, then by name. */
export function termIndex(taxonomy: Taxonomy, preview = false): TermArchive[] {
  return byPostCount(getContent(preview).termArchives(taxonomy).values(), getSite().language);
}

/** Every post by year and month: the `/archives/` page. */
export function archiveTree(preview = false): YearOfPosts[] {
  return groupByYearAndMonth(getContent(preview).posts);
}
