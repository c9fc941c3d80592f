import { publicationState } from './collection';
import { instant } from './dates';
import { readInventory } from './inventory';

/**
 * The URLs of scheduled posts and when each goes live, as `[path, epoch ms]`: built into proxy.ts, which answers
 * them with the normal 404 until then. (Their pages are prerendered, so that Next.js can regenerate them into the
 * post at its time; prerendered as not-found, they would be served as an empty error shell.)
 */
export function upcomingUrls(dir: string, now: number): [string, number][] {
  try {
    return readInventory(dir)
      .posts.filter((post) => publicationState(post, now) === 'scheduled')
      .map((post) => [post.url, instant(post.date!)]);
  } catch {
    return []; // a broken export stops the content step, which reports it; not here a second time
  }
}
