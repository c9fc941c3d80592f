/** The paginated listings (home, tag and category archives) and the static params that prerender them. */
import { getPublicPosts, getSite, getTermArchives, type Entry, type Taxonomy, type TermArchive } from './index';
import { safeDecode } from './urls';
import { extraPageNumbers, paginate, type PageOf } from './paginate';

export interface Listing extends PageOf<Entry> {
  /** The listing's page-1 URL: `/` or `/tag/<slug>/`. */
  base: string;
}

/** Page N of the home listing, or null past the end. */
export function homeListing(page: number): Listing | null {
  const result = paginate(getPublicPosts(), page, getSite().paginate);
  return result && { ...result, base: '/' };
}

export function homePageParams(): { page: string }[] {
  return extraPageNumbers(getPublicPosts().length, getSite().paginate).map((n) => ({ page: String(n) }));
}

export interface TermListing extends Listing {
  archive: TermArchive;
}

/** Page N of a tag's or category's archive, or null for an unknown term or a page past the end. */
export function termListing(taxonomy: Taxonomy, slug: string, page: number): TermListing | null {
  const archive = findTermArchive(taxonomy, slug);
  const result = archive && paginate(archive.posts, page, getSite().paginate);
  return result ? { ...result, archive, base: `/${taxonomy}/${archive.term.slug}/` } : null;
}

/** A tag's, category's or author's archive by the slug in a URL (encoded or not), or undefined. */
export function findTermArchive(taxonomy: Taxonomy, slug: string): TermArchive | undefined {
  return getTermArchives(taxonomy).get(safeDecode(slug).normalize('NFC'));
}

export function termParams(taxonomy: Taxonomy): { slug: string }[] {
  return [...getTermArchives(taxonomy).keys()].map((slug) => ({ slug }));
}

export function termPageParams(taxonomy: Taxonomy): { slug: string; page: string }[] {
  const perPage = getSite().paginate;
  return [...getTermArchives(taxonomy).values()].flatMap((archive) =>
    extraPageNumbers(archive.posts.length, perPage).map((n) => ({ slug: archive.term.slug, page: String(n) })),
  );
}

/** `"3"` -> 3; anything that is not a plain page number -> NaN (and so a 404). */
export function pageNumber(param: string): number {
  return /^[1-9]\d*$/.test(param) ? Number(param) : Number.NaN;
}
