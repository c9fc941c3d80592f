/**
 * A post scheduled a little after the build goes live at its time without a rebuild: on its URL, in the feed at
 * once, and on the prerendered listings once Next.js regenerates them (`revalidate` in app/layout.tsx).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ogImagePath } from '../../lib/content/routing/og-images';
import { get, redirectOf } from './helpers';
import {
  BEFORE_LIVE,
  HOME_AT_BUILD,
  POST_META_AT_BUILD,
  PUBLISHED,
  SCHEDULED_AT_FILE,
  SCHEDULED_LEAD_SECONDS,
  SOON,
  type BeforeLive,
} from './scheduled-site';
import { SITES } from './sites';

const REVALIDATE_SECONDS = 60;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a scheduled post', () => {
  it(
    'is absent from the build, then live on its URL, in the feed, on the home page and its tag page, without a rebuild',
    async () => {
      const at = Number(readFileSync(path.join(SITES.scheduled.contentDir, SCHEDULED_AT_FILE), 'utf8'));
      // At build time it was scheduled: the prerendered home page lists the other post only.
      const built = readFileSync(HOME_AT_BUILD, 'utf8');
      expect(built).toContain('Already published');
      expect(built).not.toContain(SOON.marker);
      // Its URL was built as a 404 (to be regenerated once its time has come).
      expect(JSON.parse(readFileSync(POST_META_AT_BUILD, 'utf8')).status).toBe(404);

      // A site on WordPress's default links: `/?p=7` leads to the post's readable URL.
      expect(await redirectOf('scheduled', `/?p=${PUBLISHED.id}`)).toEqual({ status: 301, to: PUBLISHED.url });

      // Before its time (asked by global-setup as soon as the site was served, within the fixture's lead): this
      // run's answers, all read at least a second before the post's time.
      const before = JSON.parse(readFileSync(BEFORE_LIVE, 'utf8')) as BeforeLive;
      expect(before.askedAt).toBeGreaterThan(at - SCHEDULED_LEAD_SECONDS * 1000);
      expect(at - before.answeredAt, `ms to spare (raise SCHEDULED_LEAD_SECONDS if the site's build took longer)`).toBeGreaterThan(1000);
      expect(before.postStatus).toBe(404);
      expect(before.feedHasPost).toBe(false);
      // Its old URL does not give its new one away either.
      expect(before.oldUrl).toEqual({ status: 404, to: null });
      // Nor its Open Graph image, and the 404 is not kept: the image must appear with the post.
      expect(before.ogImage).toEqual({ status: 404, cacheControl: 'no-store' });
      await sleep(Math.max(0, at - Date.now()) + 1000);

      expect(await redirectOf('scheduled', `/?p=${SOON.id}`)).toEqual({ status: 301, to: SOON.url });
      // The feed reads the content at request time: it lists the post as soon as its time has come.
      expect((await get('scheduled', '/feed/')).body).toContain(SOON.title);

      const pages = ['/', SOON.url, '/tag/soon/'];
      const live = new Map<string, boolean>();
      const deadline = Date.now() + (REVALIDATE_SECONDS + 45) * 1000;
      while (Date.now() < deadline) {
        for (const page of pages) {
          const res = await get('scheduled', page);
          live.set(page, res.status === 200 && res.body.includes(SOON.title));
        }
        if ([...live.values()].every(Boolean)) break;
        await sleep(3000);
      }
      expect(Object.fromEntries(live)).toEqual({ '/': true, [SOON.url]: true, '/tag/soon/': true });
      const image = await fetch(`http://127.0.0.1:${SITES.scheduled.port}${ogImagePath(SOON.url)}`);
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/png');
    },
    (SCHEDULED_LEAD_SECONDS + REVALIDATE_SECONDS + 60) * 1000,
  );
});
