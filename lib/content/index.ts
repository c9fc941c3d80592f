/**
 * The content queries the app uses. Everything public comes from one Collection, built once per process from
 * Contentlayer's output through the visibility gate in `collection.ts`.
 */
import { allPages, allPosts } from 'contentlayer/generated';
import { buildCollection, neighbours, type Collection, type TermArchive } from './collection';
import type { Entry } from './entry';
import { loadSiteConfig, type SiteConfig } from './site';
import type { Taxonomy } from './terms';

export type { Entry } from './entry';
export type { TermArchive } from './collection';
export { TAXONOMY_LABEL, type Taxonomy } from './terms';

let collection: Collection | undefined;

/**
 * The instant the public site is as of: the build's (inlined by next.config), so that what request-time routes
 * (feeds) list matches the pages the build generated. Without a build (scripts, tests) it is now.
 */
const contentTime = Number(process.env.BLOG_BUILD_TIME) || Date.now();

function getCollection(): Collection {
  // `entry` is typed `json` by Contentlayer; its shape is `Entry`, as produced by lib/content/entry.ts.
  collection ??= buildCollection(
    [...allPosts, ...allPages].map((doc) => doc.entry as Entry),
    contentTime,
  );
  return collection;
}

export const getSite = (): SiteConfig => loadSiteConfig();
export const getContentTime = (): number => contentTime;
export const getPublicPosts = (): Entry[] => getCollection().posts;
export const getPublicDocuments = (): Entry[] => [...getCollection().byUrl.values()];
export const getDocumentByUrl = (url: string): Entry | undefined => getCollection().byUrl.get(url);
export const getNeighbours = (post: Entry) => neighbours(getCollection(), post);

export function getTermArchives(taxonomy: Taxonomy): Map<string, TermArchive> {
  const c = getCollection();
  return { tag: c.tags, category: c.categories, author: c.authors }[taxonomy];
}
