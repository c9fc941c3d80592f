/**
 * What each listing is called: its heading, its `<title>` and its meta description, which say what it lists
 * and which page it is, so that no two pages of a site share a title or a description.
 */
import { dateArchiveLabel, type DateArchiveKey } from '../core/date-archives';
import type { Taxonomy, Term } from '../core/terms';
import { translator, type CountKey, type TextKey, type Translator } from '../../i18n';
import type { SiteConfig } from '../source/site';

/** What a listing lists: the newest posts (home), a term's, or a date's. */
export type ListingSubject =
  | { kind: 'home' }
  | { kind: 'term'; taxonomy: Taxonomy; term: Term }
  | { kind: 'date'; key: DateArchiveKey };

export interface ListingPosition {
  page: number;
  totalPages: number;
  /** Posts in the whole listing. */
  count: number;
  perPage: number;
}

export interface ListingText {
  /** The label above the heading: `Tag`, `Monthly archive`. */
  label: string | null;
  heading: string;
  /** What the listing holds, with its count, shown under the heading: `12 posts tagged “Machine Learning”`. */
  summary: string;
  /** The `<title>`, before the site's name is appended; null on the home page, whose title is the site's. */
  title: string | null;
  description: string;
}

/** The site's settings a listing's wording needs; `language` is English when left out. */
type SiteWords = { title: string; description?: string; language?: string };

const wordsOf = (site: { language?: string }): Translator => translator(site.language ?? 'en');

/** `12 posts` (`12 articles`, `١٢ مقالة`…) in the site's language. */
export const postCount = (n: number, t: Translator = translator('en')) => t.count('count.posts', n);

/** WordPress's own labels for listings (`Tag`, `Month`). */
const LABEL_KEY = { tag: 'listing.tag', category: 'listing.category', author: 'listing.author' } as const satisfies Record<Taxonomy, TextKey>;

function dateLabel(key: DateArchiveKey, t: Translator): string {
  return t.text(key.day ? 'listing.day' : key.month ? 'listing.month' : 'listing.year');
}

/** `12 posts tagged “Machine Learning”`: what the listing holds, with its count. */
function contents(subject: ListingSubject, count: number, t: Translator): string {
  if (subject.kind === 'home') return postCount(count, t);
  if (subject.kind === 'date') {
    const when = dateArchiveLabel(subject.key, t.lang);
    return subject.key.day ? t.count('listing.onDay', count, { day: when }) : t.count('listing.inPeriod', count, { period: when });
  }
  const { name } = subject.term;
  const quoted = t.text('quoted', { name });
  if (subject.taxonomy === 'tag') return t.count('listing.tagged', count, { name: quoted });
  if (subject.taxonomy === 'category') return t.count('listing.filedUnder', count, { name: quoted });
  return t.count('listing.by', count, { name });
}

/** The heading, title and description of one page of a listing, in the site's language. */
export function listingText(subject: ListingSubject, at: ListingPosition, site: SiteWords): ListingText {
  const t = wordsOf(site);
  const { page, totalPages, count, perPage } = at;
  const first = (page - 1) * perPage + 1;
  const last = Math.min(page * perPage, count);
  const range = totalPages > 1 ? ` ${t.text('listing.range', { page, total: totalPages, first, last })}` : '';
  const paged = (title: string) => (page > 1 ? t.text('listing.titleOfPage', { title, page, total: totalPages }) : title);
  const onSite = (what: string) => t.text('listing.onSite', { what, site: site.title });
  const summary = contents(subject, count, t);
  if (subject.kind === 'home') {
    return {
      label: null,
      summary,
      heading: page > 1 ? t.text('listing.latestPage', { page }) : t.text('listing.latest'),
      title: page > 1 ? paged(t.text('listing.latest')) : null,
      description: page > 1 ? `${onSite(summary)}${range}` : site.description || onSite(summary),
    };
  }
  const label = subject.kind === 'date' ? dateLabel(subject.key, t) : t.text(LABEL_KEY[subject.taxonomy]);
  const heading = subject.kind === 'date' ? dateArchiveLabel(subject.key, t.lang) : subject.term.name;
  return {
    label,
    heading,
    summary,
    title: paged(t.text('listing.labelled', { label, name: heading })),
    description: `${onSite(summary)}${range}`,
  };
}

/** The text of one page of a listing (see model/listings.ts). */
export function textOfListing(listing: { subject: ListingSubject; page: number; totalPages: number; count: number }, site: SiteConfig): ListingText {
  const { subject, page, totalPages, count } = listing;
  return listingText(subject, { page, totalPages, count, perPage: site.paginate }, site);
}

const TERM_COUNT = { tag: 'count.tags', category: 'count.categories', author: 'count.authors' } as const satisfies Record<Taxonomy, CountKey>;
const INDEX_HEADING = { tag: 'nav.tags', category: 'nav.categories', author: 'nav.authors' } as const satisfies Record<Taxonomy, TextKey>;

/** The heading, summary and description of a taxonomy's index page (`/tags/`). */
export function termIndexText(taxonomy: Taxonomy, termCount: number, site: SiteWords) {
  const t = wordsOf(site);
  const terms = t.count(TERM_COUNT[taxonomy], termCount);
  return {
    heading: t.text(INDEX_HEADING[taxonomy]),
    summary: t.text('index.summary', { terms }),
    description: t.text('index.description', { terms, site: site.title }),
  };
}

/** The heading, summary and description of `/archives/`. */
export function archivesText(count: number, site: SiteWords) {
  const t = wordsOf(site);
  const posts = postCount(count, t);
  return {
    heading: t.text('nav.archives'),
    summary: t.text('archives.summary', { posts }),
    description: t.text('archives.description', { site: site.title, posts }),
  };
}
