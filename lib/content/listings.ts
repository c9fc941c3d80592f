/** The paginated listings (home, tag, category and author archives) and the static params that prerender them. */
import { getContent, getPrerenderContent, getSite, type Entry, type Taxonomy, type TermArchive } from './index';
import { extraPageNumbers, paginate, type PageOf } from './paginate';
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
