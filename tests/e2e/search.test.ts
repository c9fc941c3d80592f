/**
 * Site search in Chromium against the built paginated fixture: the header's box on every page, the search page
 * (`/search/?q=…`) with its ranking, accent- and case-insensitive matching, count, no-results state, URL and
 * history, keyboard use, and the message without JavaScript; WordPress's search URLs redirecting to it; the
 * index loading nothing before a query and serving only its own files.
 *
 * The fixture's words: post 6's title has "batteries", post 23's body has it four times (the title must win);
 * post 12's body has "español"; post 28's title is written with `&#038;` in the export.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { get, pathOf, redirectOf, withBrowser, waitForPath } from './helpers';
import { DRAFT, DRAFT_NO_PERMALINK, post, SCHEDULED } from './paginated-fixture';
import { siteUrl } from './sites';

const browser = withBrowser();
const RESULT_LINKS = 'ol[aria-label="Search results"] a[data-search-result]';

/** The search page, JavaScript on, with every request under `/pagefind/` recorded. */
async function openSearch(path = '/search/'): Promise<{ page: Page; indexRequests: string[]; errors: string[] }> {
  const page = await browser.blankPage();
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/pagefind/')) indexRequests.push(url.pathname);
  });
  const errors: string[] = [];
  // (Requests off the test server, as for a post's remote image in a prefetched listing, are aborted: not errors.)
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).hostname === '127.0.0.1') errors.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${siteUrl('paginated')}${path}`, { waitUntil: 'load' });
  // `errors`: a WebAssembly compile blocked by the Content-Security-Policy, or a failed chunk, would show here.
  return { page, indexRequests, errors };
}

/** What the status line says once the search for `query` has finished. */
async function statusAfter(page: Page, query: string): Promise<string> {
  const status = page.getByRole('status');
  await page.waitForFunction(
    (q) => {
      const text = document.querySelector('[role="status"]')?.textContent ?? '';
      return text.includes(`“${q}”`);
    },
    query,
    { timeout: 15_000 },
  );
  return (await status.textContent()) ?? '';
}

/** The results as shown: title, href, date, excerpt text and its highlighted words. */
async function results(page: Page) {
  return page.$$eval('ol[aria-label="Search results"] > li', (items) =>
    items.map((li) => ({
      title: li.querySelector('h2 a')?.textContent ?? '',
      href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      date: li.querySelector('time')?.textContent ?? null,
      excerpt: li.querySelector('p:last-child')?.textContent ?? '',
      marked: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
    })),
  );
}

/** Types `query` into the search page's box and waits for its results. */
async function search(page: Page, query: string) {
  await page.locator('#search-query').fill(query);
  const status = await statusAfter(page, query);
  return { status, results: await results(page) };
}

describe('the header search box', () => {
  it.each([
    ['home', '/'],
    ['a post', post(24).url],
    ['a tag archive', '/tag/machine-learning/'],
    ['the 404 page', '/no-such-page/'],
  ])('is on %s, a plain GET form to /search/', async (_name, path) => {
    const res = await get('paginated', path);
    expect(res.body).toMatch(/<form role="search" aria-label="Site search"[^>]*action="\/search\/" method="get"/);
    expect(res.body).toMatch(/<input id="site-search" type="search"[^>]*name="q"/);
  });

  it('takes a query from a post page to the results', async () => {
    const { page } = await openSearch(post(24).url);
    await page.locator('#site-search').fill('Batteries');
    await page.keyboard.press('Enter');
    await waitForPath(page, '/search/');
    expect(pathOf(page)).toBe('/search/?q=Batteries');
    expect(await statusAfter(page, 'Batteries')).toBe('2 results for “Batteries”');
  });
});

describe('the search page', () => {
  it('ranks the post with the words in its title first, and marks them in the excerpt', async () => {
    const { page, errors } = await openSearch();
    const found = await search(page, 'batteries');
    expect(found.status).toBe('2 results for “batteries”');
    // Post 23 has the word four times in its body; post 6 once in its title and once in its body.
    expect(found.results.map((r) => r.href)).toEqual([post(6).url, post(23).url]);
    expect(found.results[0]).toMatchObject({ title: post(6).title, date: post(6).shownDate });
    expect(found.results[0]!.marked.map((m) => m.toLowerCase())).toContain('batteries');
    expect(found.results[1]!.excerpt).toContain('Electric trucks need batteries');
    // The query is in the URL, to share or reload.
    expect(pathOf(page)).toBe('/search/?q=batteries');
    expect(errors).toEqual([]);
  });

  it.each(['espanol', 'ESPAÑOL', 'Español', 'EsPaNoL'])('matches whatever the accents and case: %s', async (query) => {
    const { page } = await openSearch();
    const found = await search(page, query);
    expect(found.results.map((r) => r.href)).toEqual([post(12).url]);
    // (Pagefind marks the word as the text spells it, with the punctuation that follows it.)
    expect(found.results[0]!.marked).toEqual(['español:']);
  });

  it('finds title words in any case, with entities in titles decoded', async () => {
    const { page } = await openSearch();
    const found = await search(page, 'ORANGES');
    expect(found.results[0]!.title).toBe('Post 28 – Apples & Oranges: comparing two app stores');
    expect(found.results[0]!.href).toBe(post(28).url);
    expect(await page.content()).not.toMatch(/&amp;#0?38;|&#038;|&amp;amp;/);
  });

  it('says so when nothing matches', async () => {
    const { page } = await openSearch();
    const found = await search(page, 'zyzzyva');
    expect(found.status).toMatch(/^No results for “zyzzyva”/);
    expect(found.results).toEqual([]);
  });

  it('knows no draft, scheduled post or plugin metadata', async () => {
    const { page } = await openSearch();
    // Pagefind matches every word of a query: the markers' first words alone (`DRAFTMARKER`) are the widest net.
    const words = [DRAFT.marker, DRAFT_NO_PERMALINK.marker, SCHEDULED.marker, 'LEAKMARKER'].map((marker) => marker.split('-')[0]!);
    for (const query of [...new Set(words), '_yoast_wpseo_metadesc', 'classic-editor']) {
      const found = await search(page, query);
      expect(found.results, query).toEqual([]);
    }
    // The same page does find a published post's words (the loop above could not pass by finding nothing ever).
    expect((await search(page, 'quantum')).results.length).toBeGreaterThan(0);
  });

  it('opens with the results of a shared link, and shows ten at first, then more on request', async () => {
    const { page } = await openSearch('/search/?q=fixture');
    expect(await statusAfter(page, 'fixture')).toBe('28 results for “fixture”');
    expect(await page.locator(RESULT_LINKS).count()).toBe(10);
    await page.getByRole('button', { name: 'More results' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('ol[aria-label="Search results"] > li').length === n, 20);
    // Focus moves to the first result the button added.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe((await results(page))[10]!.href);
  });

  it('keeps each search in the history: back returns to the previous query and its results', async () => {
    const { page } = await openSearch('/search/?q=batteries');
    await statusAfter(page, 'batteries');
    await page.locator('#search-query').fill('quantum');
    await page.keyboard.press('Enter');
    await statusAfter(page, 'quantum');
    expect(pathOf(page)).toBe('/search/?q=quantum');
    await page.goBack();
    expect(await statusAfter(page, 'batteries')).toBe('2 results for “batteries”');
    expect(await page.locator('#search-query').inputValue()).toBe('batteries');
  });

  it('works with the keyboard alone: arrows and Tab move through the results, Enter opens one', async () => {
    const { page } = await openSearch();
    // The box has focus when the page opens.
    await page.waitForFunction(() => document.activeElement?.id === 'search-query');
    await page.keyboard.type('quantum');
    await statusAfter(page, 'quantum');
    const hrefs = (await results(page)).map((r) => r.href);
    expect(hrefs.length).toBeGreaterThanOrEqual(2);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('search-query');
    // Tab: the box, its button, then the first result.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(hrefs[0]);
    await page.keyboard.press('Enter');
    await waitForPath(page, hrefs[0]!);
  });

  it('announces the outcome to screen readers, in a status region', async () => {
    const { page } = await openSearch();
    await search(page, 'drone');
    const status = page.getByRole('status');
    expect(await status.textContent()).toBe('1 result for “drone”');
    // The tab (and the history entry) names the query too.
    expect(await page.title()).toBe('“drone” – Search – Paginated Fixture');
    // The box is labelled, and tells how results come.
    const help = await page.locator('#search-query').getAttribute('aria-describedby');
    expect(await page.locator(`#${help}`).textContent()).toMatch(/arrow keys/);
    expect(await page.getByRole('search', { name: 'Search this site' }).count()).toBe(1);
  });

  it('loads no index data until a query is typed', async () => {
    const { page, indexRequests } = await openSearch();
    await page.waitForLoadState('networkidle');
    expect(indexRequests).toEqual([]);
    await page.keyboard.type('d');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/pagefind/pagefind.js')));
    expect(indexRequests).toContain('/pagefind/pagefind.js');
  });

  it('without JavaScript, shows the form and says search needs JavaScript', async () => {
    const context = await (await browser.blankPage()).context().browser()!.newContext({ javaScriptEnabled: false });
    try {
      const noJs = await context.newPage();
      await noJs.goto(`${siteUrl('paginated')}/search/?q=batteries`, { waitUntil: 'load' });
      expect(await noJs.locator('main').textContent()).toContain('Search runs in your browser and needs JavaScript, which is turned off.');
      expect(await noJs.locator('main form[role="search"] input[name="q"]').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});

describe('WordPress search URLs', () => {
  it.each([
    ['/?s=batteries', '/search/?q=batteries'],
    ['/?s=quantum+computing', '/search/?q=quantum+computing'],
    ['/?s=caf%C3%A9', '/search/?q=caf%C3%A9'],
    ['/?s=', '/search/'],
    ['/index.php?s=drone', '/search/?q=drone'],
    ['/search/drone/', '/search/?q=drone'],
    ['/search/quantum+computing/', '/search/?q=quantum+computing'],
    ['/search/drone/page/2/', '/search/?q=drone'],
  ])('%s redirects to %s', async (from, to) => {
    expect(await redirectOf('paginated', from)).toEqual({ status: 301, to });
  });

  it('/search/a/b/ is not a page', async () => {
    expect((await get('paginated', '/search/a/b/')).status).toBe(404);
  });

  it('a reader arriving at /?s=batteries sees the results', async () => {
    const { page } = await openSearch('/?s=batteries');
    expect(pathOf(page)).toBe('/search/?q=batteries');
    expect(await statusAfter(page, 'batteries')).toBe('2 results for “batteries”');
  });
});

describe('the index files', () => {
  it('are served from /pagefind/, the content-hashed ones cached for good', async () => {
    const script = await get('paginated', '/pagefind/pagefind.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('cache-control')).toBe('public, no-cache');
    const entry = JSON.parse((await get('paginated', '/pagefind/pagefind-entry.json')).body) as { languages: Record<string, { hash: string }> };
    const [language, { hash }] = Object.entries(entry.languages)[0]!;
    expect(language).toBe('en');
    const meta = await get('paginated', `/pagefind/pagefind.${hash}.pf_meta`);
    expect(meta.status).toBe(200);
    expect(meta.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it.each(['/pagefind/pagefind-ui.js', '/pagefind/%2e%2e/entries.json', '/pagefind/..%2fentries.json', '/pagefind/index/', '/pagefind/nope.pf_index'])(
    '%s is not served',
    async (path) => {
      const res = await fetch(`${siteUrl('paginated')}${path}`, { redirect: 'manual' });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('"entries"');
    },
  );
});
