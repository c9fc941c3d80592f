import { instant } from './dates';
import type { Entry } from './entry';
import { authorTerm, type Term } from './terms';

/**
 * The one gate: whether a document is public. Every listing, page, feed, sitemap and static-params list goes
 * through it. Drafts and revisions never reach a Collection; a post dated in the future is scheduled.
 */
export function isPublic(entry: Entry, now: number): boolean {
  if (entry.kind === 'page') return true;
  return entry.kind === 'post' && entry.date !== null && instant(entry.date) <= now;
}

export interface TermArchive {
  term: Term;
  /** Newest first. */
  posts: Entry[];
}

/** Public content, indexed once per process: routes look things up, they never scan. */
export interface Collection {
  /** Public posts, newest first. */
  posts: Entry[];
  pages: Entry[];
  byUrl: Map<string, Entry>;
  tags: Map<string, TermArchive>;
  categories: Map<string, TermArchive>;
  /** Authors as WordPress's `/author/<slug>/` archives: the display name, slugged like a term. */
  authors: Map<string, TermArchive>;
  /** Index of each public post in `posts`, for previous/next links. */
  position: Map<Entry, number>;
}

function indexTerms(posts: Entry[], termsOf: (post: Entry) => Term[]): Map<string, TermArchive> {
  const archives = new Map<string, TermArchive>();
  for (const post of posts) {
    for (const term of termsOf(post)) {
      const archive = archives.get(term.slug) ?? { term, posts: [] };
      archive.posts.push(post);
      archives.set(term.slug, archive);
    }
  }
  return archives;
}

/**
 * Newest first; ties (same second) by file name, compared by code point (not by locale, which varies between
 * machines), so every build orders them the same way and feeds stay byte-identical.
 */
function newestFirst(a: Entry, b: Entry): number {
  return instant(b.date!) - instant(a.date!) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

export function buildCollection(entries: Entry[], now: number): Collection {
  const visible = entries.filter((entry) => isPublic(entry, now));
  const posts = visible.filter((entry) => entry.kind === 'post').sort(newestFirst);
  const pages = visible.filter((entry) => entry.kind === 'page');
  return {
    posts,
    pages,
    byUrl: new Map(visible.map((entry) => [entry.url, entry])),
    tags: indexTerms(posts, (post) => post.tags),
    categories: indexTerms(posts, (post) => post.categories),
    authors: indexTerms(posts, (post) => [authorTerm(post.author)].filter((term) => term !== null)),
    position: new Map(posts.map((post, i) => [post, i])),
  };
}

/** The older and newer neighbours of a public post (WordPress's "previous" and "next"). */
export function neighbours(collection: Collection, post: Entry): { older: Entry | null; newer: Entry | null } {
  const i = collection.position.get(post);
  if (i === undefined) return { older: null, newer: null };
  return { older: collection.posts[i + 1] ?? null, newer: collection.posts[i - 1] ?? null };
}
