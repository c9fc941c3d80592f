import { dateArchivePathsOf } from '../core/date-archives';
import { instant } from '../core/dates';
import { publicationState } from '../core/publication';
import type { Entry } from '../generated/entry';
import { pathKind } from '../source/export-layout';
import { archivesOf, type Taxonomy, type Term } from '../core/terms';


export function isPublic(entry: Entry, now: number): boolean {
  return publicationState(entry, now) === 'published';
}

export interface TermArchive<E extends Entry = Entry> {
  term: Term;
  /** Newest first. */
  posts: E[];
}

/**
 * Content as the site shows it at one instant, indexed once: routes look things up, they never scan. The public
 * collection holds public documents only; the preview collection (Draft Mode) holds every document, with
 * unpublished posts placed by date among the others, as they will be.
 */
/** `E`: the entries' type, `Entry` in the app (tests and scripts may hold entries with their rendered bodies). */
export interface Collection<E extends Entry = Entry> {
  /** The instant the collection was built for. */
  now: number;
  preview: boolean;
  /** Posts, newest first (drafts without a date first). */
  posts: E[];
  pages: E[];
  byUrl: Map<string, E>;
  byWpId: Map<number, E>;
  tags: Map<string, TermArchive<E>>;
  categories: Map<string, TermArchive<E>>;
  /** Authors as WordPress's `/author/<slug>/` archives: the display name, slugged like a term. */
  authors: Map<string, TermArchive<E>>;
  /** Date archives by path (`/2020/`, `/2020/05/`, `/2020/05/01/`), each newest first; in date order, newest first. */
  dates: Map<string, E[]>;
  /** Index of each post in `posts`, for previous/next links. */
  position: Map<Entry, number>;
  /** When the public set next changes (the earliest scheduled date after `now`), or Infinity. */
  changesAt: number;
}

/**
 * Each taxonomy's archives, by slug, each with its posts in the order given (newest first). Names that slug
 * the same (`AI`, `ai`, `A.I`) are one term, shown under the spelling most posts use (on a tie, the newest's).
 */
function indexArchives<E extends Entry>(posts: E[]): Record<Taxonomy, Map<string, TermArchive<E>>> {
  const archives: Record<Taxonomy, Map<string, TermArchive<E>>> = { tag: new Map(), category: new Map(), author: new Map() };
  const spellings = new Map<TermArchive<E>, Map<string, number>>();
  for (const post of posts) {
    for (const { taxonomy, term } of archivesOf(post)) {
      let archive = archives[taxonomy].get(term.slug);
      if (!archive) {
        archive = { term: { ...term }, posts: [] };
        archives[taxonomy].set(term.slug, archive);
        spellings.set(archive, new Map());
      }
      archive.posts.push(post);
      const counts = spellings.get(archive)!;
      counts.set(term.name, (counts.get(term.name) ?? 0) + 1);
    }
  }
  for (const [archive, counts] of spellings) {
    // Map order is first-seen order, which is newest first: a strict `>` keeps the newest spelling on a tie.
    let best = archive.term.name;
    for (const [name, count] of counts) if (count > counts.get(best)!) best = name;
    archive.term.name = best;
  }
  return archives;
}

/** Date archives by path, each newest first (posts are given newest first); undated drafts are in none. */
function indexDates<E extends Entry>(posts: E[]): Map<string, E[]> {
  const dates = new Map<string, E[]>();
  for (const post of posts) {
    if (post.date === null) continue;
    for (const path of dateArchivePathsOf(post.date)) {
      const list = dates.get(path);
      if (list) list.push(post);
      else dates.set(path, [post]);
    }
  }
  return dates;
}

/**
 * Newest first; undated drafts before everything; ties (same second) by file name, compared by code point (not
 * by locale, which varies between machines), so every build orders them the same way and feeds stay
 * byte-identical.
 */
export function newestFirst(a: Entry, b: Entry): number {
  const time = (entry: Entry) => (entry.date === null ? Infinity : instant(entry.date));
  const byTime = time(b) - time(a);
  return Number.isNaN(byTime) || byTime === 0 ? (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) : byTime;
}

export function buildCollection<E extends Entry>(entries: E[], now: number, { preview = false } = {}): Collection<E> {
  const visible = preview ? entries : entries.filter((entry) => isPublic(entry, now));
  // A draft is a post draft unless it is a page file marked unpublished.
  const isPost = (entry: Entry) => entry.kind === 'post' || (entry.kind === 'draft' && pathKind(entry.file) !== 'page');
  const posts = visible.filter(isPost).sort(newestFirst);
  const pages = visible.filter((entry) => !isPost(entry));
  // Public documents win a URL over a draft that shares it (a draft of an update to a published post).
  const byUrl = new Map<string, E>();
  for (const entry of [...visible].sort((a, b) => Number(isPublic(b, now)) - Number(isPublic(a, now)))) {
    if (!byUrl.has(entry.url)) byUrl.set(entry.url, entry);
  }
  const byWpId = new Map<number, E>();
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
    dates: indexDates(posts),
    position: new Map(posts.map((post, i) => [post, i])),
    changesAt,
  };
}

/**
 * Where `post` stands in a newest-first list: its index if it is in it, else the index it would take (a draft
 * or scheduled post previewed among the public posts). Binary search: lists are long, this runs per page.
 */
export function placeByDate(list: readonly Entry[], post: Entry): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (newestFirst(list[mid]!, post) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The older and newer neighbours of a post (WordPress's "previous" and "next") among the collection's posts by
 * date. A post outside the collection (previewed) gets the neighbours it will have when it is published.
 */
export function neighbours<E extends Entry>(collection: Collection<E>, post: Entry): { older: E | null; newer: E | null } {
  const { posts } = collection;
  const at = collection.position.get(post);
  if (at !== undefined) return { older: posts[at + 1] ?? null, newer: posts[at - 1] ?? null };
  const i = placeByDate(posts, post);
  return { older: posts[i] ?? null, newer: posts[i - 1] ?? null };
}
