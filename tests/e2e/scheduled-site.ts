/**
 * The export of the `scheduled` test site, written just before it is built: one published post and one post
 * scheduled SCHEDULED_LEAD_SECONDS after the build time, so that it is not public when the site is built and
 * becomes public while the tests run, without a rebuild. The build time is pinned (BLOG_BUILD_TIME, set by
 * global-setup to the instant of the writing), so the build judges the post scheduled however long it takes.
 *
 * What a visitor gets before the post's time is asked once, by global-setup, as soon as the site is served
 * (probeBeforeLive): the lead covers the site's build and its server's start, not the order the test files run
 * in. scheduled.test.ts checks that answer, and that it came before the post's time.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ogImagePath } from '../../lib/content/routing/og-images';
import { siteUrl } from './sites';

/** From the writing (the pinned build time) to the post's time: the scheduled site's build and start fit well in it. */
export const SCHEDULED_LEAD_SECONDS = 90;
export const SOON = {
  title: 'SOONMARKER-e2e-2c81 A post that goes live during the tests',
  url: '/soonmarker-goes-live-during-the-tests/',
  marker: 'SOONMARKER-e2e-2c81',
  /** Its WordPress ID: `/?p=8` stays a 404 until the post is live. */
  id: 8,
};
/** The post public at build time, on WordPress's default links (`/?p=7`): its URL comes from its file name. */
export const PUBLISHED = { id: 7, url: '/already-published/' };
/** Where the writing records the scheduled instant, for the test to wait for. */
export const SCHEDULED_AT_FILE = 'scheduled-at.txt';
/**
 * A copy of the home page as the build prerendered it, taken before the server starts: Next.js rewrites the
 * file in place when it regenerates the page.
 */
export const HOME_AT_BUILD = 'tests/.generated/scheduled-home-at-build.html';
/** Likewise the post's own prerendered response (its status, headers) as the build left it. */
export const POST_META_AT_BUILD = 'tests/.generated/scheduled-post-at-build.meta';
/** What the served site answered before the post's time (probeBeforeLive), for scheduled.test.ts. */
export const BEFORE_LIVE = 'tests/.generated/scheduled-before-live.json';

/** `2026-11-29T11:40:00+00:00`: whole seconds, as exports write dates. */
const isoSeconds = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}+00:00`;

/** Writes the export, the post scheduled SCHEDULED_LEAD_SECONDS after `builtAt` (the build time the build is given). */
export function writeScheduledSite(dir: string, builtAt: number): void {
  rmSync(dir, { recursive: true, force: true });
  rmSync(BEFORE_LIVE, { force: true });
  mkdirSync(path.join(dir, '_posts'), { recursive: true });
  const at = Math.ceil((builtAt + SCHEDULED_LEAD_SECONDS * 1000) / 1000) * 1000;
  writeFileSync(path.join(dir, '_config.yml'), 'title: Scheduled Fixture\nurl: https://scheduled.example\npaginate: 10\n');
  writeFileSync(
    path.join(dir, '_posts', '2020-01-01-already-published.md'),
    `---\nid: ${PUBLISHED.id}\ntitle: Already published\ndate: 2020-01-01T10:00:00+00:00\npermalink: /?p=${PUBLISHED.id}\ntags:\n  - Soon\n---\nA post that was public at build time.\n`,
  );
  writeFileSync(
    path.join(dir, '_posts', `${isoSeconds(at).slice(0, 10)}-soonmarker-goes-live-during-the-tests.md`),
    `---\nid: ${SOON.id}\ntitle: ${SOON.title}\ndate: ${isoSeconds(at)}\npermalink: ${SOON.url}\ntags:\n  - Soon\n---\n${SOON.marker} is the body of a post scheduled for ${isoSeconds(at)}.\n`,
  );
  writeFileSync(path.join(dir, SCHEDULED_AT_FILE), String(at));
}

/** What the served site answered about the post before its time, and when the questions were asked. */
export interface BeforeLive {
  /** When the first request was sent and the last answer read (ms since the epoch). */
  askedAt: number;
  answeredAt: number;
  postStatus: number;
  feedHasPost: boolean;
  /** `/?p=<id>`: its status and where it redirects (null: nowhere). */
  oldUrl: { status: number; to: string | null };
  ogImage: { status: number; cacheControl: string | null };
}

/**
 * Asks the served scheduled site, before the post's time, for the post, the feed, the post's old URL and its
 * Open Graph image, and writes the answers to BEFORE_LIVE. Called by global-setup once the site is served.
 */
export async function probeBeforeLive(): Promise<BeforeLive> {
  const origin = siteUrl('scheduled');
  const fetchManual = (path: string) => fetch(`${origin}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  const askedAt = Date.now();
  const post = await fetchManual(SOON.url);
  await post.arrayBuffer();
  const feed = await (await fetchManual('/feed/')).text();
  const old = await fetchManual(`/?p=${SOON.id}`);
  await old.arrayBuffer();
  const location = old.headers.get('location');
  const to = location ? new URL(location, origin) : null;
  const image = await fetchManual(ogImagePath(SOON.url));
  await image.arrayBuffer();
  const result: BeforeLive = {
    askedAt,
    answeredAt: Date.now(),
    postStatus: post.status,
    feedHasPost: feed.includes(SOON.marker),
    oldUrl: { status: old.status, to: to && `${to.pathname}${to.search}` },
    ogImage: { status: image.status, cacheControl: image.headers.get('cache-control') },
  };
  mkdirSync(path.dirname(BEFORE_LIVE), { recursive: true });
  writeFileSync(BEFORE_LIVE, JSON.stringify(result, null, 2));
  return result;
}
