/**
 * The paginated fixture (28 public posts, 10 a page): the home listing and its pages, the tag and category
 * archives, their pagination links, and the URLs past the end.
 */
import { describe, expect, it } from 'vitest';
import { get, listedPosts, pathOf, redirectOf, withBrowser, waitForPath, type ListedPost } from './helpers';
import {
  CATEGORY_POLICY,
  CATEGORY_STARTUPS,
  NEWEST_FIRST,
  PER_PAGE,
  TAG_CAFE,
  TAG_ML,
  TAG_QUANTUM,
  TAG_TOKYO,
  post,
  type FixturePost,
} from './paginated-fixture';

const browser = withBrowser();

const listed = (posts: FixturePost[]): ListedPost[] => posts.map((p) => ({ title: p.title, href: p.url }));
const byNumbers = (ns: number[]) => listed(ns.map(post));
const homePage = (n: number) => listed(NEWEST_FIRST.slice((n - 1) * PER_PAGE, n * PER_PAGE));

describe('home listing', () => {
  it('shows the 10 newest posts, newest first, with their local dates', async () => {
    const page = await browser.open('paginated', '/');
    expect(await listedPosts(page)).toEqual(homePage(1));
    expect(homePage(1).map((p) => p.title)[0]).toMatch(/^Post 28 /);
    const dates = await page.locator('main article time').allTextContents();
    expect(dates).toEqual(NEWEST_FIRST.slice(0, 10).map((p) => p.shownDate));
    expect(await page.locator('nav[aria-label="Pagination"]').textContent()).toContain('Page 1 of 3');
  });

  it('/page/2/ shows the next 10 posts and /page/3/ the last 8', async () => {
    const two = await browser.open('paginated', '/page/2/');
    expect(await listedPosts(two)).toEqual(homePage(2));
    await expect.poll(() => two.title()).toBe('Latest posts – page 2 of 3 – Paginated Fixture');
    const three = await browser.open('paginated', '/page/3/');
    const last = await listedPosts(three);
    expect(last).toEqual(homePage(3));
    expect(last.map((p) => p.title.slice(0, 7))).toEqual(
      ['Post 08', 'Post 07', 'Post 06', 'Post 05', 'Post 04', 'Post 03', 'Post 02', 'Post 01'],
    );
  });

  it('every public post is on exactly one home page', async () => {
    const seen: string[] = [];
    for (const path of ['/', '/page/2/', '/page/3/']) {
      const res = await get('paginated', path);
      expect(res.status).toBe(200);
      const page = await browser.open('paginated', path);
      seen.push(...(await listedPosts(page)).map((p) => p.href));
    }
    expect(seen).toEqual(NEWEST_FIRST.map((p) => p.url));
  });

  // `/page/2.5/` looks like a file name to Next.js, which first drops its trailing slash: follow that.
  it.each(['/page/4/', '/page/0/', '/page/-1/', '/page/two/', '/page/2.5/', '/page/02/'])(
    '%s is a 404',
    async (path) => {
      const res = await get('paginated', path, { follow: true });
      expect(res.status).toBe(404);
      expect(res.body).toContain('Page not found');
    },
  );

  it('/page/1/ redirects permanently to /', async () => {
    const res = await get('paginated', '/page/1/');
    expect([301, 308]).toContain(res.status);
    expect(new URL(res.headers.get('location')!, 'http://x').pathname).toBe('/');
    const page = await browser.open('paginated', '/page/1/');
    expect(pathOf(page)).toBe('/');
    expect(await listedPosts(page)).toEqual(homePage(1));
  });

  it('"Older posts" and "Newer posts" walk through the pages, and page 2 links back to / (not /page/1/)', async () => {
    const page = await browser.open('paginated', '/');
    const nav = page.locator('nav[aria-label="Pagination"]');
    expect(await nav.locator('a[rel="prev"]').count()).toBe(0);

    await nav.getByRole('link', { name: /Older posts/ }).click();
    await waitForPath(page, '/page/2/');
    await expect.poll(() => listedPosts(page)).toEqual(homePage(2));
    expect(await nav.locator('a[rel="prev"]').getAttribute('href')).toBe('/');
    expect(await nav.locator('a[rel="next"]').getAttribute('href')).toBe('/page/3/');
    expect(await nav.textContent()).toContain('Page 2 of 3');

    await nav.getByRole('link', { name: /Older posts/ }).click();
    await waitForPath(page, '/page/3/');
    await expect.poll(() => listedPosts(page)).toEqual(homePage(3));
    expect(await nav.locator('a[rel="next"]').count()).toBe(0);

    await nav.getByRole('link', { name: /Newer posts/ }).click();
    await waitForPath(page, '/page/2/');
    await expect.poll(() => listedPosts(page)).toEqual(homePage(2));

    await nav.getByRole('link', { name: /Newer posts/ }).click();
    await waitForPath(page, '/');
    await expect.poll(() => listedPosts(page)).toEqual(homePage(1));
  });

  it('gives listing pages a canonical URL on the site\'s own domain', async () => {
    const res = await get('paginated', '/page/2/');
    expect(res.body).toContain('<link rel="canonical" href="https://paginated.example/page/2/"/>');
  });
});

describe('tag archives', () => {
  it('the 12-post tag lists its 10 newest posts on page 1 and the other 2 on page 2', async () => {
    const page = await browser.open('paginated', `/tag/${TAG_ML.slug}/`);
    expect(await page.locator('main h1').textContent()).toBe(TAG_ML.name);
    expect(await page.locator('main header').textContent()).toContain('12 posts');
    expect(await listedPosts(page)).toEqual(byNumbers(TAG_ML.posts.slice(0, 10)));
    await expect.poll(() => page.title()).toBe('Tag: Machine Learning – Paginated Fixture');

    const two = await browser.open('paginated', `/tag/${TAG_ML.slug}/page/2/`);
    expect(await listedPosts(two)).toEqual(byNumbers(TAG_ML.posts.slice(10)));
    expect(await listedPosts(two)).toEqual(byNumbers([4, 2]));
    await expect.poll(() => two.title()).toBe('Tag: Machine Learning – page 2 of 2 – Paginated Fixture');
  });

  it('tag pagination links go to /tag/<slug>/page/2/ and back to /tag/<slug>/', async () => {
    const page = await browser.open('paginated', `/tag/${TAG_ML.slug}/`);
    const nav = page.locator('nav[aria-label="Pagination"]');
    expect(await nav.textContent()).toContain('Page 1 of 2');
    await nav.getByRole('link', { name: /Older posts/ }).click();
    await waitForPath(page, '/tag/machine-learning/page/2/');
    await expect.poll(() => listedPosts(page)).toEqual(byNumbers([4, 2]));
    expect(await nav.locator('a[rel="next"]').count()).toBe(0);
    expect(await nav.locator('a[rel="prev"]').getAttribute('href')).toBe('/tag/machine-learning/');
    await nav.getByRole('link', { name: /Newer posts/ }).click();
    await waitForPath(page, '/tag/machine-learning/');
    await expect.poll(() => listedPosts(page)).toEqual(byNumbers(TAG_ML.posts.slice(0, 10)));
  });

  it('a 3-post tag has one page and no pagination', async () => {
    const page = await browser.open('paginated', `/tag/${TAG_QUANTUM.slug}/`);
    expect(await listedPosts(page)).toEqual(byNumbers(TAG_QUANTUM.posts));
    expect(await page.locator('main header').textContent()).toContain('3 posts');
    expect(await page.locator('nav[aria-label="Pagination"]').count()).toBe(0);
  });

  it('a tag named in another script is served at its encoded URL', async () => {
    const page = await browser.open('paginated', `/tag/${encodeURIComponent(TAG_TOKYO.slug)}/`);
    expect(await page.locator('main h1').textContent()).toBe(TAG_TOKYO.name);
    expect(await listedPosts(page)).toEqual(byNumbers(TAG_TOKYO.posts));
    expect(await page.locator('main header').textContent()).toContain('1 post');
    expect(await page.locator('main header').textContent()).not.toContain('1 posts');
  });

  it('an accented tag keeps its accent in the slug; WordPress’s accent-free URL redirects there', async () => {
    const page = await browser.open('paginated', `/tag/${encodeURIComponent(TAG_CAFE.slug)}/`);
    expect(await page.locator('main h1').textContent()).toBe(TAG_CAFE.name);
    expect(await listedPosts(page)).toEqual(byNumbers(TAG_CAFE.posts));
    for (const [old, now] of [
      ['/tag/cafe/', '/tag/caf%C3%A9/'],
      ['/tag/cafe/feed/', '/tag/caf%C3%A9/feed/'],
      ['/tag/cafe/feed/atom/', '/tag/caf%C3%A9/feed/atom/'],
    ]) {
      expect(await redirectOf('paginated', old!), old).toEqual({ status: 308, to: now });
    }
  });

  it.each([
    '/tag/nope/',
    '/tag/machine-learning/page/3/',
    '/tag/machine-learning/page/1/x/',
    '/tag/quantum/page/2/',
    '/tag/Machine Learning/page/9/',
  ])('%s is a 404', async (path) => {
    const res = await get('paginated', encodeURI(path));
    expect(res.status).toBe(404);
    expect(res.body).toContain('Page not found');
  });
});

describe('category archives', () => {
  it('the 12-post category lists the right posts over two pages', async () => {
    const page = await browser.open('paginated', `/category/${CATEGORY_STARTUPS.slug}/`);
    expect(await page.locator('main h1').textContent()).toBe(CATEGORY_STARTUPS.name);
    expect(await page.locator('main header').textContent()).toContain('Category');
    expect(await listedPosts(page)).toEqual(byNumbers(CATEGORY_STARTUPS.posts.slice(0, 10)));
    const two = await browser.open('paginated', `/category/${CATEGORY_STARTUPS.slug}/page/2/`);
    expect(await listedPosts(two)).toEqual(byNumbers([3, 1]));
  });

  it('a 3-post category lists exactly its posts', async () => {
    const page = await browser.open('paginated', `/category/${CATEGORY_POLICY.slug}/`);
    expect(await listedPosts(page)).toEqual(byNumbers(CATEGORY_POLICY.posts));
    await expect.poll(() => page.title()).toBe('Category: Policy – Paginated Fixture');
  });

  it.each(['/category/nope/', '/category/policy/page/2/', '/category/startups/page/3/'])('%s is a 404', async (path) => {
    const res = await get('paginated', path);
    expect(res.status).toBe(404);
  });
});

describe('URLs spelled like the route files', () => {
  // Scanners and broken links request these; a visitor must get the 404 page, not a server error.
  it.each(['/%5B...path%5D/', '/page/%5Bpage%5D/', '/tag/%5Bslug%5D/', '/category/%5Bslug%5D/page/%5Bpage%5D/'])(
    '%s is a 404',
    async (path) => {
      const res = await get('paginated', path);
      expect(res.status).toBe(404);
      expect(res.body).toContain('Page not found');
    },
  );
});
