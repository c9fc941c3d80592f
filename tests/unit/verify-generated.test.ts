import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareWithGenerated } from '../../lib/content/verify-generated';
import { readInventory } from '../../lib/content/inventory';
import { FIXTURES_DIR, shapesInventory } from '../helpers/fixtures';

/** A Contentlayer output folder holding the given source files per type, as `contentlayer2 build` writes it. */
function generatedDir(files: Record<'Post' | 'Page' | 'Draft', string[]>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'generated-'));
  for (const [type, list] of Object.entries(files)) {
    mkdirSync(path.join(dir, type));
    const docs = list.map((sourceFilePath) => ({ _id: sourceFilePath, _raw: { sourceFilePath } }));
    writeFileSync(path.join(dir, type, '_index.json'), JSON.stringify(docs));
  }
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
