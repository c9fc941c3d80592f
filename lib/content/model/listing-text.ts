/**
 * What each listing is called: its heading, its `<title>` and its meta description, which say what it lists
 * and which page it is, so that no two pages of a site share a title or a description.
 */
import { dateArchiveLabel, type DateArchiveKey } from '../core/date-archives';
import { TAXONOMY_LABEL, type Taxonomy, type Term } from '../core/terms';
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

export const postCount = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'post' : 'posts'}`;

const quoted = (name: string) => `“${name}”`;

/** WordPress's own labels for date archives (`Month: May 2020`). */
function dateLabel(key: DateArchiveKey): string {
  return key.day ? 'Day' : key.month ? 'Month' : 'Year';
}

/** `12 posts tagged “Machine Learning”`: what the listing holds, with its count. */
function contents(subject: ListingSubject, count: number): string {
  const posts = postCount(count);
  if (subject.kind === 'home') return posts;
  if (subject.kind === 'date') {
    return `${posts} published ${subject.key.day ? 'on' : 'in'} ${dateArchiveLabel(subject.key)}`;
  }
  const name = quoted(subject.term.name);
  return { tag: `${posts} tagged ${name}`, category: `${posts} filed under ${name}`, author: `${posts} by ${subject.term.name}` }[subject.taxonomy];
}

/** The heading, title and description of one page of a listing. */
export function listingText(subject: ListingSubject, at: ListingPosition, site: { title: string; description: string }): ListingText {
  const { page, totalPages, count, perPage } = at;
  const first = (page - 1) * perPage + 1;
  const last = Math.min(page * perPage, count);
  const range = totalPages > 1 ? ` Page ${page} of ${totalPages}: posts ${first}–${last}, newest first.` : '';
  const pageSuffix = page > 1 ? ` – page ${page} of ${totalPages}` : '';
  const summary = contents(subject, count);
  if (subject.kind === 'home') {
    return {
      label: null,
      summary,
      heading: page > 1 ? `Latest posts, page ${page}` : 'Latest posts',
      title: page > 1 ? `Latest posts${pageSuffix}` : null,
      description: page > 1 ? `${postCount(count)} on ${site.title}.${range}` : site.description || `${postCount(count)} on ${site.title}.`,
    };
  }
  if (subject.kind === 'date') {
    const heading = dateArchiveLabel(subject.key);
    const label = dateLabel(subject.key);
    return {
      label,
      heading,
      summary,
      title: `${label}: ${heading}${pageSuffix}`,
      description: `${summary} on ${site.title}.${range}`,
    };
  }
  const label = TAXONOMY_LABEL[subject.taxonomy];
  return {
    label,
    heading: subject.term.name,
    summary,
    title: `${label}: ${subject.term.name}${pageSuffix}`,
    description: `${summary} on ${site.title}.${range}`,
  };
}

/** The text of one page of a listing (see model/listings.ts). */
export function textOfListing(listing: { subject: ListingSubject; page: number; totalPages: number; count: number }, site: SiteConfig): ListingText {
  const { subject, page, totalPages, count } = listing;
  return listingText(subject, { page, totalPages, count, perPage: site.paginate }, site);
}

const PLURAL: Record<Taxonomy, [one: string, many: string]> = {
  tag: ['tag', 'tags'],
  category: ['category', 'categories'],
  author: ['author', 'authors'],
};

/** The heading, summary and description of a taxonomy's index page (`/tags/`). */
export function termIndexText(taxonomy: Taxonomy, termCount: number, site: { title: string }) {
  const [one, many] = PLURAL[taxonomy];
  const counted = `${termCount.toLocaleString('en-US')} ${termCount === 1 ? one : many}`;
  return {
    heading: many[0]!.toUpperCase() + many.slice(1),
    summary: `${counted}, most posts first`,
    description: `All ${counted} on ${site.title}, each with its number of posts.`,
  };
}

/** The heading, summary and description of `/archives/`. */
export function archivesText(count: number, site: { title: string }) {
  return {
    heading: 'Archives',
    summary: `${postCount(count)}, by year and month`,
    description: `Every post on ${site.title}, ${postCount(count)} by year and month, newest first.`,
  };
}
