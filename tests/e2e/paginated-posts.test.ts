/**
 * Post and page URLs of the paginated fixture: every post's page (title, local date, author, term links,
 * previous/next), the WordPress page, old permalink shapes, and clicking through to archives and neighbours.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { get, listedPosts, withBrowser, waitForPath } from './helpers';
import { POSTS, TAG_ML, TAG_TOKYO, post, type FixturePost } from './paginated-fixture';

const browser = withBrowser();

const termSlug: Record<string, string> = {
  'Machine Learning': 'machine-learning',
  Quantum: 'quantum',
  Weekly: 'weekly',
  東京: encodeURIComponent('東京'),
  Café: encodeURIComponent('café'),
  Startups: 'startups',
  News: 'news',
  Policy: 'policy',
};

async function termLinks(page: Page, label: 'Categories' | 'Tags') {
  const block = page.locator('article footer div', { hasText: `${label}:` });
  if ((await block.count()) === 0) return [];
  return block.locator('a').evaluateAll((links) =>
    links.map((a) => ({ name: (a.textContent ?? '').trim(), href: a.getAttribute('href') ?? '' })),
  );
}

async function neighbour(page: Page, rel: 'prev' | 'next') {
  const link = page.locator(`nav[aria-label="More posts"] a[rel="${rel}"]`);
  if ((await link.count()) === 0) return null;
  return { href: await link.getAttribute('href'), text: (await link.textContent()) ?? '' };
}

describe('every post page', () => {
  it.each(POSTS.map((p) => [p.n, p] as const))('post %i: title, date, author, terms and neighbours', async (_n, p: FixturePost) => {
    const page = await browser.open('paginated', p.url);
    expect(await page.locator('h1').allTextContents()).toEqual([p.title]);
    await expect.poll(() => page.title()).toBe(`${p.title} – Paginated Fixture`);
    expect(await page.locator('article header time').textContent()).toBe(p.shownDate);
    expect(await page.locator('article header .author').textContent()).toBe(p.author);

    expect(await termLinks(page, 'Categories')).toEqual(
      p.categories.map((name) => ({ name, href: `/category/${termSlug[name]}/` })),
    );
    expect(await termLinks(page, 'Tags')).toEqual(p.tags.map((name) => ({ name, href: `/tag/${termSlug[name]}/` })));

    const older = await neighbour(page, 'prev');
    const newer = await neighbour(page, 'next');
    if (p.n === 1) expect(older).toBeNull();
    else {
      expect(older?.href).toBe(post(p.n - 1).url);
      expect(older?.text).toContain(post(p.n - 1).title);
    }
    // The newest post has no "next": the 2099 post is scheduled, not public.
    if (p.n === 28) expect(newer).toBeNull();
    else {
      expect(newer?.href).toBe(post(p.n + 1).url);
      expect(newer?.text).toContain(post(p.n + 1).title);
    }
  });
});

describe('post pages in detail', () => {
  it('shows the date the author wrote, not the UTC date (+13:00 at 01:35 and +05:30 at 00:48)', async () => {
    for (const [n, shown, dateTime] of [
      [5, 'April 7, 2019', '2019-04-07T01:35:05+13:00'],
      [24, 'June 17, 2020', '2020-06-17T00:48:12+05:30'],
    ] as const) {
      const page = await browser.open('paginated', post(n).url);
      const time = page.locator('article header time');
      expect(await time.textContent()).toBe(shown);
      expect(await time.getAttribute('datetime')).toBe(dateTime);
    }
  });

  it('decodes entities in titles once (&#038; and &#8211;)', async () => {
    const res = await get('paginated', post(28).url);
    expect(res.body).toContain('Apples &amp; Oranges: comparing two app stores</h1>');
    expect(res.body).not.toContain('&amp;#038;');
    expect(res.body).not.toContain('#8211');
  });

  it('uses the export\'s own alt text for a featured image, and the title for "Auto Draft"', async () => {
    const withAlt = await browser.open('paginated', post(28).url);
    const img = withAlt.locator('article img.featured-image');
    expect(await img.getAttribute('src')).toBe('https://i.imgur.com/abcdEFG.jpg');
    expect(await img.getAttribute('alt')).toBe('Two phones side by side');

    const autoDraft = await browser.open('paginated', post(1).url);
    const img1 = autoDraft.locator('article img.featured-image');
    expect(await img1.getAttribute('src')).toBe('https://i.imgur.com/fixture01.jpg');
    expect(await img1.getAttribute('alt')).toBe(post(1).title);

    const none = await browser.open('paginated', post(4).url);
    expect(await none.locator('article img.featured-image').count()).toBe(0);
  });

  it('a tag link on a post opens that tag\'s archive, which lists the post', async () => {
    const page = await browser.open('paginated', post(12).url);
    await page.locator('article footer').getByRole('link', { name: TAG_ML.name }).click();
    await waitForPath(page, '/tag/machine-learning/');
    await expect.poll(() => listedPosts(page)).toContainEqual({ title: post(12).title, href: post(12).url });
  });

  it('a non-Latin tag link is percent-encoded and leads to its archive', async () => {
    const page = await browser.open('paginated', post(9).url);
    const link = page.locator('article footer').getByRole('link', { name: TAG_TOKYO.name });
    expect(await link.getAttribute('href')).toBe('/tag/%E6%9D%B1%E4%BA%AC/');
    await link.click();
    await page.waitForURL((url) => decodeURIComponent(url.pathname) === '/tag/東京/');
    await expect.poll(() => listedPosts(page)).toEqual([{ title: post(9).title, href: post(9).url }]);
  });

  it('a category link on a post opens that category\'s archive', async () => {
    const page = await browser.open('paginated', post(16).url);
    await page.locator('article footer').getByRole('link', { name: 'Policy' }).click();
    await waitForPath(page, '/category/policy/');
    await expect.poll(async () => (await listedPosts(page)).map((p) => p.href)).toEqual(
      [26, 16, 8].map((n) => post(n).url),
    );
  });

  it('previous and next links navigate to the neighbouring posts', async () => {
    const page = await browser.open('paginated', post(10).url);
    await page.locator('nav[aria-label="More posts"] a[rel="prev"]').click();
    await waitForPath(page, post(9).url);
    await expect.poll(() => page.locator('h1').textContent()).toBe(post(9).title);
    await page.locator('nav[aria-label="More posts"] a[rel="next"]').click();
    await waitForPath(page, post(10).url);
    await expect.poll(() => page.locator('h1').textContent()).toBe(post(10).title);
    await page.locator('nav[aria-label="More posts"] a[rel="next"]').click();
    await waitForPath(page, post(11).url);
    await expect.poll(() => page.locator('h1').textContent()).toBe(post(11).title);
  });

  it('serves a /YYYY/MM/DD/slug/ permalink at its nested path', async () => {
    const res = await get('paginated', '/2019/04/30/post-06-why-batteries-matter/');
    expect(res.status).toBe(200);
    expect(res.body).toContain(`${post(6).title}</h1>`);
    expect((await get('paginated', '/post-06-why-batteries-matter/')).status).toBe(404);
  });

  it('serves a percent-encoded UTF-8 permalink at its Unicode path, however the request encodes it', async () => {
    for (const path of [
      '/%E6%9D%B1%E4%BA%AC-hardware-meetup-notes/',
      '/%e6%9d%b1%e4%ba%ac-hardware-meetup-notes/',
      encodeURI('/東京-hardware-meetup-notes/'),
    ]) {
      const res = await get('paginated', path);
      expect(res.status, path).toBe(200);
      expect(res.body).toContain(`${post(9).title}</h1>`);
    }
    const page = await browser.open('paginated', '/page/2/');
    await page.getByRole('link', { name: post(9).title }).click();
    await page.waitForURL((url) => decodeURIComponent(url.pathname) === '/東京-hardware-meetup-notes/');
    await expect.poll(() => page.locator('h1').textContent()).toBe(post(9).title);
  });

  it('serves a post whose permalink is WordPress\'s default /?p=ID at the slug of its file name', async () => {
    const res = await get('paginated', '/post-20-deep-learning-on-phones/');
    expect(res.status).toBe(200);
    expect(res.body).toContain(`${post(20).title}</h1>`);
    expect(res.body).toContain('<link rel="canonical" href="https://paginated.example/post-20-deep-learning-on-phones/"/>');
  });

  it('sends a permalink written without its trailing slash to the canonical URL', async () => {
    const res = await get('paginated', '/post-12-privacy-rules-in-europe');
    expect([301, 308]).toContain(res.status);
    expect(res.headers.get('location')).toBe('/post-12-privacy-rules-in-europe/');
    expect((await get('paginated', '/post-12-privacy-rules-in-europe/')).status).toBe(200);
  });

  it('gives a post a canonical URL and article metadata', async () => {
    const res = await get('paginated', post(5).url);
    expect(res.body).toContain(`<link rel="canonical" href="https://paginated.example${post(5).url}"/>`);
    expect(res.body).toContain('<meta property="article:published_time" content="2019-04-07T01:35:05+13:00"/>');
  });
});

describe('the WordPress page', () => {
  it('is served at /about/ without post furniture', async () => {
    const page = await browser.open('paginated', '/about/');
    expect(await page.locator('h1').allTextContents()).toEqual(['About']);
    expect(await page.locator('main').textContent()).toContain('Paginated Fixture is a test blog');
    expect(await page.locator('article time').count()).toBe(0);
    expect(await page.locator('nav[aria-label="More posts"]').count()).toBe(0);
    expect(await page.locator('article footer').count()).toBe(0);
  });

  it('is not listed among the posts, and the site menu links it (WordPress\'s default page menu)', async () => {
    for (const path of ['/', '/page/2/', '/page/3/']) {
      const { body } = await get('paginated', path);
      const main = body.slice(body.indexOf('<main'), body.indexOf('</main>'));
      expect(main).toMatch(/^<main[\s\S]*<article/);
      expect(main).not.toContain('href="/about/"');
      const header = body.slice(body.indexOf('<header'), body.indexOf('</header>'));
      expect(header).toContain('href="/about/"');
    }
  });
});
