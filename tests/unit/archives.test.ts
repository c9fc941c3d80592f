/**
 * Terms, date archives, the archive index, related posts and neighbours over tests/fixtures/archive-site: a
 * date-permalink export with colliding and Unicode term names, empty terms, three authors, posts across years
 * in different offsets, drafts and a scheduled post. Answers come from tests/e2e/archive-fixture.ts, worked out
 * by hand.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { byPostCount, groupByYearAndMonth } from '../../lib/content/model/archive-index';
import { buildCollection, neighbours, type Collection } from '../../lib/content/model/collection';
import { parseDateArchivePath } from '../../lib/content/core/date-archives';
import type { Entry } from '../../lib/content/generated/entry';
import { readInventory } from '../../lib/content/source/inventory';
import { legacySlugRedirects, legacySlugRules } from '../../lib/content/routing/legacy-slugs';
import { listingText } from '../../lib/content/model/listing-text';
import { extraPageNumbers, paginate } from '../../lib/content/core/paginate';
import { relatedPosts } from '../../lib/content/model/related';
import { upcomingUrls } from '../../lib/content/routing/upcoming';
import { isServedMediaIn } from '../../lib/media';
import { linkResolves, siteUrls } from '../../lib/content/generated/verify';
import {
  ARCHIVE_AUTHORS,
  ARCHIVE_CATEGORIES,
  ARCHIVE_DATES,
  ARCHIVE_NEWEST_FIRST,
  ARCHIVE_PER_PAGE,
  ARCHIVE_RELATED,
  ARCHIVE_TAGS,
  UNPUBLISHED_MARKER,
  archivePost,
} from '../e2e/archive-fixture';
import { FIXTURES_DIR, exportEntries } from '../helpers/fixtures';

const DIR = path.join(FIXTURES_DIR, 'archive-site');
const NOW = Date.parse('2026-11-29T00:00:00Z');
const SCHEDULED_AT = Date.parse('2099-06-01T09:00:00Z');

async function setup(now = NOW): Promise<{ collection: Collection; entries: Entry[]; numberOf: (e: Entry) => number }> {
  const { entries } = await exportEntries(DIR);
  const numberOf = (entry: Entry) => {
    const n = [...Array(13).keys()].map((i) => i + 1).find((i) => archivePost(i).url === entry.url);
    if (n === undefined) throw new Error(`${entry.file} is not a public fixture post`);
    return n;
  };
  return { collection: buildCollection(entries, now), entries, numberOf };
}

const numbers = (posts: Entry[], numberOf: (e: Entry) => number) => posts.map(numberOf);

describe('the public posts', () => {
  test('are the 13 public ones, newest first by instant; no draft or scheduled post', async () => {
    const { collection, numberOf } = await setup();
    expect(numbers(collection.posts, numberOf)).toEqual(ARCHIVE_NEWEST_FIRST);
    for (const post of collection.posts) expect(post.title).not.toContain(UNPUBLISHED_MARKER);
  });
});

describe('term archives and their index', () => {
  test.each([
    ['tags', ARCHIVE_TAGS],
    ['categories', ARCHIVE_CATEGORIES],
    ['authors', ARCHIVE_AUTHORS],
  ] as const)('%s: every term once, with its public posts, most posts first then by name', async (key, expected) => {
    const { collection, numberOf } = await setup();
    const index = byPostCount(collection[key].values(), 'en');
    expect(index.map((a) => ({ name: a.term.name, slug: a.term.slug, posts: numbers(a.posts, numberOf) }))).toEqual(expected);
  });

  test('names that slug the same are one term, under the spelling most posts use', async () => {
    const { collection } = await setup();
    expect(collection.tags.get('machine-learning')?.term.name).toBe('Machine Learning');
    expect(collection.tags.get('robots')?.term.name).toBe('Robots');
    expect([...collection.tags.keys()].filter((slug) => slug.includes('machine'))).toEqual(['machine-learning']);
  });

  test('empty and whitespace-only terms are dropped', async () => {
    const { collection } = await setup();
    for (const archives of [collection.tags, collection.categories]) {
      expect(archives.size).toBeGreaterThan(0);
      for (const [slug, archive] of archives) {
        expect(slug.trim()).not.toBe('');
        expect(archive.term.name.trim()).not.toBe('');
      }
    }
    expect(collection.categories.size).toBe(4);
  });

  test('drafts and the scheduled post count nowhere: their own terms and authors have no archive', async () => {
    const { collection } = await setup();
    expect(collection.tags.has('draft-only-tag')).toBe(false);
    expect(collection.tags.has('future-tag')).toBe(false);
    expect(collection.authors.has('draft-writer')).toBe(false);
    expect(collection.authors.has('future-author')).toBe(false);
  });

  test('the scheduled post counts once it is public', async () => {
    const { collection } = await setup(SCHEDULED_AT);
    expect(collection.tags.get('robots')?.posts).toHaveLength(6);
    expect(collection.tags.has('future-tag')).toBe(true);
  });
});

describe('date archives', () => {
  test('each year, month and day holds its posts by their own local date, newest first', async () => {
    const { collection, numberOf } = await setup();
    const actual = Object.fromEntries([...collection.dates].map(([p, posts]) => [p, numbers(posts, numberOf)]));
    expect(actual).toEqual(ARCHIVE_DATES);
  });

  test('pagination boundaries: a full last page, a page of one, and no page past the end', async () => {
    const { collection, numberOf } = await setup();
    const pageOf = (p: string, n: number) => {
      const page = paginate(collection.dates.get(p)!, n, ARCHIVE_PER_PAGE);
      return page && numbers(page.items, numberOf);
    };
    // Exactly one full page.
    expect(pageOf('/2019/06/01/', 1)).toEqual([5, 4, 3]);
    expect(pageOf('/2019/06/01/', 2)).toBeNull();
    expect(extraPageNumbers(3, ARCHIVE_PER_PAGE)).toEqual([]);
    // Two full pages.
    expect(pageOf('/2020/', 1)).toEqual([13, 12, 11]);
    expect(pageOf('/2020/', 2)).toEqual([10, 9, 8]);
    expect(pageOf('/2020/', 3)).toBeNull();
    // A last page of one.
    expect(pageOf('/2019/06/', 2)).toEqual([3]);
    expect(extraPageNumbers(4, ARCHIVE_PER_PAGE)).toEqual([2]);
  });

  test.each([
    ['/2020/', { key: { year: 2020 }, page: '1' }],
    ['/2020/05/', { key: { year: 2020, month: 5 }, page: '1' }],
    ['/2020/05/05/', { key: { year: 2020, month: 5, day: 5 }, page: '1' }],
    ['/2019/06/page/2/', { key: { year: 2019, month: 6 }, page: '2' }],
    ['/2020/02/29/', { key: { year: 2020, month: 2, day: 29 }, page: '1' }],
    ['/2019/02/29/', null], // not a date
    ['/2020/13/', null],
    ['/2020/05/05/cinco-de-mayo/', null], // a post
    ['/20200/', null],
  ])('parseDateArchivePath(%j)', (p, expected) => {
    expect(parseDateArchivePath(p)).toEqual(expected);
  });
});

describe('the archive index', () => {
  test('groups every public post by year and month of its local date, newest first, with counts', async () => {
    const { collection, numberOf } = await setup();
    const tree = groupByYearAndMonth(collection.posts).map((y) => ({
      year: y.year,
      count: y.count,
      months: y.months.map((m) => [m.month, numbers(m.posts, numberOf)]),
    }));
    expect(tree).toEqual([
      { year: 2020, count: 6, months: [[12, [13]], [9, [12]], [7, [11]], [5, [10]], [2, [9]], [1, [8]]] },
      { year: 2019, count: 5, months: [[12, [7]], [6, [6, 5, 4, 3]]] },
      { year: 2018, count: 2, months: [[11, [2]], [3, [1]]] },
    ]);
  });
});

describe('related posts', () => {
  test.each(Object.entries(ARCHIVE_RELATED))('post %s: by shared tags and categories, then newest', async (n, expected) => {
    const { collection, numberOf } = await setup();
    const post = collection.byUrl.get(archivePost(Number(n)).url)!;
    expect(numbers(relatedPosts(collection, post), numberOf)).toEqual(expected);
  });

  test('a previewed draft gets public related posts, never a draft, and never itself', async () => {
    const { collection, entries, numberOf } = await setup();
    const draft = entries.find((e) => e.file === '_drafts/2902-Draft-about-robots.md')!;
    // Robots and Machine Learning (2 each), Tech (1): 3, 4 and 5 score 5; 12 scores 3.
    expect(numbers(relatedPosts(collection, draft), numberOf)).toEqual([5, 4, 3, 12]);
  });
});

describe('previous and next', () => {
  test('stay within public posts in date order, across the midnight of different offsets', async () => {
    const { collection, numberOf } = await setup();
    const around = (n: number) => {
      const { older, newer } = neighbours(collection, collection.byUrl.get(archivePost(n).url)!);
      return [older && numberOf(older), newer && numberOf(newer)];
    };
    expect(around(7)).toEqual([8, 9]);
    expect(around(8)).toEqual([6, 7]);
    expect(around(13)).toEqual([12, null]);
    expect(around(1)).toEqual([null, 2]);
    // The draft dated 2019-06-01 12:00 +02:00 sits between posts 3 and 4 but is neither's neighbour.
    expect(around(3)).toEqual([2, 4]);
    expect(around(4)).toEqual([3, 5]);
  });
});

describe('what the build derives for next.config', () => {
  test('the scheduled post opens its URL, and the archives and pages only it fills, at its time', () => {
    const { posts, site } = readInventory(DIR);
    expect(new Map(upcomingUrls(posts, site.paginate, NOW))).toEqual(
      new Map([
        ['/2099/06/01/future-robots/', SCHEDULED_AT],
        // 13 posts fill 5 pages of 3 on the home page, and Robots and Tech have 2 pages of 3 for 5: the 14th post
        // goes on a page that exists already. Español has one full page of 3: the 4th post opens page 2.
        ['/tag/future-tag/', SCHEDULED_AT],
        ['/tag/español/page/2/', SCHEDULED_AT],
        ['/author/future-author/', SCHEDULED_AT],
        ['/2099/', SCHEDULED_AT],
        ['/2099/06/', SCHEDULED_AT],
        ['/2099/06/01/', SCHEDULED_AT],
      ]),
    );
  });

  test('WordPress’s accent-free slugs redirect to the kept-accent ones, unless another term has that slug', () => {
    const { posts } = readInventory(DIR);
    // `Café` would redirect from `cafe`, but `Cafe` is a term of its own there.
    expect(legacySlugRedirects(posts)).toEqual([
      { taxonomy: 'tag', from: 'espanol', to: 'español' },
      { taxonomy: 'author', from: 'jose-nunez', to: 'josé-núñez' },
    ]);
    expect(legacySlugRules([{ taxonomy: 'author', from: 'jose-nunez', to: 'josé-núñez' }])).toEqual([
      { source: '/author/jose-nunez/', destination: '/author/jos%C3%A9-n%C3%BA%C3%B1ez/', permanent: true },
      { source: '/author/jose-nunez/:rest+/', destination: '/author/jos%C3%A9-n%C3%BA%C3%B1ez/:rest+/', permanent: true },
    ]);
  });
});

describe('the build report on links inside posts', () => {
  test.each([
    ['/2019/06/', true],
    ['/2019/06/01/', true],
    ['/2019/page/2/', true],
    ['/2020/01/01/', true], // post 8, by its own local date
    ['/2019/12/31/', true], // post 7
    ['/archives/', true],
    ['/tags/', true],
    ['/tag/espa%C3%B1ol/', true],
    ['/tag/español/page/2/', true],
    ['/2017/', false],
    ['/2019/07/', false],
    ['/2099/', false], // only the scheduled post
    ['/2020/05/05/draft-flagged/', false],
    ['/tag/draft-only-tag/', false],
  ])('%s resolves: %s', async (link, expected) => {
    const inventory = readInventory(DIR);
    const { entries } = await exportEntries(DIR);
    const published = entries.filter((e) => e.kind === 'post' && Date.parse(e.date!) <= NOW);
    expect(linkResolves(link, siteUrls({ ...inventory, posts: inventory.posts.filter((p) => Date.parse(p.date!) <= NOW) }, published), isServedMediaIn(DIR))).toBe(expected);
  });
});

describe('listing titles and descriptions', () => {
  const site = { title: 'Archive Fixture', description: 'A WordPress export' };
  test.each([
    [
      { kind: 'term', taxonomy: 'tag', term: { name: 'Robots', slug: 'robots' } },
      { page: 1, totalPages: 2, count: 5, perPage: 3 },
      { title: 'Tag: Robots', summary: '5 posts tagged “Robots”', description: '5 posts tagged “Robots” on Archive Fixture. Page 1 of 2: posts 1–3, newest first.' },
    ],
    [
      { kind: 'term', taxonomy: 'tag', term: { name: 'Robots', slug: 'robots' } },
      { page: 2, totalPages: 2, count: 5, perPage: 3 },
      { title: 'Tag: Robots – page 2 of 2', summary: '5 posts tagged “Robots”', description: '5 posts tagged “Robots” on Archive Fixture. Page 2 of 2: posts 4–5, newest first.' },
    ],
    [
      { kind: 'term', taxonomy: 'category', term: { name: 'News', slug: 'news' } },
      { page: 1, totalPages: 1, count: 1, perPage: 3 },
      { title: 'Category: News', summary: '1 post filed under “News”', description: '1 post filed under “News” on Archive Fixture.' },
    ],
    [
      { kind: 'term', taxonomy: 'author', term: { name: 'Ada Lovelace', slug: 'ada-lovelace' } },
      { page: 1, totalPages: 1, count: 3, perPage: 3 },
      { title: 'Author: Ada Lovelace', summary: '3 posts by Ada Lovelace', description: '3 posts by Ada Lovelace on Archive Fixture.' },
    ],
    [
      { kind: 'date', key: { year: 2019, month: 6 } },
      { page: 2, totalPages: 2, count: 4, perPage: 3 },
      { title: 'Month: June 2019 – page 2 of 2', summary: '4 posts published in June 2019', description: '4 posts published in June 2019 on Archive Fixture. Page 2 of 2: posts 4–4, newest first.' },
    ],
    [
      { kind: 'date', key: { year: 2019, month: 6, day: 1 } },
      { page: 1, totalPages: 1, count: 3, perPage: 3 },
      { title: 'Day: June 1, 2019', summary: '3 posts published on June 1, 2019', description: '3 posts published on June 1, 2019 on Archive Fixture.' },
    ],
    [
      { kind: 'home' },
      { page: 1, totalPages: 5, count: 13, perPage: 3 },
      { title: null, summary: '13 posts', description: 'A WordPress export' },
    ],
    [
      { kind: 'home' },
      { page: 5, totalPages: 5, count: 13, perPage: 3 },
      { title: 'Latest posts – page 5 of 5', summary: '13 posts', description: '13 posts on Archive Fixture. Page 5 of 5: posts 13–13, newest first.' },
    ],
  ] as const)('%j, %j', (subject, at, expected) => {
    const text = listingText(subject, at, site);
    expect({ title: text.title, summary: text.summary, description: text.description }).toEqual(expected);
  });
});
