import { instant } from './dates';
import type { Entry } from './entry';
import { pathKind } from './export-layout';
import { archivesOf, type Taxonomy, type Term } from './terms';

/** Where a document stands: public, waiting for its date, or not published at all. */
export type PublicationState = 'published' | 'scheduled' | 'draft';

/**
 * The one gate: whether a document is public at `now`, and if not, why. Every listing, page, feed, sitemap and
 * static-params list goes through it. Drafts (`_drafts/`, `draft: true`, `published: false`, a draft, pending
 * or private status) are never public; a post dated after `now` is scheduled. Revisions and auto-drafts never
 * become documents at all.
 */
export function publicationState(entry: Pick<Entry, 'kind' | 'date'>, now: number): PublicationState {
  if (entry.kind === 'draft') return 'draft';
  if (entry.kind === 'page') return 'published';
  return entry.date !== null && instant(entry.date) <= now ? 'published' : 'scheduled';
}

export function isPublic(entry: Entry, now: number): boolean {
  return publicationState(entry, now) === 'published';
}

export interface TermArchive {
  term: Term;
  /** Newest first. */
  posts: Entry[];
}

/**
 * Content as the site shows it at one instant, indexed once: routes look things up, they never scan. The public
 * collection holds public documents only; the preview collection (Draft Mode) holds every document, with
 * unpublished posts placed by date among the others, as they will be.
 */
export interface Collection {
  /** The instant the collection was built for. */
  now: number;
  preview: boolean;
  /** Posts, newest first (drafts without a date first). */
  posts: Entry[];
  pages: Entry[];
  byUrl: Map<string, Entry>;
  byWpId: Map<number, Entry>;
  tags: Map<string, TermArchive>;
  categories: Map<string, TermArchive>;
  /** Authors as WordPress's `/author/<slug>/` archives: the display name, slugged like a term. */
  authors: Map<string, TermArchive>;
  /** Index of each post in `posts`, for previous/next links. */
  position: Map<Entry, number>;
  /** When the public set next changes (the earliest scheduled date after `now`), or Infinity. */
  changesAt: number;
}

/** Each taxonomy's archives, by slug, each with its posts in the order given (newest first). */
function indexArchives(posts: Entry[]): Record<Taxonomy, Map<string, TermArchive>> {
  const archives: Record<Taxonomy, Map<string, TermArchive>> = { tag: new Map(), category: new Map(), author: new Map() };
  for (const post of posts) {
    for (const { taxonomy, term } of archivesOf(post)) {
      const archive = archives[taxonomy].get(term.slug) ?? { term, posts: [] };
      archive.posts.push(post);
      archives[taxonomy].set(term.slug, archive);
    }
  }
  return archives;
}

/**
 * Newest first; undated drafts before everything; ties (same second) by file name, compared by code point (not
 * by locale, which varies between machines), so every build orders them the same way and feeds stay
 * byte-identical.
 */
function newestFirst(a: Entry, b: Entry): number {
  const time = (entry: Entry) => (entry.date === null ? Infinity : instant(entry.date));
  const byTime = time(b) - time(a);
  return Number.isNaN(byTime) || byTime === 0 ? (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) : byTime;
}

export function buildCollection(entries: Entry[], now: number, { preview = false } = {}): Collection {
  const visible = preview ? entries : entries.filter((entry) => isPublic(entry, now));
  // A draft is a post draft unless it is a page file marked unpublished.
  const isPost = (entry: Entry) => entry.kind === 'post' || (entry.kind === 'draft' && pathKind(entry.file) !== 'page');
  const posts = visible.filter(isPost).sort(newestFirst);
  const pages = visible.filter((entry) => !isPost(entry));
  // Public documents win a URL over a draft that shares it (a draft of an update to a published post).
  const byUrl = new Map<string, Entry>();
  for (const entry of [...visible].sort((a, b) => Number(isPublic(b, now)) - Number(isPublic(a, now)))) {
    if (!byUrl.has(entry.url)) byUrl.set(entry.url, entry);
  }
  const byWpId = new Map<number, Entry>();
  for (const entry of visible) if (entry.wpId !== null && !byWpId.has(entry.wpId)) byWpId.set(entry.wpId, entry);
  let changesAt = Infinity;
  for (const entry of entries) {
    if (publicationState(entry, now) === 'scheduled') changesAt = Math.min(changesAt, instant(entry.date!));
  }
  const archives = indexArchives(posts);
  return {
    now,
    preview,
    posts,
    pages,
    byUrl,
    byWpId,
    tags: archives.tag,
    categories: archives.category,
    authors: archives.author,
    position: new Map(posts.map((post, i) => [post, i])),
    changesAt,
  };
}

/** The older and newer neighbours of a post (WordPress's "previous" and "next"), within the collection. */
export function neighbours(collection: Collection, post: Entry): { older: Entry | null; newer: Entry | null } {
  const i = collection.position.get(post);
  if (i === undefined) return { older: null, newer: null };
  return { older: collection.posts[i + 1] ?? null, newer: collection.posts[i - 1] ?? null };
}
