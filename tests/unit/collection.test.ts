/** The visibility gate, ordering, term archives and neighbours, over the real wp-shapes entries. */
import { describe, expect, test } from 'vitest';
import { buildCollection, isPublic, neighbours, type Collection } from '../../lib/content/model/collection';
import { instant } from '../../lib/content/core/dates';
import type { Entry } from '../../lib/content/generated/entry';
import { shapesEntries } from '../helpers/fixtures';

const NOW = Date.parse('2024-06-01T00:00:00Z');
const SCHEDULED = '_posts/2099-01-01-scheduled-future-post.md';
const DRAFT = '_drafts/512-A-Normal-Draft.md';

async function setup(now = NOW): Promise<{ entries: Entry[]; collection: Collection; byFile: (file: string) => Entry }> {
  const entries = await shapesEntries();
  const byFile = (file: string) => {
    const entry = entries.find((e) => e.file === file);
    if (!entry) throw new Error(`no entry ${file}`);
    return entry;
  };
  return { entries, collection: buildCollection(entries, now), byFile };
}

describe('visibility gate', () => {
  test('public: 50 past posts and 3 pages; not public: the scheduled post and the draft', async () => {
    const { collection } = await setup();
    expect(collection.posts).toHaveLength(50);
    expect(collection.pages.map((p) => p.file).sort()).toEqual(['_pages/privacy-policy.md', 'about.md', 'company/team.md']);
    expect(collection.byUrl.size).toBe(53);
    const files = [...collection.byUrl.values()].map((e) => e.file);
    expect(files).not.toContain(SCHEDULED);
    expect(files).not.toContain(DRAFT);
    expect(collection.byUrl.has('/scheduled-future-post/')).toBe(false);
    expect(collection.byUrl.has('/512-a-normal-draft/')).toBe(false);
    expect(collection.byUrl.get('/company/team/')?.title).toBe('Our Team');
    expect(collection.byUrl.get('/café-au-lait/')?.file).toBe('_posts/2019-05-08-permalink-percent-encoded.md');
  });

  test('a scheduled post becomes public at its own instant, not a millisecond before', async () => {
    const { byFile } = await setup();
    const scheduled = byFile(SCHEDULED);
    const at = instant(scheduled.date!);
    expect(isPublic(scheduled, at - 1)).toBe(false);
    expect(isPublic(scheduled, at)).toBe(true);
    const later = buildCollection(await shapesEntries(), at);
    expect(later.posts[0]?.file).toBe(SCHEDULED);
    expect(later.posts).toHaveLength(51);
  });

  test('a draft is never public, even dated in the past and at the end of time', async () => {
    const { byFile } = await setup();
    const draft = byFile(DRAFT);
    expect(instant(draft.date!)).toBeLessThan(NOW);
    expect(isPublic(draft, NOW)).toBe(false);
    expect(isPublic(draft, Number.MAX_SAFE_INTEGER)).toBe(false);
  });

  test('pages are public whatever the clock says', async () => {
    const { byFile } = await setup();
    expect(isPublic(byFile('about.md'), 0)).toBe(true);
    expect(buildCollection(await shapesEntries(), 0).pages).toHaveLength(3);
    expect(buildCollection(await shapesEntries(), 0).posts).toHaveLength(0);
  });
});

describe('order', () => {
  test('public posts are newest first by instant', async () => {
    const { collection } = await setup();
    const instants = collection.posts.map((p) => instant(p.date!));
    expect(instants).toEqual([...instants].sort((a, b) => b - a));
    expect(collection.posts[0]?.file).toBe('_posts/2019-10-07-yaml-crlf.md');
  });

  test('offsets decide the order, not the local date: the -04:00 post of the 12th is newer than the +12:00 post of the 13th', async () => {
    const { collection } = await setup();
    expect(collection.posts.slice(-6).map((p) => p.file)).toEqual([
      '_posts/2019-03-15-date-missing.md',
      '_posts/2019-03-14-date-offset-plus-thirteen.md',
      '_posts/2019-03-12-date-offset-minus-four.md',
      '_posts/2019-03-13-date-offset-plus-twelve.md',
      '_posts/2019-03-11-date-quoted.md',
      '_posts/2019-03-10-date-unquoted-utc.md',
    ]);
  });

  test('the order does not depend on the order entries come in', async () => {
    const { entries, collection } = await setup();
    const reversed = buildCollection([...entries].reverse(), NOW);
    expect(reversed.posts.map((p) => p.file)).toEqual(collection.posts.map((p) => p.file));
  });
});

describe('neighbours', () => {
  test('older and newer of a post in the middle', async () => {
    const { collection, byFile } = await setup();
    const { older, newer } = neighbours(collection, byFile('_posts/2019-03-12-date-offset-minus-four.md'));
    expect(older?.file).toBe('_posts/2019-03-13-date-offset-plus-twelve.md');
    expect(newer?.file).toBe('_posts/2019-03-14-date-offset-plus-thirteen.md');
  });

  test('the newest post has no newer neighbour, the oldest no older one', async () => {
    const { collection } = await setup();
    const newest = collection.posts[0]!;
    const oldest = collection.posts.at(-1)!;
    expect(neighbours(collection, newest).newer).toBeNull();
    expect(neighbours(collection, newest).older?.file).toBe('_posts/2019-10-06-yaml-empty-body.md');
    expect(neighbours(collection, oldest).older).toBeNull();
    expect(neighbours(collection, oldest).newer?.file).toBe('_posts/2019-03-11-date-quoted.md');
  });

  test('the newest public post does not link to the scheduled one, which (previewed) gets the neighbours it will have', async () => {
    const { collection, byFile } = await setup();
    expect(neighbours(collection, collection.posts[0]!).newer).toBeNull();
    expect(neighbours(collection, byFile(SCHEDULED))).toEqual({ older: collection.posts[0], newer: null });
  });

  test('a previewed draft sits among public posts by its date; no draft is ever a neighbour', async () => {
    const { collection, byFile } = await setup();
    // Dated 2019-02-01, before every public post: it will be the oldest.
    expect(neighbours(collection, byFile(DRAFT))).toEqual({ older: null, newer: collection.posts.at(-1) });
    expect(collection.posts.map((post) => post.file)).not.toContain(DRAFT);
  });
});

describe('term archives', () => {
  test('a tag given as a plain string has its archive; a space-separated string is one term of its own', async () => {
    const { collection } = await setup();
    expect(collection.tags.get('funding')?.posts.map((p) => p.file)).toEqual(['_posts/2019-06-02-terms-plain-string.md']);
    expect(collection.tags.get('robotics-cloud-funding')?.posts.map((p) => p.file)).toEqual([
      '_posts/2019-06-03-terms-space-separated.md',
    ]);
  });

  test('yaml tag over the three indentations; categories indexed by slug', async () => {
    const { collection } = await setup();
    expect(collection.tags.get('yaml')?.posts.map((p) => p.file)).toEqual([
      '_posts/2019-10-05-yaml-list-indent-4.md',
      '_posts/2019-10-04-yaml-list-indent-3.md',
      '_posts/2019-10-03-yaml-list-indent-2.md',
    ]);
    expect(collection.categories.get('startups')?.posts.map((p) => p.file)).toEqual(['_posts/2019-06-01-terms-list.md']);
    expect(collection.categories.get('big-tech')?.term).toEqual({ name: 'Big Tech', slug: 'big-tech' });
    expect(collection.tags.get('人工智能')?.posts).toHaveLength(1);
    expect(collection.tags.has('')).toBe(false);
  });

  test('terms of a post that is not public yet make no archive', async () => {
    const { collection, byFile } = await setup();
    expect(byFile(SCHEDULED).tags).toEqual([{ name: 'future-only', slug: 'future-only' }]);
    expect(collection.tags.has('future-only')).toBe(false);
    expect(buildCollection(await shapesEntries(), Date.parse('2099-01-02T00:00:00Z')).tags.has('future-only')).toBe(true);
    const all = [...collection.tags.values(), ...collection.categories.values()].flatMap((a) => a.posts);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((p) => p.kind === 'post' && instant(p.date!) <= NOW)).toBe(true);
  });
});
