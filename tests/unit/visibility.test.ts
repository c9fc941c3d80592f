/**
 * The visibility gate over tests/fixtures/unpublished-site, which holds every kind of unpublished document:
 * `_drafts/` with and without a permalink, `draft: true`, `published: false`, draft/pending/private statuses, a
 * scheduled post, a private page, and revisions, autosaves and an auto-draft that are never content.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCollection } from '../../lib/content/model/collection';
import { publicationState } from '../../lib/content/core/publication';
import { readInventory, summarise } from '../../lib/content/source/inventory';
import { upcomingUrls } from '../../lib/content/routing/upcoming';
import { FIXTURES_DIR, REPO_ROOT, exportEntries } from '../helpers/fixtures';

const DIR = path.join(FIXTURES_DIR, 'unpublished-site');
const NOW = Date.parse('2024-06-01T00:00:00Z');
const SCHEDULED_AT = Date.parse('2099-01-01T10:00:00-05:00');

async function entries() {
  return (await exportEntries(DIR)).entries;
}

describe('what is unpublished', () => {
  test('each document\'s state', async () => {
    const states = Object.fromEntries((await entries()).map((entry) => [entry.file, publicationState(entry, NOW)]));
    expect(states).toEqual({
      '_posts/2021-01-01-published.md': 'published',
      '_posts/2021-01-07-status-publish.md': 'published',
      'about.md': 'published',
      '_posts/2099-01-01-scheduled.md': 'scheduled',
      '_posts/2021-01-02-draft-true.md': 'draft',
      '_posts/2021-01-03-published-false.md': 'draft',
      '_posts/2021-01-04-status-draft.md': 'draft',
      '_posts/2021-01-05-post-status-pending.md': 'draft',
      '_posts/2021-01-06-status-private.md': 'draft',
      '_posts/2021-01-10-draft-yes.md': 'draft',
      '_posts/2021-01-11-published-false-capital.md': 'draft',
      'private-page.md': 'draft',
      '_drafts/301-Draft-With-Permalink.md': 'draft',
      '_drafts/302-Draft-Without-Permalink.md': 'draft',
    });
  });

  test('revisions, autosaves, auto-drafts and trash are never content (by file name or status), and are counted as skipped', () => {
    const inventory = readInventory(DIR);
    expect(inventory.skipped.map((s) => [s.file, s.reason]).sort()).toEqual([
      ['_drafts/301-autosave-v1-Draft-With-Permalink.md', 'WordPress revision'],
      ['_drafts/301-revision-v1-Draft-With-Permalink.md', 'WordPress revision'],
      ['_drafts/Auto-Draft.md', 'WordPress auto-draft'],
      ['_posts/2021-01-08-status-trash.md', 'WordPress trash'],
      ['_posts/2021-01-09-status-auto-draft.md', 'WordPress auto-draft'],
    ]);
    expect(summarise(inventory, NOW)).toBe('content: 3 posts (1 scheduled), 1 page, 10 drafts, 5 skipped');
  });

  test('a draft keeps the URL it will have; one without a permalink is previewed under /drafts/', async () => {
    const byFile = new Map((await entries()).map((entry) => [entry.file, entry.url]));
    expect(byFile.get('_drafts/301-Draft-With-Permalink.md')).toBe('/draft-with-permalink/');
    expect(byFile.get('_drafts/302-Draft-Without-Permalink.md')).toBe('/drafts/302-draft-without-permalink/');
    expect(byFile.get('_posts/2021-01-02-draft-true.md')).toBe('/draft-true/');
  });
});

describe('the public collection', () => {
  test('holds the published posts and the public page only', async () => {
    const collection = buildCollection(await entries(), NOW);
    expect(collection.posts.map((p) => p.title)).toEqual(['Status publish', 'Published']);
    expect(collection.pages.map((p) => p.title)).toEqual(['About']);
    expect([...collection.byUrl.keys()].sort()).toEqual(['/about/', '/published/', '/status-publish/']);
    expect([...collection.tags.keys(), ...collection.categories.keys()]).toEqual(['shared']);
    expect(collection.byWpId.has(301)).toBe(false);
  });

  test('knows when it next changes: the scheduled post\'s time; then the post is public', async () => {
    const all = await entries();
    const before = buildCollection(all, NOW);
    expect(before.changesAt).toBe(SCHEDULED_AT);
    const after = buildCollection(all, SCHEDULED_AT);
    expect(after.posts[0]!.title).toBe('Scheduled');
    expect(after.changesAt).toBe(Infinity);
  });
});

describe('upcoming URLs (for proxy.ts)', () => {
  test('the scheduled post\'s URL, the archives only it fills, and when they go live; nothing once it has', () => {
    const { posts, site } = readInventory(DIR);
    expect(new Map(upcomingUrls(posts, site.paginate, NOW))).toEqual(
      new Map([
        ['/scheduled/', SCHEDULED_AT],
        ['/tag/coming-soon/', SCHEDULED_AT],
        // The post's local date is 2099-01-01 (-05:00): its year, month and day archives open with it.
        ['/2099/', SCHEDULED_AT],
        ['/2099/01/', SCHEDULED_AT],
        ['/2099/01/01/', SCHEDULED_AT],
      ]),
    );
    expect(upcomingUrls(posts, site.paginate, SCHEDULED_AT)).toEqual([]);
  });
});

describe('the preview collection', () => {
  test('holds every document, unpublished ones placed by date (undated drafts first), findable by URL and ID', async () => {
    const collection = buildCollection(await entries(), NOW, { preview: true });
    expect(collection.posts.map((p) => p.title)).toEqual([
      'Draft without permalink',
      'Scheduled',
      'Draft with permalink',
      'Published False',
      'Draft yes',
      'Status publish',
      'Status private',
      'Post status pending',
      'Status draft',
      'Published false',
      'Draft true',
      'Published',
    ]);
    expect(collection.pages.map((p) => p.title).sort()).toEqual(['About', 'Private page']);
    expect(collection.byUrl.get('/drafts/302-draft-without-permalink/')?.title).toBe('Draft without permalink');
    expect(collection.byWpId.get(301)?.title).toBe('Draft with permalink');
  });
});

describe('npm run dev', () => {
  const check = (env: Record<string, string>) =>
    spawnSync('node_modules/.bin/tsx', ['scripts/build-content.ts', '--check'], {
      cwd: REPO_ROOT,
      env: { ...process.env, BLOG_CONTENT_DIR: DIR, ...env },
      encoding: 'utf8',
    });

  test('prints a ready-made preview link for each draft and scheduled post', () => {
    const run = check({ PREVIEW_SECRET: 'dev-secret' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('http://localhost:3000/api/draft/?secret=dev-secret&path=%2Fdrafts%2F302-draft-without-permalink%2F');
    expect(run.stdout).toContain('http://localhost:3000/api/draft/?secret=dev-secret&path=%2Fscheduled%2F');
    expect(run.stdout.match(/\/api\/draft\//g)).toHaveLength(11);
  });

  test('without PREVIEW_SECRET, says how to get them', () => {
    const run = check({ PREVIEW_SECRET: '' });
    expect(run.stdout).toContain('set PREVIEW_SECRET to get preview links');
    expect(run.stdout).not.toContain('/api/draft/');
  });
});
