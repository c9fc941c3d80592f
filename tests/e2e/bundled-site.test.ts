/** The bundled export (content/): the seed post from the home page to its own page, and the 404s. */
import { describe, expect, it } from 'vitest';
import { get, listedPosts, withBrowser, waitForPath } from './helpers';

const SEED = {
  title: 'China launches global data security initiative to counter US tech dominance',
  url: '/china-launches-global-data-security-initiative-to-counter-us-tech-dominance/',
  image: 'https://i.imgur.com/JdIlNrB.jpg',
};

const browser = withBrowser();

describe('bundled site: home page', () => {
  it('lists the seed post, linked to its permalink', async () => {
    const page = await browser.open('bundled', '/');
    expect(await listedPosts(page)).toEqual([{ title: SEED.title, href: SEED.url }]);
    await expect.poll(() => page.title()).toBe('New.blicio.us');
    // One post: no pagination.
    expect(await page.locator('nav[aria-label="Pagination"]').count()).toBe(0);
  });

  it('opens the post when its title is clicked, with title, date, author and featured image', async () => {
    const page = await browser.open('bundled', '/');
    await page.getByRole('link', { name: SEED.title }).click();
    await waitForPath(page, SEED.url);

    await expect(page.locator('h1').allTextContents()).resolves.toEqual([SEED.title]);
    const time = page.locator('article header time');
    expect(await time.textContent()).toBe('September 8, 2020');
    expect(await time.getAttribute('datetime')).toBe('2020-09-08T16:17:01+00:00');
    expect(await page.locator('article header .author').textContent()).toBe('Newb');

    const images = page.locator('article img.featured-image');
    expect(await images.count()).toBe(1);
    expect(await images.getAttribute('src')).toBe(SEED.image);
    // The export's alt is the junk value "Auto Draft": the title stands in for it.
    expect(await images.getAttribute('alt')).toBe(SEED.title);
    expect(await page.locator('[alt="Auto Draft"]').count()).toBe(0);
    // The title arrives with the streamed metadata, a moment after the navigation.
    await expect.poll(() => page.title()).toBe(`${SEED.title} – New.blicio.us`);
  });

  it('serves the post page itself with status 200 and the body text', async () => {
    const res = await get('bundled', SEED.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.body).toContain('Foreign Minister Wang Yi announced the initiative');
    // Plugin metadata of the seed post is never rendered.
    for (const junk of ['classic-editor-remember', 'slide_template', 'ilj_linkdefinition', 'a:0:{}']) {
      expect(res.body).not.toContain(junk);
    }
  });
});

describe('bundled site: unknown URLs', () => {
  const unknown = [
    '/this-post-does-not-exist/',
    '/page/99/',
    '/page/2/',
    '/tag/nope/',
    '/category/nope/',
    '/tag/nope/page/2/',
    '/2020/09/08/china-launches-global-data-security-initiative-to-counter-us-tech-dominance/',
  ];

  it.each(unknown)('%s answers 404 with the "Page not found" page', async (path) => {
    const res = await get('bundled', path);
    expect(res.status).toBe(404);
    expect(res.body).toContain('Page not found');
    expect(res.body).not.toContain(SEED.title);
  });

  it('shows the 404 page in the browser, with a link back home', async () => {
    const { page, status } = await browser.openWithStatus('bundled', '/no-such-page/');
    expect(status).toBe(404);
    expect(await page.locator('h1').allTextContents()).toEqual(['Page not found']);
    await expect.poll(() => page.title()).toBe('Page not found – New.blicio.us');
    await page.getByRole('link', { name: 'Go to the latest posts' }).click();
    await waitForPath(page, '/');
    expect((await listedPosts(page)).map((p) => p.title)).toEqual([SEED.title]);
  });
});
