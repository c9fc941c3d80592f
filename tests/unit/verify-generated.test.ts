import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readEntryIndex, renderedBody, withBodies, writeStore } from '../../lib/content/generated/store';
import { bodyReport, compareWithGenerated } from '../../lib/content/generated/verify';
import { readInventory } from '../../lib/content/source/inventory';
import { FIXTURES_DIR, shapesInventory } from '../helpers/fixtures';

/** An entry's fields, as the store keeps them. */
const SAMPLE_ENTRY = {
  kind: 'post' as Kind, file: '', wpId: null, title: 'A title', hasTitle: true, date: '2020-01-01T00:00:00+00:00', url: '/x/', author: null, excerpt: '', guid: null,
  categories: [], tags: [], image: null, format: null, math: false, menuOrder: 0, readingMinutes: 1, removedShortcodes: [], internalLinks: [], longLines: [], insecureImages: [], mathErrors: [],
};

type Kind = 'post' | 'page' | 'draft';

/** A generated store holding the given export files, by the kind Contentlayer generated each as, each body naming its file. */
function generatedDir(files: Record<Kind, string[]>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'generated-'));
  const entries = Object.entries(files).flatMap(([kind, list]) => list.map((file) => ({ ...entryOf(file, kind as Kind), html: `<p>${file}</p>` })));
  writeStore(dir, entries);
  return dir;
}

/** The entry of a file: only `file` and `kind` matter here. */
const entryOf = (file: string, kind: Kind) => ({ ...SAMPLE_ENTRY, file, kind });

describe('compareWithGenerated: Contentlayer may not drop a document silently', () => {
  const inventory = shapesInventory();
  const complete = {
    post: inventory.posts.map((d) => d.file),
    page: inventory.pages.map((d) => d.file),
    draft: inventory.drafts.map((d) => d.file),
  };

  test('output holding exactly the export agrees', () => {
    expect(compareWithGenerated(inventory, generatedDir(complete))).toEqual([]);
  });

  test('a post Contentlayer skipped is named', () => {
    const [dropped, ...rest] = complete.post;
    const problems = compareWithGenerated(inventory, generatedDir({ ...complete, post: rest }));
    expect(problems).toEqual([`${dropped}: missing from Contentlayer's output`]);
  });

  test('a revision that slipped through is named, with the type it slipped into', () => {
    const problems = compareWithGenerated(
      inventory,
      generatedDir({ ...complete, draft: [...complete.draft, '_drafts/410-revision-v1-Some-Title.md'] }),
    );
    expect(problems).toEqual(["_drafts/410-revision-v1-Some-Title.md: a draft in Contentlayer's output, but not a document of the export"]);
  });
});

describe('compareWithGenerated on a draft kept in _posts/', () => {
  const inventory = readInventory(path.join(FIXTURES_DIR, 'archive-site'));
  const flagged = '_posts/2020-05-05-draft-flag-in-posts.md';
  const byKind = (flaggedAs: Kind) => ({
    post: [...inventory.posts.map((d) => d.file), ...(flaggedAs === 'post' ? [flagged] : [])],
    page: inventory.pages.map((d) => d.file),
    draft: inventory.drafts.map((d) => d.file).filter((f) => flaggedAs === 'draft' || f !== flagged),
  });

  test('a `draft: true` post is staged, and generated, as a draft: they agree', () => {
    expect(inventory.drafts.map((d) => d.file)).toContain(flagged);
    expect(compareWithGenerated(inventory, generatedDir(byKind('draft')))).toEqual([]);
  });

  test('generated as a post, it is named', () => {
    expect(compareWithGenerated(inventory, generatedDir(byKind('post')))).toEqual([`${flagged}: a post in Contentlayer's output, a draft in the export`]);
  });
});

describe('the store: metadata for the app, each body read alone', () => {
  const files = { post: ['_posts/2020-01-01-one.md', '_posts/2020-01-02-two.md'], page: ['about.md', '2020/plans.md'], draft: [] };

  test('holds every document without its body', () => {
    const dir = generatedDir(files);
    const index = readEntryIndex(dir);
    expect(index.entries.map((entry) => entry.file)).toEqual([...files.post, ...files.page]);
    expect(index.entries.every((entry) => !('html' in entry))).toBe(true);
    expect(readFileSync(path.join(dir, 'entries.json'), 'utf8')).not.toContain('<p>');
  });

  test('renderedBody and withBodies read each body, multi-byte text included', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'generated-'));
    const bodies = ['<p>café ☕</p>', '', '<p>東京</p>', '<p>plain</p>'];
    const entries = bodies.map((html, i) => ({ ...entryOf(`_posts/2020-01-0${i + 1}-x.md`, 'post'), html }));
    writeStore(dir, entries);
    const stored = readEntryIndex(dir).entries;
    expect(stored.map((entry) => renderedBody(entry, dir))).toEqual(bodies);
    expect(withBodies([stored[2]!], dir)).toEqual([entries[2]]);
    expect(() => renderedBody({ ...stored[0]!, file: '_posts/unknown.md' }, dir)).toThrow('_posts/unknown.md: not in the generated content');
  });

  test('a missing index says to run the content step', () => {
    expect(() => readEntryIndex(mkdtempSync(path.join(tmpdir(), 'empty-')))).toThrow(/entries\.json is missing: run the content step first/);
  });
});

describe('bodyReport', () => {
  test('names a post whose formulas show as written, three at most', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'generated-'));
    const formulas = ['\\[copyright Taylor & Francis\\]', '$$\\frac{1}{2$$', '\\(a &\\)', '\\[b & c\\]'];
    writeStore(dir, [
      { ...entryOf('_posts/2020-01-01-math.md', 'post'), html: '<p>x</p>', mathErrors: formulas },
      { ...entryOf('_posts/2020-01-02-plain.md', 'post'), html: '<p>y</p>' },
    ]);
    expect(bodyReport(shapesInventory(), dir, () => true)).toEqual([
      '_posts/2020-01-01-math.md: math shown as written, not typeset (not TeX, or KaTeX could not render it): ' +
        '\\[copyright Taylor & Francis\\], $$\\frac{1}{2$$, \\(a &\\) and 1 more',
    ]);
  });
});
