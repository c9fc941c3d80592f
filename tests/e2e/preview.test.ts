/**
 * Authors' preview against `next start`: entering it with the secret (and every way of getting that wrong),
 * drafts and scheduled posts at their URLs with the notice, listings and feeds marked, leaving by POST, and
 * anonymous visitors seeing none of it.
 */
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { CLIENT_HEADER } from '../../lib/preview/attempts';
import { issueSessionToken } from '../../lib/preview/session';
import { get, withBrowser } from './helpers';
import { DRAFT, DRAFT_NO_PERMALINK, SCHEDULED } from './paginated-fixture';
import { PREVIEW_SECRETS, siteUrl } from './sites';

const browser = withBrowser();
const SECRET = PREVIEW_SECRETS.paginated!;
const DRAFT_ID = 4417;

const enter = (query: string) => get('paginated', `/api/draft/?${query}`);
const secretQuery = (rest: string) => `secret=${encodeURIComponent(SECRET)}&${rest}`;

const PREVIEW_COOKIES = ['__prerender_bypass', 'blog_preview'];

/** Enters preview over HTTP and returns the preview's cookies (name=value), by name. */
async function previewCookies(): Promise<Record<string, string>> {
  const res = await enter(secretQuery(`path=${encodeURIComponent(DRAFT.url)}`));
  expect(res.status).toBe(307);
  const pairs = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const byName = Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair]));
  expect(Object.keys(byName).sort()).toEqual(PREVIEW_COOKIES);
  return byName;
}

/** The Cookie header of a preview. */
const previewCookie = async () => Object.values(await previewCookies()).join('; ');

/** The draft's status with these cookies, and the cookies the answer deletes. */
async function draftWith(cookie: string) {
  const res = await fetch(`${siteUrl('paginated')}${DRAFT.url}`, { headers: { cookie } });
  const body = await res.text();
  expect(body).not.toContain(DRAFT.marker);
  const deleted = res.headers.getSetCookie().filter((c) => /Expires=Thu, 01 Jan 1970|Max-Age=0/i.test(c)).map((c) => c.slice(0, c.indexOf('=')));
  return { status: res.status, deleted: deleted.sort() };
}

/** A request to the paginated site from another loopback address (a client of its own for the front door). */
function getFrom(address: string, path: string): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    // The header counts only under `next start`; the front door replaces it with the connection's address.
    const request = http.get(`${siteUrl('paginated')}${path}`, { localAddress: address, headers: { [CLIENT_HEADER]: address } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers }));
    });
    request.on('error', reject);
  });
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

  it('both cookies are HttpOnly, SameSite=Lax, (in production) Secure, for the whole site and 12 hours', async () => {
    const res = await enter(secretQuery(`path=${encodeURIComponent(DRAFT.url)}`));
    const cookies = res.headers.getSetCookie();
    expect(cookies.map((c) => c.slice(0, c.indexOf('='))).sort()).toEqual(PREVIEW_COOKIES);
    for (const cookie of cookies) {
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Lax/i);
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/; Path=\/(;|$)/i);
      expect(cookie).toMatch(/; Max-Age=43200(;|$)/i);
    }
    expect(cookies.find((c) => c.startsWith('blog_preview='))).toMatch(/^blog_preview=v1\.\d{13}\.[\w-]{43};/);
  });

  it('in preview, another document opens without the secret (WordPress\'s preview links), and the session is not renewed', async () => {
    const cookie = await previewCookie();
    const res = await fetch(`${siteUrl('paginated')}/api/draft/?id=${DRAFT_ID}`, { headers: { cookie }, redirect: 'manual' });
    expect(res.status).toBe(307);
    expect(res.headers.getSetCookie()).toEqual([]);
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
    const names = (await page.context().cookies()).map((c) => c.name);
    expect(names).not.toContain('__prerender_bypass');
    expect(names).not.toContain('blog_preview');
  });
});

describe('sessions end on the server', () => {
  const HOUR = 3600_000;
  const session = (token: string) => `blog_preview=${token}`;

  it('a session made by the server with its secret, as the server checks it, is a preview', async () => {
    const { __prerender_bypass: bypass } = await previewCookies();
    const { status } = await fetch(`${siteUrl('paginated')}${DRAFT.url}`, { headers: { cookie: `${bypass}; ${session(issueSessionToken(SECRET))}` } });
    expect(status).toBe(200);
  });

  it.each([
    ['a forged Draft Mode cookie', '__prerender_bypass=x'],
    ['a forged Draft Mode cookie and a forged session', `__prerender_bypass=x; blog_preview=v1.${Date.now() + HOUR}.${'A'.repeat(43)}`],
  ])('%s: the 404, and the cookies deleted', async (_what, cookie) => {
    const { status, deleted } = await draftWith(cookie);
    expect(status).toBe(404);
    expect(deleted).toEqual(PREVIEW_COOKIES.filter((name) => cookie.includes(`${name}=`)));
  });

  it.each([
    ['Draft Mode\'s real cookie without the session', () => ''],
    ['a forged session', () => session(`v1.${Date.now() + HOUR}.${'A'.repeat(43)}`)],
    ['a session that ended (made 12 hours and a second ago)', () => session(issueSessionToken(SECRET, Date.now() - 12 * HOUR - 1000))],
    ['a session made with the previous secret', () => session(issueSessionToken('the-previous-secret'))],
    ['a session made far ahead', () => session(issueSessionToken(SECRET, Date.now() + HOUR))],
    ['a huge session cookie', () => session('v1.'.repeat(1000))],
  ])('%s: not a preview, and the stale cookies deleted', async (_what, ours) => {
    const { __prerender_bypass: bypass } = await previewCookies();
    const cookie = [bypass, ours()].filter(Boolean).join('; ');
    const { status, deleted } = await draftWith(cookie);
    expect(status).toBe(404);
    expect(deleted).toEqual(ours() ? PREVIEW_COOKIES : ['__prerender_bypass']);
    // Listings and feeds do not show the draft either.
    for (const path of ['/', '/feed/', '/drafts/']) {
      const res = await fetch(`${siteUrl('paginated')}${path}`, { headers: { cookie } });
      expect(await res.text(), path).not.toContain(DRAFT.marker);
    }
  });

  // Last in this file: its client is held back for a minute. It is a client of its own (127.0.0.2), so the
  // other files' previews, from 127.0.0.1, are not.
  it('wrong secrets: 10 a minute, then 429 with Retry-After, even for the right one; a request without a secret is not counted', async () => {
    const CLIENT = '127.0.0.2';
    const wrong = (n: number) => getFrom(CLIENT, `/api/draft/?secret=wrong-${n}&path=${encodeURIComponent(DRAFT.url)}`);
    for (let i = 0; i < 5; i++) expect((await getFrom(CLIENT, `/api/draft/?path=${encodeURIComponent(DRAFT.url)}`)).status).toBe(401);
    for (let i = 0; i < 10; i++) expect((await wrong(i)).status, `wrong secret ${i + 1}`).toBe(401);
    const held = await wrong(10);
    expect(held.status).toBe(429);
    expect(Number(held.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(held.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(held.headers['set-cookie']).toBeUndefined();
    expect((await getFrom(CLIENT, `/api/draft/?${secretQuery(`path=${encodeURIComponent(DRAFT.url)}`)}`)).status).toBe(429);
    // Without a secret: not a guess, so not held back.
    expect((await getFrom(CLIENT, `/api/draft/?path=${encodeURIComponent(DRAFT.url)}`)).status).toBe(401);
    // Another client is not held back.
    expect((await enter(secretQuery(`path=${encodeURIComponent(DRAFT.url)}`))).status).toBe(307);
  });
});
