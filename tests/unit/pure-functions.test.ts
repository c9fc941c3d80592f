/**
 * Tables of inputs for the small pure functions of the content model. Everything that reads files is tested
 * over the fixture exports instead (wp-shapes.test.ts, inventory.test.ts, bad-fixtures.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { dateFromFileName, formatLongDate, instant, localDate, parseOffsetDate } from '../../lib/content/core/dates';
import { isAutoDraftFileName, isRevisionFileName, pathKind } from '../../lib/content/source/export-layout';
import { extraPageNumbers, pageUrl, paginate } from '../../lib/content/core/paginate';
import { legacyTermSlug, readTerms, termSlug } from '../../lib/content/core/terms';
import { firstWords, plainText } from '../../lib/content/core/text';
import { canonicalPath, hrefFor, pathFromSegments, reservedReason, segmentsOf } from '../../lib/content/core/urls';

describe('parseOffsetDate', () => {
  test.each([
    ['2020-09-08T16:17:01+00:00', '2020-09-08T16:17:01+00:00'],
    ['2019-03-12T23:30:00-04:00', '2019-03-12T23:30:00-04:00'],
    ['2019-03-13T01:30:00+12:00', '2019-03-13T01:30:00+12:00'],
    ['2019-03-14T00:15:00+13:00', '2019-03-14T00:15:00+13:00'],
    ['2020-09-08T16:17:01Z', '2020-09-08T16:17:01+00:00'],
    ['2020-09-08 16:17:01 +0530', '2020-09-08T16:17:01+05:30'],
    ['2020-09-08T16:17:01.123+02:00', '2020-09-08T16:17:01+02:00'],
    ['2020-09-08T16:17-07:00', '2020-09-08T16:17:00-07:00'],
    ['2020-09-08', '2020-09-08T00:00:00+00:00'],
    ['  2020-09-08T16:17:01+00:00  ', '2020-09-08T16:17:01+00:00'],
    ['2020-02-29T12:00:00+00:00', '2020-02-29T12:00:00+00:00'],
  ])('%j -> %j (offset kept as written)', (input, expected) => {
    expect(parseOffsetDate(input)).toBe(expected);
  });

  test.each([
    'next Tuesday',
    '',
    '2020-02-30T12:00:00+00:00',
    '2019-02-29',
    '2020-13-01',
    '2020-09-08T24:00:00+00:00',
    '2020-09-08T12:60:00+00:00',
    '2020-09-08T12:00:60+00:00',
    '2020-09-08T12:00:00+15:00',
    '2020-09-08T12:00:00+05:60',
    '08/09/2020',
    '2020-9-8',
    '1599581821',
  ])('%j is not a date', (input) => {
    expect(parseOffsetDate(input)).toBeNull();
  });

  test('a post written at 01:30 on the 13th at +12:00 shows the 13th, though in UTC it is the 12th', () => {
    const date = parseOffsetDate('2019-03-13T01:30:00+12:00')!;
    expect(localDate(date)).toEqual({ year: 2019, month: 3, day: 13 });
    expect(formatLongDate(date)).toBe('March 13, 2019');
    expect(new Date(instant(date)).toISOString()).toBe('2019-03-12T13:30:00.000Z');
  });

  test('a post written at 23:30 on the 12th at -04:00 shows the 12th, though in UTC it is the 13th', () => {
    const date = parseOffsetDate('2019-03-12T23:30:00-04:00')!;
    expect(formatLongDate(date)).toBe('March 12, 2019');
    expect(new Date(instant(date)).toISOString()).toBe('2019-03-13T03:30:00.000Z');
  });

  test.each([
    ['2020-09-08-slug.md', '2020-09-08T00:00:00+00:00'],
    ['2099-01-01-scheduled.md', '2099-01-01T00:00:00+00:00'],
    ['hand-written-post.md', null],
    ['2020-02-30-impossible-day.md', null],
    ['2020-09-08.md', null],
  ])('dateFromFileName(%j) -> %j', (fileName, expected) => {
    expect(dateFromFileName(fileName)).toBe(expected);
  });
});

describe('canonicalPath', () => {
  test.each([
    ['/slug/', '/slug/'],
    ['/2019/05/02/slug/', '/2019/05/02/slug/'],
    ['no-leading-slash/', '/no-leading-slash/'],
    ['/no-trailing-slash', '/no-trailing-slash/'],
    ['/Upper-Case/', '/upper-case/'],
    ['/a permalink with spaces/', '/a-permalink-with-spaces/'],
    ['Some Post', '/some-post/'],
    ['/some%20post', '/some-post/'],
    ['/caf%C3%A9-au-lait/', '/café-au-lait/'],
    ['/CAF%C3%89/', '/café/'],
    ['/cafe\u0301/', '/caf\u00e9/'], // decomposed é composed (NFC)
    ['/100%-pure/', '/100%-pure/'], // a stray % is kept, not an error
    ['//double//slashes//', '/double/slashes/'],
    ['  /trimmed/  ', '/trimmed/'],
    ['/人工智能/', '/人工智能/'],
  ])('%j -> %j', (permalink, expected) => {
    expect(canonicalPath(permalink)).toBe(expected);
  });

  test.each(['/?p=1503', '?page_id=2', '/', '', '   ', '/#top', '/post/#comments'])(
    '%j is not a path (null: the file-name slug is used)',
    (permalink) => {
      expect(canonicalPath(permalink)).toBeNull();
    },
  );

  test.each([
    ['https://shapes.example/own-domain/', '/own-domain/'],
    ['HTTPS://SHAPES.EXAMPLE/Shouting/', '/shouting/'],
    ['https://elsewhere.example/other/path/', '/other/path/'],
    ['https://shapes.example', null],
    ['https://shapes.example/?p=12', null],
  ])('absolute %j on a site at https://shapes.example -> %j', (permalink, expected) => {
    expect(canonicalPath(permalink, 'https://shapes.example')).toBe(expected);
  });

  test.each(['http://', 'https://', 'https://exa mple.com/x/'])(
    'a malformed absolute permalink %j is no path (null), not a crash',
    (permalink) => {
      expect(canonicalPath(permalink)).toBeNull();
    },
  );

  test('`..` and `.` segments are dropped, never resolved above the root', () => {
    expect(canonicalPath('/../../etc/passwd')).toBe('/etc/passwd/');
    expect(canonicalPath('/./a/./b/')).toBe('/a/b/');
  });

  // BUG (reported): the own-domain prefix is stripped without checking that the host ends there, so a URL on
  // `shapes.example.org` is read as the path `.org/x/` of `shapes.example`.
  test('a URL on a longer host that merely starts with the site URL keeps its own path', () => {
    expect(canonicalPath('https://shapes.example.org/x/', 'https://shapes.example')).toBe('/x/');
  });
});

describe('hrefFor, segmentsOf, pathFromSegments, reservedReason', () => {
  test('hrefFor percent-encodes a decoded path and pathFromSegments decodes it back', () => {
    expect(hrefFor('/café-au-lait/')).toBe('/caf%C3%A9-au-lait/');
    expect(segmentsOf('/2019/05/02/slug/')).toEqual(['2019', '05', '02', 'slug']);
    expect(pathFromSegments(['caf%C3%A9-au-lait'])).toBe('/café-au-lait/');
    expect(pathFromSegments(['cafe\u0301'])).toBe('/caf\u00e9/');
  });

  test.each([
    ['/', true],
    ['/tag/news/', true],
    ['/category/startups/', true],
    ['/page/2/', true],
    ['/author/newb/', true],
    ['/feed/', true],
    ['/tag/x/feed/', true],
    // Old feed addresses redirect; only those exact URLs are taken.
    ['/rss/', true],
    ['/atom/', true],
    ['/rss/history-of-rss/', false],
    ['/wp-content/uploads/', true],
    ['/assets/logo/', true], // app/assets/[...path] serves the export's assets there
    ['/_next/static/', true],
    // The search page, WordPress's search URLs below it (redirected there), and the search index's files.
    ['/search/', true],
    ['/search/some-words/', true],
    ['/pagefind/', true],
    ['/searching-for-meaning/', false],
    ['/tagged-post/', false],
    ['/pages/', false],
    ['/about/', false],
    // WordPress's date archives: no post or page may take one, but a permalink below a day is a post's.
    ['/2020/', true],
    ['/2020/05/', true],
    ['/2020/05/01/', true],
    ['/2020/page/2/', true],
    ['/2020/05/01/hello/', false],
    ['/20201/', false],
    ['/archive/', false],
  ])('reserved for any document: %j -> %j', (p, expected) => {
    expect(reservedReason(p, { page: true }) !== null).toBe(expected);
    expect(reservedReason(p, { page: false }) !== null).toBe(expected);
  });

  test.each(['/archives/', '/tags/', '/categories/', '/authors/'])('%s: a page may add its text to the index; a post may not have it', (p) => {
    expect(reservedReason(p, { page: true })).toBeNull();
    expect(reservedReason(p, { page: false })).toBe(`${p} is the URL of an index page; only a page may add its text to it`);
  });

});

describe('readTerms and termSlug', () => {
  test.each<[string, unknown, { name: string; slug: string }[]]>([
    ['a list', ['Big Tech', 'Startups'], [{ name: 'Big Tech', slug: 'big-tech' }, { name: 'Startups', slug: 'startups' }]],
    ['a plain string', 'News', [{ name: 'News', slug: 'news' }]],
    [
      'a space-separated string (one legacy term)',
      'robotics  cloud funding',
      [{ name: 'robotics cloud funding', slug: 'robotics-cloud-funding' }],
    ],
    ["['']", [''], []],
    ['an empty string', '', []],
    ['missing', undefined, []],
    ['null', null, []],
    ['a number', 2020, [{ name: '2020', slug: '2020' }]],
    ['a list with a number', ['Web', 3], [{ name: 'Web', slug: 'web' }, { name: '3', slug: '3' }]],
    ['duplicates by slug (first kept)', ['AI', 'ai', ' AI '], [{ name: 'AI', slug: 'ai' }]],
    ['an entity', ['Apples &amp; Oranges'], [{ name: 'Apples & Oranges', slug: 'apples-oranges' }]],
    ['an accent (kept: readable, percent-encoded in links)', ['Café'], [{ name: 'Café', slug: 'café' }]],
    ['Spanish', ['Español'], [{ name: 'Español', slug: 'español' }]],
    ['a decomposed accent (composed)', ['Cafe\u0301'], [{ name: 'Cafe\u0301', slug: 'caf\u00e9' }]],
    ['CJK', ['人工智能'], [{ name: '人工智能', slug: '人工智能' }]],
    ['Cyrillic', ['Новости'], [{ name: 'Новости', slug: 'новости' }]],
    ['non-text items', [{ name: 'x' }, ['nested'], true, null, 'Kept'], [{ name: 'Kept', slug: 'kept' }]],
    ['a mapping', { a: 1 }, []],
  ])('%s', (_case, value, expected) => {
    expect(readTerms(value)).toEqual(expected);
  });

  test.each([
    ['Big Tech', 'big-tech'],
    ['  Leading and trailing  ', 'leading-and-trailing'],
    ['Crème Brûlée', 'crème-brûlée'],
    ['हिन्दी समाचार', 'हिन्दी-समाचार'], // combining vowel signs are part of the letters
    ['Startups & VC', 'startups-vc'],
    ['AI/ML', 'aiml'],
    ['!!!', ''],
  ])('termSlug(%j) -> %j', (name, expected) => {
    expect(termSlug(name)).toBe(expected);
  });

  test.each([
    ['Café', 'cafe'],
    ['Crème Brûlée', 'creme-brulee'],
    ['Español', 'espanol'],
    ['東京', '東京'],
    ['हिन्दी', 'हिन्दी'], // only Latin accents are dropped, as WordPress's remove_accents does
  ])('legacyTermSlug(%j) is WordPress’s %j', (name, expected) => {
    expect(legacyTermSlug(name)).toBe(expected);
  });
});

describe('plainText and firstWords', () => {
  test.each([
    ['Apples &#038; Oranges', 'Apples & Oranges'],
    ['2010 &#8211; 2020', '2010 – 2020'],
    ['Tim&#8217;s view', 'Tim’s view'],
    ['Fish &amp; Chips', 'Fish & Chips'],
    ['Rocket &#x1f680;', 'Rocket 🚀'],
    ['double &amp;#038; escaped', 'double &#038; escaped'], // decoded once, not twice
    ['<em>Emphasis</em> and <a href="x">link</a>', 'Emphasis and link'],
    ['&lt;X Days&gt;', '<X Days>'], // encoded brackets are text, not a tag
    ['Use <X Days> wisely', 'Use <X Days> wisely'], // raw brackets around words are text too
    ['Why 3 < 5 and 7 > 2', 'Why 3 < 5 and 7 > 2'],
    ['zero\u200Bwidth\uFEFF', 'zerowidth'],
    ['  many \n\t spaces  ', 'many spaces'],
    ['non&nbsp;breaking', 'non breaking'],
    ['', ''],
  ])('plainText(%j) -> %j', (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });

  test.each([
    ['one two three', 3, 'one two three'],
    ['one two three four', 3, 'one two three…'],
    ['  spaced   out  words ', 2, 'spaced out…'],
    ['', 5, ''],
  ])('firstWords(%j, %i) -> %j', (text, count, expected) => {
    expect(firstWords(text, count)).toBe(expected);
  });
});

describe('paginate, extraPageNumbers, pageUrl', () => {
  const items = Array.from({ length: 23 }, (_, i) => i + 1);

  test.each<[number, number, { items: number[]; page: number; totalPages: number } | null]>([
    [1, 10, { items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], page: 1, totalPages: 3 }],
    [3, 10, { items: [21, 22, 23], page: 3, totalPages: 3 }],
    [4, 10, null],
    [0, 10, null],
    [-1, 10, null],
    [1.5, 10, null],
    [Number.NaN, 10, null],
    [1, 23, { items, page: 1, totalPages: 1 }],
    [2, 23, null],
  ])('page %d of 23 items at %d per page', (page, perPage, expected) => {
    expect(paginate(items, page, perPage)).toEqual(expected);
  });

  test('page 1 of nothing is an empty page; page 2 of nothing does not exist', () => {
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, totalPages: 1 });
    expect(paginate([], 2, 10)).toBeNull();
  });

  test.each([
    [0, 10, []],
    [10, 10, []],
    [11, 10, [2]],
    [23, 10, [2, 3]],
    [51, 4, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]],
  ])('extraPageNumbers(%i, %i) -> %j', (count, perPage, expected) => {
    expect(extraPageNumbers(count, perPage)).toEqual(expected);
  });

  test.each([
    ['/', 1, '/'],
    ['/', 0, '/'],
    ['/', 3, '/page/3/'],
    ['/tag/ai/', 1, '/tag/ai/'],
    ['/tag/ai/', 2, '/tag/ai/page/2/'],
  ])('pageUrl(%j, %i) -> %j', (base, page, expected) => {
    expect(pageUrl(base, page)).toBe(expected);
  });
});

describe('export layout by path', () => {
  test.each([
    ['_posts/2020-09-08-slug.md', 'post'],
    ['_posts/2020/2020-09-08-nested.md', 'post'],
    ['_drafts/512-A-Normal-Draft.md', 'draft'],
    ['_pages/privacy-policy.md', 'page'],
    ['about.md', 'page'],
    ['company/team.md', 'page'],
    ['README.md', 'page'], // a page by path; turned away later for having no front matter
    ['_config.yml', 'settings'],
    ['README', 'other'],
    ['1', 'other'],
    ['_layouts/default.html', 'other'],
    ['_layouts/post.md', 'other'],
    ['_includes/footer.md', 'other'],
    ['.github/notes.md', 'other'],
    ['company/_private.md', 'other'],
    ['_posts.md', 'other'],
    ['wp-content/uploads/2020/09/tiny.png', 'media'],
    ['wp-content/uploads/readme.md', 'media'],
    ['assets/images/header.jpg', 'media'],
    ['node_modules/x/readme.md', 'media'],
  ])('pathKind(%j) -> %j', (relPath, expected) => {
    expect(pathKind(relPath)).toBe(expected);
  });

  test.each([
    ['410-revision-v1-Some-Title.md', true],
    ['410-autosave-v1.md', true],
    ['410-REVISION-V12.md', true],
    ['revision-v1.md', true],
    ['512-A-Normal-Draft.md', false],
    ['2020-01-01-revisionist-history.md', false],
  ])('isRevisionFileName(%j) -> %j', (fileName, expected) => {
    expect(isRevisionFileName(fileName)).toBe(expected);
  });

  test.each([
    ['Auto-Draft.md', true],
    ['auto-draft-2.md', true],
    ['Auto-Draft-Notes.md', false],
    ['512-Auto-Draft.md', false],
  ])('isAutoDraftFileName(%j) -> %j', (fileName, expected) => {
    expect(isAutoDraftFileName(fileName)).toBe(expected);
  });
});
