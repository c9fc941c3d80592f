import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readEntryIndex, renderedBody, withBodies, writeEntryIndex } from '../../lib/content/generated/store';
import { compareWithGenerated } from '../../lib/content/generated/verify';
import { readInventory } from '../../lib/content/source/inventory';
import { FIXTURES_DIR, shapesInventory } from '../helpers/fixtures';

/**
 * A Contentlayer output folder holding the given source files per type, as `contentlayer2 build` writes it (an
 * `_index.json` per type and a file per document), with the entry index the config's `onSuccess` writes.
 */
function generatedDir(files: Record<'Post' | 'Page' | 'Draft', string[]>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'generated-'));
  for (const [type, list] of Object.entries(files)) {
    mkdirSync(path.join(dir, type));
    const docs = list.map((file) => ({ _id: file, _raw: { sourceFilePath: file }, entry: { file, html: `<p>${file}</p>` } }));
    // Contentlayer's naming: slashes become `__`, and a name starting with a digit gets a leading `_`.
    for (const doc of docs) writeFileSync(path.join(dir, type, `${doc._id.replace(/^\d/, '_$&').replaceAll('/', '__')}.json`), JSON.stringify(doc));
    writeFileSync(path.join(dir, type, '_index.json'), JSON.stringify(docs));
  }
  writeEntryIndex(dir);
  return dir;
}

describe('compareWithGenerated: Contentlayer may not drop a document silently', () => {
  const inventory = shapesInventory();
  const complete = {
    Post: inventory.posts.map((d) => d.file),
    Page: inventory.pages.map((d) => d.file),
    Draft: inventory.drafts.map((d) => d.file),
  };

  test('output holding exactly the export agrees', () => {
    expect(compareWithGenerated(inventory, generatedDir(complete))).toEqual([]);
  });

  test('a post Contentlayer skipped is named', () => {
    const [dropped, ...rest] = complete.Post;
    const problems = compareWithGenerated(inventory, generatedDir({ ...complete, Post: rest }));
    expect(problems).toEqual([`${dropped}: missing from Contentlayer's output`]);
  });

  test('a revision that slipped through is named, with the type it slipped into', () => {
    const problems = compareWithGenerated(
      inventory,
      generatedDir({ ...complete, Draft: [...complete.Draft, '_drafts/410-revision-v1-Some-Title.md'] }),
    );
    expect(problems).toEqual(["_drafts/410-revision-v1-Some-Title.md: in Contentlayer's Draft output, but not a document of the export"]);
  });
});

describe('compareWithGenerated on a draft kept in _posts/', () => {
  test('a `draft: true` post is a Post to Contentlayer (by folder) and a draft to the inventory: they agree', () => {
    const inventory = readInventory(path.join(FIXTURES_DIR, 'archive-site'));
    const flagged = '_posts/2020-05-05-draft-flag-in-posts.md';
    expect(inventory.drafts.map((d) => d.file)).toContain(flagged);
    const byFolder = {
      Post: [...inventory.posts.map((d) => d.file), flagged],
      Page: inventory.pages.map((d) => d.file),
      Draft: inventory.drafts.map((d) => d.file).filter((f) => f !== flagged),
    };
    expect(compareWithGenerated(inventory, generatedDir(byFolder))).toEqual([]);
  });
});

describe('the entry index: metadata for the app, each body read from its own file', () => {
  const files = { Post: ['_posts/2020-01-01-one.md', '_posts/2020-01-02-two.md'], Page: ['about.md', '2020/plans.md'], Draft: [] };

  test('holds every document without its body, and where its own output is', () => {
    const dir = generatedDir(files);
    const index = readEntryIndex(dir);
    expect(index.entries.map((entry) => entry.file)).toEqual([...files.Post, ...files.Page]);
    expect(index.entries.every((entry) => !('html' in entry))).toBe(true);
    expect(readFileSync(path.join(dir, 'entries.json'), 'utf8')).not.toContain('<p>');
    // A file name starting with a digit gets Contentlayer's underscore.
    expect(index.outputs['2020/plans.md']).toBe('Page/_2020__plans.md.json');
  });

  test('renderedBody and withBodies read a body from its own file only', () => {
    const dir = generatedDir(files);
    const [one, , , plans] = readEntryIndex(dir).entries;
    expect(renderedBody(plans!, dir)).toBe('<p>2020/plans.md</p>');
    expect(withBodies([one!], dir)).toEqual([{ ...one, html: '<p>_posts/2020-01-01-one.md</p>' }]);
    expect(() => renderedBody({ ...one!, file: '_posts/unknown.md' }, dir)).toThrow('_posts/unknown.md: not in Contentlayer');
  });

  test('a document whose output file is not where Contentlayer names it stops the build, naming the file', () => {
    const dir = generatedDir(files);
    rmSync(path.join(dir, 'Post', '_posts__2020-01-02-two.md.json'));
    expect(() => writeEntryIndex(dir)).toThrow("_posts/2020-01-02-two.md: Contentlayer's output is not at Post/_posts__2020-01-02-two.md.json");
  });

  test('a missing index says to run the content step', () => {
    expect(() => readEntryIndex(mkdtempSync(path.join(tmpdir(), 'empty-')))).toThrow(/entries\.json is missing: run the content step first/);
  });
});
