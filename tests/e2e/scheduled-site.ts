/**
 * The export of the `scheduled` test site, written just before it is built: one published post and one post
 * scheduled SCHEDULED_LEAD_SECONDS after the writing, so that it is not public when the site is built and
 * becomes public while the tests run, without a rebuild.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SCHEDULED_LEAD_SECONDS = 45;
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

/** `2026-11-29T11:40:00+00:00`: whole seconds, as exports write dates. */
const isoSeconds = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}+00:00`;

export function writeScheduledSite(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, '_posts'), { recursive: true });
  const at = Math.ceil((Date.now() + SCHEDULED_LEAD_SECONDS * 1000) / 1000) * 1000;
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
