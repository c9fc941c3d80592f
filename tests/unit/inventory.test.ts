/** The inventory of the wp-shapes export: what is content, what is skipped and why, and the summary line. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listExportFiles, readInventory, summarise } from '../../lib/content/source/inventory';
import { loadSiteConfig } from '../../lib/content/source/site';
import { WP_SHAPES_DIR, contentErrorsIn, shapesInventory, thrownBy } from '../helpers/fixtures';

describe('wp-shapes inventory', () => {
  test('site settings come from _config.yml', () => {
    expect(loadSiteConfig(WP_SHAPES_DIR)).toEqual({
      title: 'WP Shapes',
      description: 'Every front-matter shape a WordPress export contains',
      url: 'https://shapes.example',
      exportUrl: 'https://shapes.example',
      email: 'editor@shapes.example',
      paginate: 4,
      feedItems: 20,
      icon: '/icon.png',
      language: 'en',
      indentedCode: false,
      math: false,
      menu: null,
    });
    expect(shapesInventory().site.url).toBe('https://shapes.example');
  });

  test('counts: 51 posts (one scheduled), 3 pages, 1 draft, 7 skipped', () => {
    const { posts, pages, drafts, skipped } = shapesInventory();
    expect([posts.length, pages.length, drafts.length, skipped.length]).toEqual([51, 3, 1, 7]);
    expect(posts.every((doc) => doc.kind === 'post' && doc.file.startsWith('_posts/'))).toBe(true);
    expect(posts.every((doc) => doc.date !== null)).toBe(true);
  });

  test('the skipped list names every non-content file once, with its reason', () => {
    expect(shapesInventory().skipped).toEqual([
      { file: '1', reason: 'not a content file' },
      { file: 'README', reason: 'not a content file' },
      { file: 'README.md', reason: 'no front matter' },
      { file: '_drafts/410-autosave-v1.md', reason: 'WordPress revision' },
      { file: '_drafts/410-revision-v1-Some-Title.md', reason: 'WordPress revision' },
      { file: '_drafts/Auto-Draft.md', reason: 'WordPress auto-draft' },
      { file: '_layouts/default.html', reason: 'not a content file' },
    ]);
  });

  test('media files are neither content nor listed as skipped, and _config.yml is not listed', () => {
    expect(existsSync(path.join(WP_SHAPES_DIR, 'wp-content/uploads/2020/09/tiny.png'))).toBe(true);
    const { posts, pages, drafts, skipped } = shapesInventory();
    const named = [...posts, ...pages, ...drafts].map((d) => d.file).concat(skipped.map((s) => s.file));
    expect(named.filter((file) => file.startsWith('wp-content') || file.endsWith('.png'))).toEqual([]);
    expect(named).not.toContain('_config.yml');
    expect(listExportFiles(WP_SHAPES_DIR).filter((file) => file.startsWith('wp-content/'))).toEqual([]);
  });

  test('every file of the export is accounted for exactly once (content, skipped, or settings)', () => {
    const { posts, pages, drafts, skipped } = shapesInventory();
    const named = [...posts, ...pages, ...drafts].map((d) => d.file).concat(skipped.map((s) => s.file), '_config.yml');
    expect(named.sort()).toEqual(listExportFiles(WP_SHAPES_DIR));
  });

  test('the scheduled post is in the inventory (the visibility gate, not the inventory, hides it)', () => {
    expect(shapesInventory().posts.map((p) => p.file)).toContain('_posts/2099-01-01-scheduled-future-post.md');
  });

  test('summary line', () => {
    expect(summarise(shapesInventory())).toBe('content: 51 posts (1 scheduled), 3 pages, 1 draft, 7 skipped');
  });

  test('once its date has passed, the scheduled post is no longer counted as scheduled', () => {
    const inThe2100s = Date.parse('2100-01-01T00:00:00Z');
    expect(summarise(shapesInventory(), inThe2100s)).toBe('content: 51 posts, 3 pages, 1 draft, 7 skipped');
  });

  test('reading the export twice gives the same inventory', () => {
    expect(readInventory(WP_SHAPES_DIR)).toEqual(shapesInventory());
  });
});

describe('site settings read by the feeds', () => {
  /** The settings of a `_config.yml` holding `lines` after a title and an address. */
  function settingsOf(lines: string) {
    const dir = mkdtempSync(path.join(tmpdir(), 'site-settings-'));
    try {
      writeFileSync(path.join(dir, '_config.yml'), `title: T\nurl: https://t.example\n${lines}\n`);
      return loadSiteConfig(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  test('a Jekyll-style language (en_US) becomes the tag en-US; feed_items and icon are read', () => {
    expect(settingsOf('lang: en_US\nfeed_items: 5\nicon: /wp-content/uploads/icon.png')).toMatchObject({
      language: 'en-US',
      feedItems: 5,
      icon: '/wp-content/uploads/icon.png',
    });
  });

  test.each([
    ['lang: english please', 'lang', /"english please" is not a language tag/],
    ['feed_items: 0', 'feed_items', /whole number of posts per feed \(got "0"\)/],
    ['feed_items: twenty', 'feed_items', /whole number of posts per feed/],
  ])('%s stops the build, naming the file and the key', (line, field, reason) => {
    const [error] = contentErrorsIn(thrownBy(() => settingsOf(line)));
    expect(error).toMatchObject({ file: '_config.yml', field });
    expect(error!.message).toMatch(reason);
  });
});
