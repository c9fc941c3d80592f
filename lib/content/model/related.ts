import { placeByDate, type Collection } from './collection';
import type { Entry } from '../generated/entry';

/** A shared tag says more about a post's subject than a shared category, which is broader. */
const TAG_WEIGHT = 2;
const CATEGORY_WEIGHT = 1;
/** WordPress's default category: every post without a category has it, so sharing it relates nothing. */
const DEFAULT_CATEGORY = 'uncategorized';
/**
 * In a term with more posts than this, only this many nearest in date are candidates: without the bound a
 * category holding most of 20,000 posts makes the build compare every post with every other.
 */
const NEAREST_IN_TERM = 200;

/** The posts of `list` (newest first) nearest in date to `post`: all of them when the list is short. */
function nearest(list: Entry[], post: Entry): Entry[] {
  if (list.length <= NEAREST_IN_TERM) return list;
  const at = placeByDate(list, post);
  const start = Math.min(Math.max(0, at - NEAREST_IN_TERM / 2), list.length - NEAREST_IN_TERM);
  return list.slice(start, start + NEAREST_IN_TERM);
}

/**
 * Up to `limit` posts related to `post`: those sharing the most tags and categories (a tag counts double), then
 * the newest. Drawn from `collection`, the public one, so a draft is never suggested, not even in preview; a
 * post sharing no term is not related.
 */
export function relatedPosts(collection: Collection, post: Entry, limit = 4): Entry[] {
  const scores = new Map<Entry, number>();
  const add = (archives: Collection['tags'], slug: string, weight: number) => {
    const archive = archives.get(slug);
    if (!archive) return;
    for (const other of nearest(archive.posts, post)) {
      if (other.url !== post.url) scores.set(other, (scores.get(other) ?? 0) + weight);
    }
  };
  for (const tag of post.tags) add(collection.tags, tag.slug, TAG_WEIGHT);
  for (const category of post.categories) {
    if (category.slug !== DEFAULT_CATEGORY) add(collection.categories, category.slug, CATEGORY_WEIGHT);
  }
  const rank = (entry: Entry) => collection.position.get(entry)!;
  return [...scores]
    .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || rank(a) - rank(b))
    .slice(0, limit)
    .map(([entry]) => entry);
}
