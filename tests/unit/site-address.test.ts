/**
 * The site's address when `_config.yml` has none (issue 19, item 1): inferred from the export's guids and absolute
 * permalinks, `baseurl` honoured, `BLOG_SITE_URL` over both, and the export that gives none stopping the build.
 * Exports are written to temporary folders in the export layout and read by the real inventory.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readStageSettings, Stage } from '../../lib/content/generated/stage';
import { readInventory } from '../../lib/content/source/inventory';
import { loadSiteConfig } from '../../lib/content/source/site';
import { AddressVotes, isLocalHost } from '../../lib/content/source/site-address';
import { FIXTURES_DIR, badFixtureDir, contentErrorsIn, thrownBy } from '../helpers/fixtures';

const dirs: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Post {
  guid?: string;
  permalink?: string;
  image?: string;
  body?: string;
}

/** An export with `_config.yml` holding `config` and one post per entry of `posts` (dated a day apart). */
function exportWith(config: string, posts: Post[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'site-address-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, '_config.yml'), `title: Address\n${config}\n`);
  mkdirSync(path.join(dir, '_posts'));
  posts.forEach((post, i) => {
    const day = String(i + 1).padStart(2, '0');
    const lines = [`title: Post ${i + 1}`, `date: 2020-01-${day}T12:00:00+00:00`];
    if (post.guid) lines.push(`guid: ${post.guid}`);
    if (post.permalink) lines.push(`permalink: ${post.permalink}`);
    if (post.image) lines.push(`image: ${post.image}`);
    writeFileSync(path.join(dir, '_posts', `2020-01-${day}-post-${i + 1}.md`), `---\n${lines.join('\n')}\n---\n${post.body ?? 'Text.'}\n`);
  });
  return dir;
}

const guids = (...urls: string[]): Post[] => urls.map((guid) => ({ guid }));

describe('AddressVotes: the host most guids and absolute permalinks name', () => {
  const infer = (...votes: [guid: string | null, permalink?: string | null, dated?: number][]) => {
    const tally = new AddressVotes();
    for (const [guid, permalink = null, dated = null] of votes) tally.add(guid, permalink, dated);
    return tally.infer();
  };

  test('the majority wins; other hosts (a feed proxy, an old domain) are listed with their votes', () => {
    expect(infer(['https://a.example/?p=1'], ['https://a.example/?p=2'], ['http://feeds.feedburner.com/~r/a/~3/x'], ['https://old.example/?p=3'])).toEqual({
      origin: 'https://a.example',
      guids: 2,
      permalinks: 0,
      others: [
        ['feeds.feedburner.com', 1],
        ['old.example', 1],
      ],
    });
  });

  test('http and https guids of one host are one host, and https when any is https', () => {
    expect(infer(['http://a.example/?p=1'], ['http://a.example/?p=2'], ['https://a.example/?p=3'])?.origin).toBe('https://a.example');
    expect(infer(['http://a.example/?p=1'], ['http://a.example/?p=2'])?.origin).toBe('http://a.example');
  });

  test('with and without www. are one host, spelled as most votes spell it', () => {
    expect(infer(['http://www.a.example/?p=1'], ['https://a.example/?p=2'], ['https://a.example/?p=3'], ['https://b.example/?p=4'], ['https://b.example/?p=5'])?.origin).toBe(
      'https://a.example',
    );
    expect(infer(['https://www.a.example/?p=1'], ['https://www.a.example/?p=2'], ['https://a.example/?p=3'])?.origin).toBe('https://www.a.example');
  });

  test('absolute permalinks vote too; relative ones and `?p=` links on a path do not get in the way', () => {
    expect(infer([null, 'https://b.example/post/'], [null, '/post-2/'], ['https://a.example/?p=1', 'https://b.example/?p=9'])).toMatchObject({
      origin: 'https://b.example',
      guids: 0,
      permalinks: 2,
      others: [['a.example', 1]],
    });
  });

  test('a tie goes to the host a newer document names, then to the first in alphabetical order', () => {
    expect(infer(['https://old.example/?p=1', null, 1000], ['https://new.example/?p=2', null, 2000])?.origin).toBe('https://new.example');
    expect(infer(['https://new.example/?p=2', null, 2000], ['https://old.example/?p=1', null, 1000])?.origin).toBe('https://new.example');
    expect(infer(['https://b.example/?p=1'], ['https://a.example/?p=2'])?.origin).toBe('https://a.example');
    expect(infer(['https://a.example/?p=2'], ['https://b.example/?p=1'])?.origin).toBe('https://a.example');
  });

  test('guids that are not public addresses are not votes: none at all is null', () => {
    expect(infer(['tag:blogger.com,1999:blog-1.post-2'], ['urn:uuid:0b5c'], ['/?p=3'], ['http://localhost/?p=4'], ['http://mysite.local/?p=5'], ['http://127.0.0.1:8080/?p=6'])).toBeNull();
    expect(infer([null])).toBeNull();
    expect(infer(['http://localhost/?p=1'], ['http://localhost/?p=2'], ['https://a.example/?p=3'])?.origin).toBe('https://a.example');
  });

  test.each(['localhost', 'LOCALHOST', 'blog.localhost', 'mysite.local', 'wp.test', 'x.invalid', '127.0.0.1', '127.1.2.3', '0.0.0.0', '[::1]', '10.0.0.5', '192.168.1.5', '172.20.0.2', '169.254.1.1', 'wp.lan', 'blog.internal', 'nas.home.arpa', '[fd12:3456::1]', '[fe80::1]'])(
    '%s is a local address',
    (host) => expect(isLocalHost(host)).toBe(true),
  );
  test.each(['example.com', 'fidelity.example', 'localhost.example.com', 'test.com', '172.32.0.1', '11.0.0.5', 'fdroid.org', '[2001:db8::1]'])('%s is not', (host) => expect(isLocalHost(host)).toBe(false));
});

describe('an export whose _config.yml gives no address', () => {
  test('takes the guids\' host, says how it found it, and makes links to it the site\'s own', () => {
    const dir = exportWith('lang: en', [
      { guid: 'https://a.example/?p=1', body: 'See [the second](http://a.example/post-2/).' },
      { guid: 'http://a.example/?p=2', permalink: 'https://a.example/post-two/', image: 'http://a.example/wp-content/uploads/x.png' },
      { guid: 'http://feeds.feedburner.com/~r/a/~3/x' },
    ]);
    const inventory = readInventory(dir);
    expect(inventory.site.url).toBe('https://a.example');
    expect(inventory.site.exportUrl).toBe('https://a.example');
    expect(inventory.address).toBe(
      'site url: https://a.example (from 2 guids and 1 permalink; other hosts: feeds.feedburner.com (1); set url in _config.yml to change it)',
    );
    const second = inventory.posts.find((post) => post.file.endsWith('post-2.md'))!;
    expect(second.url).toBe('/post-two/');
    expect(second.image?.src).toBe('/wp-content/uploads/x.png');
  });

  test.each([
    ['url: ""', ''],
    ['url:', ''],
    ['url: "   "', ''],
    ['url: http://localhost:4000', '; url in _config.yml, http://localhost:4000, is a local address'],
  ])('%s: the guids give it', (line, said) => {
    const { site, address } = readInventory(exportWith(line, guids('https://a.example/?p=1')));
    expect(site.url).toBe('https://a.example');
    expect(address).toBe(`site url: https://a.example (from 1 guid${said}; set url in _config.yml to change it)`);
  });

  test('the documents wait for the address, and are handed on complete once it is known', () => {
    const dir = exportWith('', [{ guid: 'https://a.example/?p=1', permalink: 'https://a.example/one/' }, { guid: 'https://a.example/?p=2' }]);
    const handed: string[] = [];
    const inventory = readInventory(dir, { onDocument: (meta) => handed.push(meta.url) });
    expect(handed).toEqual(['/one/', '/post-2/']);
    expect(inventory.posts.map((post) => post.url)).toEqual(handed);
  });

  test('no guid or permalink names a host: the build stops, saying what to set', () => {
    const [error] = contentErrorsIn(thrownBy(() => readInventory(exportWith('url: ""', [{ permalink: '/a/' }, { guid: 'http://localhost/?p=2' }]))));
    expect(error).toMatchObject({ file: '_config.yml', field: 'url' });
    expect(error!.reason).toMatch(/must be the site's address, like https:\/\/example\.com \(got ""\), and no guid or permalink .* set url, or BLOG_SITE_URL/);
  });

  test('the problems of the documents are reported with it', () => {
    const dir = exportWith('', [{ permalink: '/a/' }]);
    writeFileSync(path.join(dir, '_posts', '2020-02-01-bad.md'), '---\ntitle: Bad\ndate: next Tuesday\n---\n');
    expect(contentErrorsIn(thrownBy(() => readInventory(dir))).map((e) => e.field)).toEqual(['url', 'date']);
  });

  test('the bad fixture without url (and without guids) still stops the build', () => {
    const [error] = contentErrorsIn(thrownBy(() => readInventory(badFixtureDir('config-missing-url'))));
    expect(error).toMatchObject({ file: '_config.yml', field: 'url' });
  });

  test('a url that is not an address at all still stops the build: the guids do not overrule a typo', () => {
    const [error] = contentErrorsIn(thrownBy(() => readInventory(exportWith('url: a.example', guids('https://a.example/?p=1')))));
    expect(error).toMatchObject({ file: '_config.yml', field: 'url' });
    expect(error!.reason).toMatch(/\(got "a\.example"\)/);
  });

  test('the fidelity fixture: https://fidelity.example, from its guids and its one absolute permalink', () => {
    const { site, address } = readInventory(path.join(FIXTURES_DIR, 'fidelity-site'));
    expect(site.url).toBe('https://fidelity.example');
    expect(address).toMatch(/^site url: https:\/\/fidelity\.example \(from \d+ guids and 1 permalink; other hosts: feeds\.feedburner\.com \(1\); /);
  });
});

describe('baseurl', () => {
  test('joins the inferred host: the site is at https://a.example/blog, and the old site\'s links under it are its own', () => {
    const inventory = readInventory(
      exportWith('baseurl: /blog', [{ guid: 'https://a.example/blog/?p=1', permalink: 'https://a.example/blog/one/', image: 'https://a.example/blog/wp-content/uploads/x.png' }]),
    );
    expect(inventory.site.url).toBe('https://a.example/blog');
    expect(inventory.address).toBe('site url: https://a.example/blog (from 1 guid and 1 permalink, baseurl /blog; set url in _config.yml to change it)');
    expect(inventory.posts[0]!.url).toBe('/one/');
    expect(inventory.posts[0]!.image?.src).toBe('/wp-content/uploads/x.png');
  });

  test.each([
    ['url: https://a.example\nbaseurl: /blog', 'https://a.example/blog'],
    ['url: https://a.example/\nbaseurl: blog/', 'https://a.example/blog'],
    ['url: https://a.example/blog\nbaseurl: /blog', 'https://a.example/blog'],
    ['url: https://a.example\nbaseurl: ""', 'https://a.example'],
    ['url: https://a.example\nbaseurl: /', 'https://a.example'],
  ])('%s: the site is at %s', (config, url) => {
    expect(loadSiteConfig(exportWith(config, []))).toMatchObject({ url, exportUrl: url });
  });

  test.each(['/blog?x=1', 'https://a.example/blog', '/my blog'])('baseurl: %s stops the build', (baseurl) => {
    const [error] = contentErrorsIn(thrownBy(() => loadSiteConfig(exportWith(`url: https://a.example\nbaseurl: "${baseurl}"`, []))));
    expect(error).toMatchObject({ file: '_config.yml', field: 'baseurl' });
  });
});

describe('BLOG_SITE_URL', () => {
  test('overrides _config.yml: the site moves; links to the old address stay the site\'s own', () => {
    vi.stubEnv('BLOG_SITE_URL', 'https://new.example/');
    const inventory = readInventory(exportWith('url: https://old.example', [{ image: 'https://old.example/wp-content/uploads/x.png' }]));
    expect(inventory.site.url).toBe('https://new.example');
    expect(inventory.site.exportUrl).toBe('https://old.example');
    expect(inventory.address).toBe("site url: https://new.example (BLOG_SITE_URL); links to https://old.example are the site's own (url in _config.yml)");
    expect(inventory.posts[0]!.image?.src).toBe('/wp-content/uploads/x.png');
  });

  test('overrides the guids; with a path, the site is under it (baseurl is not added)', () => {
    vi.stubEnv('BLOG_SITE_URL', 'http://localhost:3000/blog');
    const { site } = readInventory(exportWith('baseurl: /old', guids('https://old.example/old/?p=1')));
    expect(site.url).toBe('http://localhost:3000/blog');
    expect(site.exportUrl).toBe('https://old.example/old');
  });

  test('gives the address an export without one lacks', () => {
    vi.stubEnv('BLOG_SITE_URL', 'https://new.example');
    const inventory = readInventory(exportWith('', [{ permalink: '/a/' }]));
    expect(inventory.site).toMatchObject({ url: 'https://new.example', exportUrl: 'https://new.example' });
    expect(inventory.address).toBe('site url: https://new.example (BLOG_SITE_URL)');
  });

  test('empty is unset', () => {
    vi.stubEnv('BLOG_SITE_URL', '  ');
    expect(loadSiteConfig(exportWith('url: https://a.example', [])).url).toBe('https://a.example');
  });

  test.each(['new.example', 'ftp://new.example', 'https://', 'https://new.example/?x=1', 'https://new.example/#top', 'https://user:pw@new.example', 'https://new example'])(
    '%s stops the build, naming the variable',
    (value) => {
      vi.stubEnv('BLOG_SITE_URL', value);
      const [error] = contentErrorsIn(thrownBy(() => readInventory(exportWith('url: https://a.example', []))));
      expect(error).toMatchObject({ file: 'environment', field: 'BLOG_SITE_URL' });
      expect(error!.message).toBe(`environment: BLOG_SITE_URL: must be the site's address, like https://example.com or https://example.com/blog (got "${value}")`);
    },
  );
});

describe('the stage, when the address changes', () => {
  /** Stages `dir` into `stageDir` as the content step does; returns what the stage says changed. */
  function stageOnce(dir: string, stageDir: string): string[] {
    const stage = new Stage(stageDir);
    const inventory = readInventory(dir, { onDocument: (meta, body) => stage.add(meta, body) });
    stage.finish(inventory.site);
    return readStageSettings(stageDir).changed;
  }

  test('every document is rendered again (links to the old address are made relative by rendering)', () => {
    const dir = exportWith('', [{ guid: 'https://a.example/?p=1' }, { guid: 'https://a.example/?p=2' }]);
    const stageDir = mkdtempSync(path.join(tmpdir(), 'address-stage-'));
    dirs.push(stageDir);
    expect(stageOnce(dir, stageDir)).toHaveLength(2);
    expect(stageOnce(dir, stageDir)).toEqual([]);
    const file = path.join(stageDir, 'Post', '_posts', '2020-01-01-post-1.md.json');
    const before = statSync(file).mtimeMs;
    // The config now gives another address: the documents staged are the same, their rendering is not.
    writeFileSync(path.join(dir, '_config.yml'), 'title: Address\nurl: https://b.example\n');
    expect(stageOnce(dir, stageDir)).toHaveLength(2);
    expect(statSync(file).mtimeMs).not.toBe(before);
    // Only what rendering reads counts: a new title renders nothing again; a new language does (the dates in
    // untitled posts' titles are written in it).
    writeFileSync(path.join(dir, '_config.yml'), 'title: Renamed\nurl: https://b.example\n');
    expect(stageOnce(dir, stageDir)).toEqual([]);
    writeFileSync(path.join(dir, '_config.yml'), 'title: Renamed\nurl: https://b.example\nlang: fr\n');
    expect(stageOnce(dir, stageDir)).toHaveLength(2);
  });
});
