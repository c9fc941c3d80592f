import { publicationState } from './collection';
import { instant } from './dates';
import type { DocumentMeta } from './document';
import { readInventory } from './inventory';
import { archivePath, archivesOf } from './terms';

const archiveUrls = (post: DocumentMeta): string[] => archivesOf(post).map(({ taxonomy, term }) => archivePath(taxonomy, term.slug));

/**
 * The URLs that scheduled posts will open, and when, as `[path, epoch ms]`: each scheduled post's own URL, and
 * the tag, category and author archives that only scheduled posts fill. Built into proxy.ts, which answers them
 * with the normal 404 until then. (Their pages are prerendered so that Next.js can regenerate them at that
 * time; prerendered as not-found, Next.js 16.4 would serve them as an empty error shell.)
 */
export function upcomingUrls(dir: string, now: number): [string, number][] {
  let posts: DocumentMeta[];
  try {
    posts = readInventory(dir).posts;
  } catch {
    return []; // a broken export stops the content step, which reports it; not here a second time
  }
  const live = new Set(posts.filter((post) => publicationState(post, now) === 'published').flatMap(archiveUrls));
  const upcoming = new Map<string, number>();
  for (const post of posts) {
    if (publicationState(post, now) !== 'scheduled') continue;
    const at = instant(post.date!);
    for (const url of [post.url, ...archiveUrls(post).filter((archive) => !live.has(archive))]) {
      upcoming.set(url, Math.min(upcoming.get(url) ?? Infinity, at));
    }
  }
  return [...upcoming];
}
