/**
 * Authors' preview against `next start`: entering it with the secret (and every way of getting that wrong),
 * drafts and scheduled posts at their URLs with the notice, listings and feeds marked, leaving by POST, and
 * anonymous visitors seeing none of it.
 */
import { describe, expect, it } from 'vitest';
import { get, useBrowser } from './helpers';
import { DRAFT, DRAFT_NO_PERMALINK, SCHEDULED } from './paginated-fixture';
import { PREVIEW_SECRETS, siteUrl } from './sites';

const browser = useBrowser();
const SECRET = PREVIEW_SECRETS.paginated!;
const DRAFT_ID = 4417;

const enter = (query: string) => get('paginated', `/api/draft/?${query}`);
const secretQuery = (rest: string) => `secret=${encodeURIComponent(SECRET)}&${rest}`;

/** Enters preview over HTTP and returns the Cookie header that carries it. */
async function previewCookie(): Promise<string> {
  const res = await enter(secretQuery(`path=${encodeURIComponent(DRAFT.url)}`));
  expect(res.status).toBe(307);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('__prerender_bypass='));
  expect(cookie).toBeDefined();
  return cookie!.split(';')[0]!;
}

describe('anonymous visitors', () => {
  it.each([DRAFT.url, DRAFT_NO_PERMALINK.url, SCHEDULED.url, '/drafts/'])('%s is the normal 404', async (url) => {
    const res = await get('paginated', url);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain(DRAFT.marker);
    expect(res.body).not.toContain(SCHEDULED.marker);
    expect(res.body).not.toContain(DRAFT_NO_PERMALINK.marker);
    // The same page as any unknown URL gets.
    const unknown = await get('paginated', '/no-such-page-at-all/');
    expect(unknown.status).toBe(404);
    expect(res.body.match(/<h1[^>]*>([^<]*)</)?.[1]).toBe(unknown.body.match(/<h1[^>]*>([^<]*)</)?.[1]);
  });
});

describe('entering preview', () => {
  it.each([
    ['no secret', `path=${encodeURIComponent(DRAFT.url)}`],
    ['an empty secret', `secret=&path=${encodeURIComponent(DRAFT.url)}`],
    ['a wrong secret', `secret=wrong&path=${encodeURIComponent(DRAFT.url)}`],
    ['the secret\'s first half', `secret=${SECRET.slice(0, 10)}&path=${encodeURIComponent(DRAFT.url)}`],
    ['the secret with more after it', `secret=${SECRET}x&path=${encodeURIComponent(DRAFT.url)}`],
    ['the secret in another case', `secret=${SECRET.toUpperCase()}&path=${encodeURIComponent(DRAFT.url)}`],
  ])('with %s: 401, no cookie', async (_what, query) => {
    const res = await enter(query);
    expect(res.status).toBe(401);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it('with the secret and a path: Draft Mode on, and a redirect to the URL the content stores', async () => {
    const res = await enter(secretQuery('path=/DRAFTMARKER-Unpublished-Idea'));
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe(DRAFT.url);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('with the secret and a WordPress ID: the same', async () => {
    const res = await enter(secretQuery(`id=${DRAFT_ID}`));
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe(DRAFT.url);
  });

  it('the cookie is HttpOnly, SameSite=Lax and (in production) Secure', async () => {
    const res = await enter(secretQuery(`path=${encodeURIComponent(DRAFT.url)}`));
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('__prerender_bypass='))!;
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Secure/i);
  });

  it.each(['//evil.example', 'https://evil.example', '/\\evil.example', '/%2F%2Fevil.example', '%2F%2Fevil.example', '/no-such-post/'])(
    'path=%s: no document there, 404, and never a redirect off the site',
    async (path) => {
      const res = await enter(secretQuery(`path=${encodeURIComponent(path)}`));
      expect(res.status).toBe(404);
      expect(res.headers.get('location')).toBeNull();
      expect(res.headers.getSetCookie()).toEqual([]);
    },
  );

  it('an unknown WordPress ID: 404', async () => {
    expect((await enter(secretQuery('id=999999'))).status).toBe(404);
  });

  it('a site without PREVIEW_SECRET has preview off, and says so', async () => {
    const res = await get('bundled', `/api/draft/?secret=&path=/`);
    expect(res.status).toBe(404);
    expect(res.body).toContain('Preview is off');
  });

  it('leaving is POST only, and returns only to a page of this site', async () => {
    expect((await get('paginated', '/api/draft/exit/')).status).toBe(405);
    const exit = (referer: string) =>
      fetch(`${siteUrl('paginated')}/api/draft/exit/`, { method: 'POST', redirect: 'manual', headers: { referer } });
    const back = await exit(`${siteUrl('paginated')}${DRAFT.url}`);
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe(DRAFT.url);
    expect((await exit('https://evil.example/phish/')).headers.get('location')).toBe('/');
    expect((await exit(`${siteUrl('paginated')}//evil.example/`)).headers.get('location')).toBe('/');
  });
});

describe('in preview (HTTP)', () => {
  it('the draft is served, private and noindex, with the notice', async () => {
    const cookie = await previewCookie();
    const res = await fetch(`${siteUrl('paginated')}${DRAFT.url}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/private/);
    expect(res.headers.get('cache-control')).toMatch(/no-store/);
    const html = await res.text();
    expect(html).toContain(DRAFT.title);
    expect(html).toContain('Preview: not published.');
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
  });

  it('a draft without a permalink is previewed under /drafts/', async () => {
    const cookie = await previewCookie();
    const res = await fetch(`${siteUrl('paginated')}${DRAFT_NO_PERMALINK.url}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(DRAFT_NO_PERMALINK.title);
  });

  it('the scheduled post shows when it goes live', async () => {
    const cookie = await previewCookie();
    const html = await (await fetch(`${siteUrl('paginated')}${SCHEDULED.url}`, { headers: { cookie } })).text();
    expect(html).toContain(SCHEDULED.title);
    expect(html).toMatch(/Scheduled: it goes live on January 1, 2099/);
  });

  it('the feed includes both, marked, and is private', async () => {
    const cookie = await previewCookie();
    const res = await fetch(`${siteUrl('paginated')}/feed/`, { headers: { cookie } });
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const rss = await res.text();
    expect(rss).toContain(`<title>[Draft] ${DRAFT.title}</title>`);
    expect(rss).toContain(`<title>[Scheduled] ${SCHEDULED.title}</title>`);
    // Without the cookie, the same URL lists neither.
    const anonymous = (await get('paginated', '/feed/')).body;
    expect(anonymous).not.toContain(DRAFT.marker);
    expect(anonymous).not.toContain(SCHEDULED.marker);
  });

  it('/drafts/ lists every unpublished post with its link', async () => {
    const cookie = await previewCookie();
    const html = await (await fetch(`${siteUrl('paginated')}/drafts/`, { headers: { cookie } })).text();
    expect(html).toContain(`href="${DRAFT.url}"`);
    expect(html).toContain(`href="${SCHEDULED.url}"`);
    expect(html).toContain(`href="${DRAFT_NO_PERMALINK.url}"`);
  });
});

describe('in preview (Chromium)', () => {
  it('enter with the secret, see the draft with the banner, see it on the home page marked, exit, and get 404 again', async () => {
    const page = await browser.blankPage();
    const landed = await page.goto(`${siteUrl('paginated')}/api/draft?${secretQuery(`path=${encodeURIComponent(DRAFT.url)}`)}`);
    expect(landed?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(DRAFT.url);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(DRAFT.title);
    expect(await page.getByText('Preview: not published.').isVisible()).toBe(true);
    expect(await page.getByRole('status').getByText('Preview mode.').isVisible()).toBe(true);

    await page.goto(`${siteUrl('paginated')}/`);
    const draftEntry = page.getByRole('article').filter({ hasText: DRAFT.title });
    expect(await draftEntry.getByText('Draft', { exact: true }).isVisible()).toBe(true);
    const scheduledEntry = page.getByRole('article').filter({ hasText: SCHEDULED.title });
    expect(await scheduledEntry.getByText('Scheduled', { exact: true }).isVisible()).toBe(true);

    await page.goto(`${siteUrl('paginated')}${DRAFT.url}`);
    const [exited] = await Promise.all([
      page.waitForResponse((res) => new URL(res.url()).pathname === DRAFT.url && res.request().method() === 'GET'),
      page.getByRole('button', { name: 'Exit preview' }).click(),
    ]);
    expect(exited.status()).toBe(404);
    expect(new URL(page.url()).pathname).toBe(DRAFT.url);
    expect(await page.getByText(DRAFT.title).count()).toBe(0);
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain('__prerender_bypass');
  });
});
