/**
 * The content queries the app uses. Everything comes from a Collection built from Contentlayer's output through
 * the visibility gate in `collection.ts`: the public one, or in Draft Mode the preview one, which also holds
 * drafts and scheduled posts. Both are rebuilt when a scheduled post's time comes, so it goes live without a
 * rebuild of the site (pages pick it up when Next.js regenerates them; see `revalidate` in app/layout.tsx).
 */
import { buildCollection, neighbours, type Collection, type TermArchive } from './collection';
import { relatedPosts } from './related';
import { instant } from '../core/dates';
import type { Entry } from '../generated/entry';
import { readEntryIndex } from '../generated/store';
import { readManifest } from '../routing/manifest';
import type { SiteConfig } from '../source/site';
import type { Taxonomy } from '../core/terms';
import { publicationState, type PublicationState } from '../core/publication';

export type { Entry } from '../generated/entry';
export type { TermArchive } from './collection';
export { publicationState, type PublicationState } from '../core/publication';
export { TAXONOMY_LABEL, type Taxonomy } from '../core/terms';
export { renderedBody, withBodies } from '../generated/store';

let collections: { from?: Entry[]; public?: Collection; preview?: Collection; eventual?: Collection } = {};

/** Every document's metadata (bodies are read one by one, where shown). A new index (`next dev`) starts afresh. */
function allEntries(): Entry[] {
  const { entries } = readEntryIndex();
  if (collections.from !== entries) collections = { from: entries };
  return entries;
}

/** When the site was built: the content step's instant, from its manifest. */
const builtAt = (): number => readManifest().builtAt;

/** The collection for now: built once, and again whenever a scheduled post has become public since. */
function getCollection(preview = false): Collection {
  const key = preview ? 'preview' : 'public';
  // During `next build` every page is judged as of one instant, the build's (a post going live mid-build must not
  // be on one page and missing from the next); at run time, as of the request.
  const building = process.env.NEXT_PHASE === 'phase-production-build' && builtAt() > 0;
  const now = building ? builtAt() : Date.now();
  const entries = allEntries();
  const current = collections[key];
  if (current && now < current.changesAt) return current;
  const rebuilt = buildCollection(entries, now, { preview });
  collections[key] = rebuilt;
  return rebuilt;
}

/**
 * The instant the public content last changed: the build (the content step's instant), or a scheduled
 * post going live since. Feeds send it as `Last-Modified`.
 */
export function getContentTime(): number {
  const newest = getCollection().posts[0]?.date;
  return Math.max(builtAt(), newest ? instant(newest) : 0);
}

/**
 * Everything public now or by its date (drafts excluded): what the build prerenders. A scheduled post's URL,
 * and the archives and listing pages it will appear on, exist from the build (as 404s until its time, as the
 * pages judge with the public collection) and go live when Next.js regenerates them, without a rebuild.
 */
function getEventualCollection(): Collection {
  const entries = allEntries();
  collections.eventual ??= buildCollection(entries, Infinity);
  return collections.eventual;
}

/** The paths to prerender: see getEventualCollection. */
export function getPrerenderContent() {
  return viewOf(getEventualCollection());
}

/** The queries of one view of the site: the public one, or with `preview` (Draft Mode) everything. */
export function getContent(preview = false) {
  return viewOf(getCollection(preview));
}

function viewOf(c: Collection) {
  return {
    collection: c,
    posts: c.posts,
    /** Every document of the view (a copy: call it where all are needed, as static params are). */
    documents: (): Entry[] => [...c.byUrl.values()],
    byUrl: (url: string): Entry | undefined => c.byUrl.get(url),
    byWpId: (id: number): Entry | undefined => c.byWpId.get(id),
    /** Whether a document is shown as a post (dated, in listings): posts, and in preview draft posts. */
    isPost: (doc: Entry): boolean => doc.kind === 'post' || c.position.has(doc),
    publicationState: (doc: Entry): PublicationState => publicationState(doc, c.now),
    neighbours: (post: Entry) => neighbours(c, post),
    related: (post: Entry): Entry[] => relatedPosts(c, post),
    /** A date archive's posts, newest first, by its page-1 path (`/2020/05/`). */
    dateArchive: (path: string): Entry[] | undefined => c.dates.get(path),
    termArchives: (taxonomy: Taxonomy): Map<string, TermArchive> => ({ tag: c.tags, category: c.categories, author: c.authors })[taxonomy],
  };
}

/** The site's settings, as the content step read them from `_config.yml`. */
export const getSite = (): SiteConfig => readManifest().site;
