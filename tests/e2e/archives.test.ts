/**
 * Archives on the built archive fixture (date permalinks) and the bundled site: the tag, category and author
 * indexes, date archives beside `/YYYY/MM/DD/slug/` posts, `/archives/`, related posts and previous/next, the
 * titles and descriptions of every listing, and the way a reader moves between them.
 */
import { describe, expect, it } from 'vitest';
import {
  ARCHIVE_AUTHORS,
  ARCHIVE_CATEGORIES,
  ARCHIVE_DATES,
  ARCHIVE_NEWEST_FIRST,
  ARCHIVE_PER_PAGE,
  ARCHIVE_RELATED,
  ARCHIVE_TAGS,
  ARCHIVES_PAGE,
  UNPUBLISHED_MARKER,
  archivePost,
} from './archive-fixture';
import { get, listedPosts, redirectOf, withBrowser, waitForPath, type ListedPost } from './helpers';
import type { SiteName } from './sites';

const browser = withBrowser();

const listed = (numbers: number[]): ListedPost[] =>
  numbers.map((n) => ({ title: archivePost(n).title, href: encodeURI(archivePost(n).url) }));

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replaceAll('&amp;', '&');
const descriptionOf = (html: string) => /<meta name="description" content="([^"]*)"/.exec(html)?.[1];

/** Each term of an index page as shown: its name and count, in order, and where it links. */
async function indexTerms(site: SiteName, path: string) {
  const page = await browser.open(site, path);
  return page.$$eval('main li a', (links) =>
    links.map((a) => ({
      name: a.querySelector('span')?.textContent ?? '',
      count: Number(a.querySelector('[aria-hidden="true"]')?.textContent),
      href: a.getAttribute('href'),
    })),
  );
}

describe('the tag, category and author indexes', () => {
  it.each([
    ['/tags/', 'tag', ARCHIVE_TAGS],
    ['/categories/', 'category', ARCHIVE_CATEGORIES],
    ['/authors/', 'author', ARCHIVE_AUTHORS],
  ] as const)('%s lists every public term with its count, most posts first, then by name', async (path, taxonomy, terms) => {
    expect(await indexTerms('archive', path)).toEqual(
      terms.map((t) => ({ name: t.name, count: t.posts.length, href: `/${taxonomy}/${encodeURIComponent(t.slug)}/` })),
    );
  });

  it('names what it lists in its title and description, and never a draft\'s or scheduled post\'s term', async () => {
    const res = await get('archive', '/tags/');
    expect(titleOf(res.body)).toBe('Tags – Archive Fixture');
    expect(descriptionOf(res.body)).toBe('All 7 tags on Archive Fixture, each with its number of posts.');
    for (const hidden of ['Draft Only Tag', 'Future Tag', 'Draft Writer', 'Future Author', UNPUBLISHED_MARKER]) {
      expect(res.body).not.toContain(hidden);
      expect((await get('archive', '/authors/')).body).not.toContain(hidden);
    }
  });

  it.each([
    ['tag', ARCHIVE_TAGS],
    ['category', ARCHIVE_CATEGORIES],
    ['author', ARCHIVE_AUTHORS],
  ] as const)('each %s archive lists exactly its posts, %i per page', async (taxonomy, terms) => {
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) {
      const base = `/${taxonomy}/${encodeURIComponent(term.slug)}/`;
      const page1 = await browser.open('archive', base);
      expect(await listedPosts(page1), base).toEqual(listed(term.posts.slice(0, ARCHIVE_PER_PAGE)));
      const page2 = await get('archive', `${base}page/2/`);
      expect(page2.status, `${base}page/2/`).toBe(term.posts.length > ARCHIVE_PER_PAGE ? 200 : 404);
    }
  });

  it('the unknown and the draft-only terms are 404s; WordPress\'s accent-free author slug redirects', async () => {
    for (const path of ['/tag/draft-only-tag/', '/tag/future-tag/', '/author/draft-writer/', '/tag/nope/', '/category/nope/']) {
      expect((await get('archive', path)).status, path).toBe(404);
    }
    expect(await redirectOf('archive', '/author/jose-nunez/')).toEqual({ status: 308, to: '/author/jos%C3%A9-n%C3%BA%C3%B1ez/' });
    // `Cafe` is a tag of its own here, so `/tag/cafe/` is that tag, not a redirect to `Café`.
    const cafe = await get('archive', '/tag/cafe/');
    expect(cafe.status).toBe(200);
    expect(cafe.body).toContain(archivePost(9).title);
  });
});

describe('date archives', () => {
  it.each(Object.entries(ARCHIVE_DATES))('%s lists its posts by their own local date, newest first', async (path, numbers) => {
    const res = await get('archive', path);
    expect(res.status).toBe(200);
    const page = await browser.open('archive', path);
    expect(await listedPosts(page)).toEqual(listed(numbers.slice(0, ARCHIVE_PER_PAGE)));
  });

  it('paginates at exactly 3: a full last page, a page of one, no page past the end, page 1 at the archive\'s own URL', async () => {
    const year = await browser.open('archive', '/2020/page/2/');
    expect(await listedPosts(year)).toEqual(listed([10, 9, 8]));
    const month = await browser.open('archive', '/2019/06/page/2/');
    expect(await listedPosts(month)).toEqual(listed([3]));
    for (const path of ['/2020/page/3/', '/2019/06/01/page/2/', '/2019/06/page/0/', '/2019/06/page/x/']) {
      expect((await get('archive', path)).status, path).toBe(404);
    }
    for (const [path, to] of [
      ['/2020/page/1/', '/2020/'],
      ['/2019/06/page/1/', '/2019/06/'],
      ['/2019/06/01/page/1/', '/2019/06/01/'],
    ]) {
      expect(await redirectOf('archive', path!), path).toEqual({ status: 308, to });
    }
  });

  it('coexist with the /YYYY/MM/DD/slug/ posts below them', async () => {
    const day = await get('archive', '/2019/06/01/');
    const post = await get('archive', archivePost(3).url);
    expect(day.status).toBe(200);
    expect(post.status).toBe(200);
    expect(post.body).toContain(`${archivePost(3).title}</h1>`);
    expect(day.body).toContain('June 1, 2019</h1>');
  });

  it('years, months and days without public posts are 404s: none, not valid, or only a draft or a scheduled post', async () => {
    for (const path of ['/2017/', '/2019/07/', '/2019/06/02/', '/2020/13/', '/2019/02/29/', '/2099/', '/2099/06/01/', '/2020/05/05/draft-flagged/']) {
      expect((await get('archive', path)).status, path).toBe(404);
    }
    expect((await get('archive', '/2019/06/01/')).body).not.toContain(UNPUBLISHED_MARKER);
  });

  it('say which archive and which page they are in their title and description', async () => {
    const cases = [
      ['/2019/', 'Year: 2019 – Archive Fixture', '5 posts published in 2019 on Archive Fixture. Page 1 of 2: posts 1–3, newest first.'],
      ['/2019/page/2/', 'Year: 2019 – page 2 of 2 – Archive Fixture', '5 posts published in 2019 on Archive Fixture. Page 2 of 2: posts 4–5, newest first.'],
      ['/2019/06/', 'Month: June 2019 – Archive Fixture', '4 posts published in June 2019 on Archive Fixture. Page 1 of 2: posts 1–3, newest first.'],
      ['/2019/06/01/', 'Day: June 1, 2019 – Archive Fixture', '3 posts published on June 1, 2019 on Archive Fixture.'],
      ['/tag/robots/page/2/', 'Tag: Robots – page 2 of 2 – Archive Fixture', '5 posts tagged “Robots” on Archive Fixture. Page 2 of 2: posts 4–5, newest first.'],
      ['/category/news/', 'Category: News – Archive Fixture', '6 posts filed under “News” on Archive Fixture. Page 1 of 2: posts 1–3, newest first.'],
      ['/author/ada-lovelace/page/2/', 'Author: Ada Lovelace – page 2 of 2 – Archive Fixture', '5 posts by Ada Lovelace on Archive Fixture. Page 2 of 2: posts 4–5, newest first.'],
      ['/page/5/', 'Latest posts – page 5 of 5 – Archive Fixture', '13 posts on Archive Fixture. Page 5 of 5: posts 13–13, newest first.'],
    ] as const;
    for (const [path, title, description] of cases) {
      const res = await get('archive', path);
      expect(titleOf(res.body), path).toBe(title);
      expect(descriptionOf(res.body), path).toBe(description);
    }
  });
});

describe('/archives/', () => {
  it('shows the export\'s own Archives page, then every public post by year and month with counts', async () => {
    const page = await browser.open('archive', '/archives/');
    expect(await page.locator('main h1').textContent()).toBe(ARCHIVES_PAGE.title);
    expect(await page.locator('main').textContent()).toContain(ARCHIVES_PAGE.text);
    const years = await page.$$eval('main section[aria-labelledby] > h2', (hs) => hs.map((h) => h.textContent));
    expect(years).toEqual(['2020 (6 posts)', '2019 (5 posts)', '2018 (2 posts)']);
    const june = page.getByRole('region', { name: 'June 2019' });
    expect(await june.locator('h3').textContent()).toBe('June (4 posts)');
    expect(await june.locator('li a').allTextContents()).toEqual([6, 5, 4, 3].map((n) => archivePost(n).title));
    expect(await page.locator('main li a').count()).toBe(ARCHIVE_NEWEST_FIRST.length);
    expect(await page.locator('main').textContent()).not.toContain(UNPUBLISHED_MARKER);
    // Several authors: the way to their index is offered.
    expect(await page.locator('nav[aria-label="Browse"] a').allTextContents()).toEqual(['Categories', 'Tags', 'Authors']);
  });
});

describe('a post page', () => {
  it.each(Object.entries(ARCHIVE_RELATED))('post %s shows its related posts (none: no section)', async (n, related) => {
    const page = await browser.open('archive', archivePost(Number(n)).url);
    const section = page.getByRole('region', { name: 'Related posts' });
    expect(await section.count()).toBe(related.length > 0 ? 1 : 0);
    expect(await section.locator('li a').allTextContents()).toEqual(related.map((r) => archivePost(r).title));
  });

  it('links previous and next by date across offsets: 8 is older than 7, though filed a day later', async () => {
    const page = await browser.open('archive', archivePost(7).url);
    expect(await page.locator('nav[aria-label="More posts"] a[rel="prev"]').getAttribute('href')).toBe(archivePost(8).url);
    expect(await page.locator('nav[aria-label="More posts"] a[rel="next"]').getAttribute('href')).toBe(archivePost(9).url);
    // The draft dated between posts 3 and 4 is nobody's neighbour.
    const three = await browser.open('archive', archivePost(3).url);
    expect(await three.locator('nav[aria-label="More posts"] a[rel="next"]').getAttribute('href')).toBe(archivePost(4).url);
  });

  it('the About page of a site with several authors lists them, with their counts', async () => {
    expect(await indexTerms('archive', '/about/')).toEqual(
      ARCHIVE_AUTHORS.map((a) => ({ name: a.name, count: a.posts.length, href: `/author/${encodeURIComponent(a.slug)}/` })),
    );
  });

  it('shows a merged term under its one spelling', async () => {
    const page = await browser.open('archive', archivePost(4).url);
    // Post 4 wrote `machine-learning`; the archive is called `Machine Learning`.
    expect(await page.getByRole('link', { name: 'Machine Learning' }).getAttribute('href')).toBe('/tag/machine-learning/');
  });

  it('a reader goes from a post to a tag, to its page 2, to a post there, to a related post', async () => {
    const page = await browser.open('archive', archivePost(3).url);
    await page.getByRole('link', { name: 'Robots', exact: true }).click();
    await waitForPath(page, '/tag/robots/');
    await expect.poll(() => listedPosts(page)).toEqual(listed([12, 10, 5]));
    await page.getByRole('link', { name: /Older posts/ }).click();
    await waitForPath(page, '/tag/robots/page/2/');
    await expect.poll(() => listedPosts(page)).toEqual(listed([4, 3]));
    await page.getByRole('link', { name: archivePost(4).title }).click();
    await waitForPath(page, archivePost(4).url);
    // Post 4 and post 5 share Machine Learning, Robots and Tech: 5 is the first related post.
    const related = page.getByRole('region', { name: 'Related posts' });
    await related.getByRole('link', { name: archivePost(5).title }).click();
    await waitForPath(page, archivePost(5).url);
    await expect.poll(() => page.locator('h1').textContent()).toBe(archivePost(5).title);
  });
});

describe('the bundled site', () => {
  const SEED = { title: 'China launches global data security initiative to counter US tech dominance', author: 'Newb' };

  it.each(['/2020/', '/2020/09/', '/2020/09/08/', '/author/newb/'])('%s lists the seed post', async (path) => {
    const page = await browser.open('bundled', path);
    expect((await listedPosts(page)).map((p) => p.title)).toEqual([SEED.title]);
  });

  it('/archives/ has 2020, September, the seed post; the indexes count what there is', async () => {
    const archives = await get('bundled', '/archives/');
    expect(archives.status).toBe(200);
    expect(archives.body).toContain(SEED.title);
    expect(titleOf(archives.body)).toBe('Archives – New.blicio.us');
    expect(await indexTerms('bundled', '/authors/')).toEqual([{ name: SEED.author, count: 1, href: '/author/newb/' }]);
    expect((await get('bundled', '/tags/')).body).toContain('0 tags');
    expect((await get('bundled', '/categories/')).body).toContain('0 categories');
    for (const path of ['/2019/', '/2020/10/', '/2020/09/08/page/2/']) expect((await get('bundled', path)).status, path).toBe(404);
  });

  it('the seed post has no related posts and no neighbours: it is the only one', async () => {
    const res = await get('bundled', '/china-launches-global-data-security-initiative-to-counter-us-tech-dominance/');
    expect(res.body).not.toContain('Related posts');
    expect(res.body).not.toContain('aria-label="More posts"');
  });
});
