import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { metaOf, readStageSettings, Stage, type StagedDocument } from '../../lib/content/generated/stage';
import { buildManifest, readManifest, writeManifest } from '../../lib/content/routing/manifest';
import { proxyTables } from '../../lib/content/routing/proxy-tables';
import type { DocumentMeta } from '../../lib/content/source/document';
import { readInventory } from '../../lib/content/source/inventory';
import { WP_SHAPES_DIR } from '../helpers/fixtures';

const tmp = (name: string) => mkdtempSync(path.join(tmpdir(), `${name}-`));

/** The export read once, staged: the inventory, and each document's meta and body as they were staged. */
function staged() {
  const dir = tmp('stage');
  const stage = new Stage(dir);
  const read: { meta: DocumentMeta; body: string }[] = [];
  const inventory = readInventory(WP_SHAPES_DIR, {
    onDocument: (meta, body) => {
      read.push({ meta, body });
      stage.add(meta, body);
    },
  });
  stage.finish(inventory.site);
  return { dir, stage, inventory, read };
}

describe('the stage: the export as Contentlayer reads it', () => {
  test('every document of the inventory is staged once, under its kind, and comes back as the same metadata', () => {
    const { dir, inventory, read } = staged();
    const documents = [...inventory.posts, ...inventory.pages, ...inventory.drafts];
    expect(documents.length).toBeGreaterThan(40);
    expect(read.map((r) => r.meta)).toEqual(expect.arrayContaining(documents));
    expect(read).toHaveLength(documents.length);
    const settings = readStageSettings(dir);
    expect(settings.documents).toBe(documents.length);
    expect(settings.site).toEqual(inventory.site);
    expect(settings.changed).toHaveLength(documents.length);
    for (const { meta, body } of read) {
      const type = { post: 'Post', page: 'Page', draft: 'Draft' }[meta.kind];
      const file = path.join(dir, type, `${meta.file}.json`);
      const doc = JSON.parse(readFileSync(file, 'utf8')) as StagedDocument;
      expect(metaOf(doc)).toEqual(meta);
      expect(doc.markdown).toBe(body);
      // Contentlayer rejects a null: absent values are left out.
      expect(Object.values(doc)).not.toContain(null);
    }
  });

  test('a second run rewrites nothing unchanged, and removes what the export no longer has', () => {
    const { dir, inventory, read } = staged();
    const [first, second] = read;
    const firstFile = path.join(dir, first!.meta.kind === 'post' ? 'Post' : first!.meta.kind === 'page' ? 'Page' : 'Draft', `${first!.meta.file}.json`);
    const before = statSync(firstFile).mtimeMs;
    writeFileSync(path.join(dir, 'Post', 'stale.md.json'), '{}');
    const again = new Stage(dir);
    again.add(first!.meta, first!.body);
    again.add(second!.meta, `${second!.body}\nEdited.`);
    again.finish(inventory.site);
    expect(statSync(firstFile).mtimeMs).toBe(before);
    const settings = readStageSettings(dir);
    expect(settings.documents).toBe(2);
    expect(settings.changed).toEqual([expect.stringContaining(second!.meta.file)]);
    expect(() => statSync(path.join(dir, 'Post', 'stale.md.json'))).toThrow();
  });
});

describe('the manifest: what next.config.ts and proxy.ts read', () => {
  test('is written once and read back whole; the proxy tables come from it', () => {
    const { inventory } = staged();
    const builtAt = Date.parse('2024-01-01T00:00:00Z');
    const manifest = buildManifest(inventory, { builtAt, httpImages: false });
    const dir = tmp('manifest');
    writeManifest(manifest, dir);
    expect(readManifest(dir)).toEqual(manifest);
    expect(manifest.builtAt).toBe(builtAt);
    expect(manifest.counts.posts).toBe(inventory.posts.length);
    expect(manifest.skipped).toEqual(inventory.skipped);
    expect(manifest.listings.counts['/']).toBeGreaterThan(0);
    const tables = proxyTables(readManifest(dir));
    expect(tables.known.listings.get('/')).toBe(manifest.listings.counts['/']);
    expect(tables.oldUrls.paths.size).toBe(manifest.routes.paths.length);
    expect(manifest.routes.paths.length).toBeGreaterThan(0);
  });

  test('a missing manifest says to run the content step', () => {
    expect(() => readManifest(tmp('empty'))).toThrow(/manifest\.json is missing: run the content step first/);
  });
});
