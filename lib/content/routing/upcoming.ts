import { publicationState } from '../core/publication';
import { instant } from '../core/dates';
import type { DocumentMeta } from '../source/document';
import { pageUrl } from '../core/paginate';
import { listingsOf } from '../core/listings-of';

/**
 * The URLs that scheduled posts will open, and when, as `[path, epoch ms]`: each scheduled post's own URL, and
 * every listing page (`/tag/x/`, `/2099/`, `/page/4/`) that exists only once enough scheduled posts are out. Built
 * into proxy.ts, which answers them with the normal 404 until then. (Their pages are prerendered so that Next.js
 * can regenerate them at that time; prerendered as not-found, Next.js 16.4 would serve them as an empty error
 * shell.)
 */
export function upcomingUrls(posts: DocumentMeta[], perPage: number, now: number): [string, number][] {
  const live = new Map<string, number>();
  const scheduled = new Map<string, number[]>();
  const upcoming = new Map<string, number>();
  for (const post of posts) {
    const state = publicationState(post, now);
    if (state === 'published') for (const listing of listingsOf(post)) live.set(listing, (live.get(listing) ?? 0) + 1);
    if (state !== 'scheduled') continue;
    const at = instant(post.date!);
    upcoming.set(post.url, Math.min(upcoming.get(post.url) ?? Infinity, at));
    for (const listing of listingsOf(post)) {
      const times = scheduled.get(listing);
      if (times) times.push(at);
      else scheduled.set(listing, [at]);
    }
  }
  for (const [base, times] of scheduled) {
    times.sort((a, b) => a - b);
    const count = live.get(base) ?? 0;
    const pagesNow = Math.ceil(count / perPage);
    const pagesThen = Math.ceil((count + times.length) / perPage);
    // Page p opens with the post that brings the listing to (p - 1) * perPage + 1 posts. The home page always exists.
    for (let page = Math.max(pagesNow + 1, base === '/' ? 2 : 1); page <= pagesThen; page++) {
      upcoming.set(pageUrl(base, page), times[(page - 1) * perPage - count]!);
    }
  }
  return [...upcoming];
}
