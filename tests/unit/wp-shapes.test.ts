/**
 * Every front-matter shape of /work/shared/wordpress-export.md, one fixture file each in tests/fixtures/wp-shapes,
 * read through the real content layer: the inventory (readInventory -> readSourceFile -> normaliseDocument) and
 * the Entry the build stores (toEntry).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatLongDate, instant } from '../../lib/content/core/dates';
import type { DocumentMeta } from '../../lib/content/source/document';
import { normaliseDocument, readSourceFile } from '../../lib/content/source/document';
import {
  LEAK_MARKER,
  WP_SHAPES_DIR,
  entryOf,
  shapeMeta,
  shapesEntries,
  shapesInventory,
} from '../helpers/fixtures';

const post = (name: string) => `_posts/${name}.md`;
const raw = (file: string) => readFileSync(path.join(WP_SHAPES_DIR, file), 'utf8');

/** Checks one field of one file's normalised front matter against its exact expected value. */
function expectField<K extends keyof DocumentMeta>(file: string, key: K, expected: DocumentMeta[K]) {
  expect(shapeMeta(file)[key]).toEqual(expected);
}

describe('the normalised shape', () => {
  test('a complete exporter post normalises to exactly the keys the blog understands', () => {
    expect(shapeMeta(post('2019-03-10-date-unquoted-utc'))).toEqual({
      kind: 'post',
      file: '_posts/2019-03-10-date-unquoted-utc.md',
      wpId: 1310,
      title: 'Date unquoted with a UTC offset',
      date: '2019-03-10T09:00:00+00:00',
      url: '/date-unquoted-utc/',
      author: 'Newb',
      excerpt: null,
      guid: 'https://shapes.example/?p=1310',
      categories: [],
      tags: [],
      image: null,
      format: null,
      math: false,
      menuOrder: 0,
    });
  });

  test('no document of wp-shapes carries a key beyond DocumentMeta (plugin keys never get through)', () => {
    const keys = [
      'author', 'categories', 'date', 'excerpt', 'file', 'format', 'guid', 'image', 'kind', 'math', 'menuOrder', 'tags', 'title', 'url', 'wpId',
    ];
    const { posts, pages, drafts } = shapesInventory();
    const docs = [...posts, ...pages, ...drafts];
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) expect(Object.keys(doc).sort(), doc.file).toEqual(keys);
  });
});

describe('dates', () => {
  test.each([
    ['2019-03-10-date-unquoted-utc', '2019-03-10T09:00:00+00:00', 'March 10, 2019'],
    ['2019-03-11-date-quoted', '2019-03-11T10:15:30+00:00', 'March 11, 2019'],
    ['2019-03-12-date-offset-minus-four', '2019-03-12T23:30:00-04:00', 'March 12, 2019'],
    ['2019-03-13-date-offset-plus-twelve', '2019-03-13T01:30:00+12:00', 'March 13, 2019'],
    ['2019-03-14-date-offset-plus-thirteen', '2019-03-14T00:15:00+13:00', 'March 14, 2019'],
    ['2019-03-15-date-missing', '2019-03-15T00:00:00+00:00', 'March 15, 2019'],
  ])('%s: date %j, shown as %j', (name, date, shown) => {
    expectField(post(name), 'date', date);
    expect(formatLongDate(shapeMeta(post(name)).date!)).toBe(shown);
  });

  test('the +12:00 and -04:00 posts keep their local day although UTC puts them on the other side of midnight', () => {
    const plusTwelve = shapeMeta(post('2019-03-13-date-offset-plus-twelve')).date!;
    const minusFour = shapeMeta(post('2019-03-12-date-offset-minus-four')).date!;
    expect(new Date(instant(plusTwelve)).toISOString().slice(0, 10)).toBe('2019-03-12');
    expect(new Date(instant(minusFour)).toISOString().slice(0, 10)).toBe('2019-03-13');
    // The post shown on the 12th was written after the one shown on the 13th.
    expect(instant(minusFour)).toBeGreaterThan(instant(plusTwelve));
  });

  test('the unquoted date is written without quotes in the fixture (a YAML timestamp to 1.1 parsers)', () => {
    expect(raw(post('2019-03-10-date-unquoted-utc'))).toMatch(/^date: 2019-03-10T09:00:00\+00:00$/m);
    expect(raw(post('2019-03-11-date-quoted'))).toMatch(/^date: '2019-03-11T10:15:30\+00:00'$/m);
  });

  test('pages keep their date; the scheduled post keeps its 2099 date', () => {
    expectField('about.md', 'date', '2018-01-01T10:00:00+00:00');
    expectField(post('2099-01-01-scheduled-future-post'), 'date', '2099-01-01T09:00:00+00:00');
  });
});

describe('titles', () => {
  test.each([
    ['2019-04-01-title-entities', 'Apples & Oranges – Tim’s & Steve’s view'],
    ['2019-04-02-title-single-quoted', "It's single-quoted: colon and all"],
    ['2019-04-03-title-double-quoted', 'Double "quoted": a title # not a comment'],
    ['2019-05-08-permalink-percent-encoded', 'Café au lait'],
    ['2019-10-07-yaml-crlf', 'Windows line endings'],
  ])('%s -> %j', (name, title) => {
    expectField(post(name), 'title', title);
  });

  test('a post without a title (an aside) has title null, and its Entry takes the first 8 words of the body', async () => {
    const file = post('2019-04-04-title-missing-aside');
    expectField(file, 'title', null);
    expectField(file, 'format', 'aside');
    const entry = await entryOf(file);
    expect(entry.hasTitle).toBe(false);
    expect(entry.title).toBe('Just a quick thought about the new phones…');
  });

  test('a titled post has hasTitle true and keeps its title in the Entry', async () => {
    const entry = await entryOf(post('2019-04-01-title-entities'));
    expect(entry.hasTitle).toBe(true);
    expect(entry.title).toBe('Apples & Oranges – Tim’s & Steve’s view');
  });
});

describe('permalinks', () => {
  test.each([
    ['2019-05-01-permalink-slug', '/slug-from-the-permalink/'],
    ['2019-05-02-permalink-dated', '/2019/05/02/permalink-dated/'],
    ['2019-05-03-permalink-query-id', '/permalink-query-id/'],
    ['2019-05-04-permalink-no-leading-slash', '/no-leading-slash/'],
    ['2019-05-05-permalink-no-trailing-slash', '/no-trailing-slash/'],
    ['2019-05-06-permalink-upper-case', '/upper-case-permalink/'],
    ['2019-05-07-permalink-space', '/permalink-with-a-space/'],
    ['2019-05-08-permalink-percent-encoded', '/café-au-lait/'],
    ['2019-05-09-permalink-missing', '/permalink-missing/'],
  ])('%s -> %j', (name, url) => {
    expectField(post(name), 'url', url);
  });

  test('the percent-encoded permalink is stored decoded and NFC (one code point for é)', () => {
    const url = shapeMeta(post('2019-05-08-permalink-percent-encoded')).url;
    expect(url).toBe('/caf\u00e9-au-lait/');
    expect(url.normalize('NFC')).toBe(url);
  });

  test('pages take their URL from their path, with no permalink key', () => {
    expectField('about.md', 'url', '/about/');
    expectField('company/team.md', 'url', '/company/team/');
    expectField('_pages/privacy-policy.md', 'url', '/privacy-policy/');
    for (const file of ['about.md', 'company/team.md', '_pages/privacy-policy.md']) {
      expect(raw(file)).not.toMatch(/^permalink:/m);
      expectField(file, 'kind', 'page');
    }
  });

  test('a draft without a permalink is previewed under /drafts/, by its file name', () => {
    expectField('_drafts/512-A-Normal-Draft.md', 'url', '/drafts/512-a-normal-draft/');
  });

  test('every post and page URL is unique and in canonical form', () => {
    const { posts, pages } = shapesInventory();
    const urls = [...posts, ...pages].map((doc) => doc.url);
    expect(urls.length).toBeGreaterThan(0);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(url).toMatch(/^\/[^A-Z\s?#]+\/$/u);
  });
});

describe('categories and tags', () => {
  test('as lists: entities decoded, duplicates by slug dropped, CJK and accented letters kept in the slug', () => {
    const file = post('2019-06-01-terms-list');
    expectField(file, 'categories', [
      { name: 'Big Tech', slug: 'big-tech' },
      { name: 'Startups', slug: 'startups' },
    ]);
    expectField(file, 'tags', [
      { name: 'Apples & Oranges', slug: 'apples-oranges' },
      { name: 'AI', slug: 'ai' },
      { name: '人工智能', slug: '人工智能' },
      { name: 'Café', slug: 'café' },
    ]);
  });

  test('as plain strings', () => {
    expectField(post('2019-06-02-terms-plain-string'), 'categories', [{ name: 'News', slug: 'news' }]);
    expectField(post('2019-06-02-terms-plain-string'), 'tags', [{ name: 'Funding', slug: 'funding' }]);
  });

  test('a space-separated string is one term (a legacy WordPress tag string), whitespace collapsed', () => {
    expectField(post('2019-06-03-terms-space-separated'), 'categories', [{ name: 'Startups Culture', slug: 'startups-culture' }]);
    expectField(post('2019-06-03-terms-space-separated'), 'tags', [{ name: 'robotics cloud funding', slug: 'robotics-cloud-funding' }]);
  });

  test("as [''] and missing: no terms", () => {
    for (const name of ['2019-06-04-terms-empty-string-list', '2019-06-05-terms-missing']) {
      expectField(post(name), 'categories', []);
      expectField(post(name), 'tags', []);
    }
  });
});

describe('featured images', () => {
  test.each([
    ['2019-07-01-image-absolute-https', { src: 'https://i.imgur.com/JdIlNrB.jpg', alt: null }],
    ['2019-07-02-image-wp-content', { src: '/wp-content/uploads/2020/09/tiny.png', alt: null }],
    ['2019-07-03-image-assets', { src: '/assets/images/header.jpg', alt: null }],
    ['2019-07-04-image-own-domain', { src: '/wp-content/uploads/2020/09/tiny.png', alt: null }],
    ['2019-07-05-image-fifu-url-only', { src: 'https://live.staticflickr.com/65535/fifu-only.jpg', alt: null }],
    ['2019-07-06-image-alt-auto-draft', { src: 'https://i.imgur.com/AutoDraftAlt.jpg', alt: null }],
    ['2019-07-07-image-alt-real', { src: 'https://i.imgur.com/RealAlt.jpg', alt: 'Sunset over the bay & the pier' }],
    ['2019-03-10-date-unquoted-utc', null],
  ])('%s -> %j', (name, image) => {
    expectField(post(name), 'image', image);
  });

  test('the fixture spells Auto Draft as the alt text (so alt null is the normaliser dropping it)', () => {
    expect(raw(post('2019-07-06-image-alt-auto-draft'))).toMatch(/^fifu_image_alt:\n {2}- Auto Draft$/m);
  });
});

describe('excerpts', () => {
  test.each([
    ['2019-08-01-excerpt-plain', 'A plain hand-written summary.'],
    ['2019-08-02-excerpt-quoted', 'Quoted: with a colon & an entity'],
    ['2019-08-03-excerpt-block', 'First line of the summary. Second line of the summary.'],
    ['2019-08-04-excerpt-empty', null],
    ['2019-08-05-excerpt-missing', null],
  ])('%s: normalised excerpt %j', (name, excerpt) => {
    expectField(post(name), 'excerpt', excerpt);
  });

  test('a hand-written excerpt is the Entry excerpt', async () => {
    expect((await entryOf(post('2019-08-03-excerpt-block'))).excerpt).toBe(
      'First line of the summary. Second line of the summary.',
    );
  });

  test('an empty excerpt falls back to the body as plain text', async () => {
    expect((await entryOf(post('2019-08-04-excerpt-empty'))).excerpt).toBe(
      'An empty excerpt: the first words of the body stand in.',
    );
  });

  test('a missing excerpt falls back to the first 55 words of the body, with an ellipsis', async () => {
    const excerpt = (await entryOf(post('2019-08-05-excerpt-missing'))).excerpt;
    expect(excerpt.endsWith('fifty-four fifty-five…')).toBe(true);
    expect(excerpt.startsWith('one two three ')).toBe(true);
    expect(excerpt.split(' ')).toHaveLength(55);
    expect(excerpt).not.toContain('fifty-six');
    expect(excerpt).not.toContain('second paragraph');
  });
});

describe('other keys', () => {
  test('format: quote', async () => {
    expectField(post('2019-09-01-format-quote'), 'format', 'quote');
    expect((await entryOf(post('2019-09-01-format-quote'))).html).toContain('<blockquote>');
  });

  test('guid over http and https is kept as written; missing is null', () => {
    expectField(post('2019-09-02-guid-http'), 'guid', 'http://shapes.example/?p=1902');
    expectField(post('2019-09-03-guid-https'), 'guid', 'https://shapes.example/?p=1903');
    expectField(post('2019-09-04-guid-missing'), 'guid', null);
    expectField('_pages/privacy-policy.md', 'guid', 'http://shapes.example/?page_id=4');
  });

  test('id: a number, or null when missing', () => {
    expectField(post('2019-09-04-guid-missing'), 'wpId', 1904);
    expectField(post('2019-09-05-id-missing'), 'wpId', null);
    expectField('company/team.md', 'wpId', 3);
  });

  test('author: the display name, or null when missing', () => {
    expectField(post('2019-09-05-id-missing'), 'author', 'Newb');
    expectField(post('2019-09-06-author-missing'), 'author', null);
  });
});

describe('plugin metadata and personal data', () => {
  const pluginFile = post('2019-09-07-plugin-metadata');

  test('the fixture really holds the marker, an e-mail address and an IP address in plugin keys', () => {
    const text = raw(pluginFile);
    expect(text).toContain(LEAK_MARKER);
    expect(text).toContain('jane.doe@mailbox.example');
    expect(text).toContain('198.51.100.77');
    expect(text).toMatch(/^ninja_forms#field_12:$/m);
    expect(text).toContain("'a:0:{}'");
  });

  test('the post itself normalises to its ordinary fields only', () => {
    expect(shapeMeta(pluginFile)).toMatchObject({
      wpId: 1907,
      title: 'Plugin metadata and personal data',
      url: '/plugin-metadata/',
      image: null,
      excerpt: null,
    });
  });

  test('no normalised Entry of wp-shapes contains the marker or the personal data', async () => {
    const entries = await shapesEntries();
    expect(entries.length).toBe(55);
    for (const entry of entries) {
      const json = JSON.stringify(entry);
      expect(json, entry.file).not.toContain(LEAK_MARKER);
      expect(json, entry.file).not.toContain('mailbox.example');
      expect(json, entry.file).not.toContain('198.51.100.77');
      expect(json, entry.file).not.toContain('a:0:{}');
      expect(json, entry.file).not.toContain('wpseo');
    }
  });

  test('nor does the inventory (what the build checks and summarises)', () => {
    const json = JSON.stringify(shapesInventory());
    expect(json).not.toContain(LEAK_MARKER);
    expect(json).not.toContain('mailbox.example');
  });
});

describe('YAML quirks', () => {
  test('`--- ` with a trailing space opens and closes the front matter', async () => {
    const file = post('2019-10-01-yaml-delimiter-trailing-space');
    expect(raw(file).startsWith('--- \n')).toBe(true);
    expect(raw(file)).toContain('\n--- \n');
    expectField(file, 'title', 'Delimiters with a trailing space');
    expectField(file, 'url', '/yaml-delimiter-trailing-space/');
    const entry = await entryOf(file);
    expect(entry.html).toBe('<p>Both <code>---</code> lines end in a space.</p>');
  });

  test('no blank line after the closing `---`: the body starts on the next line, front matter not in it', async () => {
    const file = post('2019-10-02-yaml-no-blank-line-after-closing');
    const source = readSourceFile(WP_SHAPES_DIR, file, shapesInventory().site);
    expect(source.status === 'content' && source.body).toBe(
      'The body starts on the line right after the closing delimiter.\n',
    );
    expect((await entryOf(file)).html).toBe('<p>The body starts on the line right after the closing delimiter.</p>');
  });

  test.each([
    ['2019-10-03-yaml-list-indent-2', 'Two Spaces', 'indent-two'],
    ['2019-10-04-yaml-list-indent-3', 'Three Spaces', 'indent-three'],
    ['2019-10-05-yaml-list-indent-4', 'Four Spaces', 'indent-four'],
  ])('%s: lists read whatever their indentation', (name, category, tag) => {
    expectField(post(name), 'categories', [{ name: category, slug: category.toLowerCase().replace(' ', '-') }]);
    expectField(post(name), 'tags', [
      { name: tag, slug: tag },
      { name: 'yaml', slug: 'yaml' },
    ]);
  });

  test('an empty body: empty HTML, empty excerpt, a reading time of 1 minute, title kept', async () => {
    const entry = await entryOf(post('2019-10-06-yaml-empty-body'));
    expect(entry.html).toBe('');
    expect(entry.excerpt).toBe('');
    expect(entry.readingMinutes).toBe(1);
    expect(entry.title).toBe('Empty body');
    expect(entry.hasTitle).toBe(true);
  });

  test('the CRLF file has CR LF bytes and reads like its LF siblings (no stray \\r in any value)', async () => {
    const file = post('2019-10-07-yaml-crlf');
    const text = raw(file);
    expect(text.split('\r\n').length).toBeGreaterThan(15);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(shapeMeta(file)).toEqual({
      kind: 'post',
      file,
      wpId: 2007,
      title: 'Windows line endings',
      date: '2019-10-07T12:00:00+00:00',
      url: '/yaml-crlf/',
      author: 'Newb',
      excerpt: null,
      guid: 'https://shapes.example/?p=2007',
      categories: [{ name: 'Line Endings', slug: 'line-endings' }],
      tags: [
        { name: 'crlf', slug: 'crlf' },
        { name: 'windows', slug: 'windows' },
      ],
      image: null,
      format: null,
      math: false,
      menuOrder: 0,
    });
    const entry = await entryOf(file);
    expect(entry.html.match(/<p>/g)).toHaveLength(2);
    expect(entry.html).not.toContain('---');
    expect(entry.excerpt).toBe('A file saved on Windows: every line ends in CR LF. A second paragraph.');
  });

  test('only one fixture file uses CRLF (one CRLF file among LF files)', () => {
    const { posts, pages, drafts } = shapesInventory();
    const crlf = [...posts, ...pages, ...drafts].filter((doc) => raw(doc.file).includes('\r\n'));
    expect(crlf.map((doc) => doc.file)).toEqual([post('2019-10-07-yaml-crlf')]);
  });
});

describe('pages and drafts', () => {
  test('pages: root, nested and _pages/, all kind page with their titles', () => {
    expect(shapesInventory().pages.map((p) => [p.file, p.title, p.url])).toEqual([
      ['_pages/privacy-policy.md', 'Privacy Policy', '/privacy-policy/'],
      ['about.md', 'About', '/about/'],
      ['company/team.md', 'Our Team', '/company/team/'],
    ]);
  });

  test('the one normal draft is a draft, with its own date and title', () => {
    expect(shapesInventory().drafts).toEqual([
      {
        kind: 'draft',
        file: '_drafts/512-A-Normal-Draft.md',
        wpId: 512,
        title: 'A normal draft',
        date: '2019-02-01T12:00:00+00:00',
        url: '/drafts/512-a-normal-draft/',
        author: 'Newb',
        excerpt: null,
        guid: 'https://shapes.example/?p=512',
        categories: [],
        tags: [],
        image: null,
        format: null,
        math: false,
        menuOrder: 0,
      },
    ]);
  });

  test.each([
    ['_drafts/410-revision-v1-Some-Title.md', 'WordPress revision'],
    ['_drafts/410-autosave-v1.md', 'WordPress revision'],
    ['_drafts/Auto-Draft.md', 'WordPress auto-draft'],
    ['README.md', 'no front matter'],
  ])('readSourceFile skips %s (%s)', (file, reason) => {
    expect(readSourceFile(WP_SHAPES_DIR, file, shapesInventory().site)).toEqual({ status: 'skipped', file, reason });
  });
});

describe('revisions are recognised by name only among drafts', () => {
  const text = '---\ntitle: Product revision v2 review\ndate: 2020-01-01T10:00:00+00:00\nlayout: post\n---\nBody\n';

  test('a published post whose slug contains "revision-v2" is a post', () => {
    const source = normaliseDocument('_posts/2020-01-01-product-revision-v2-review.md', text, shapesInventory().site);
    expect(source.status).toBe('content');
  });

  test('the same name in _drafts/ is a revision', () => {
    const source = normaliseDocument('_drafts/7-revision-v2-review.md', text, shapesInventory().site);
    expect(source).toMatchObject({ status: 'skipped', reason: 'WordPress revision' });
  });
});
