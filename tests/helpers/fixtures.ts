/**
 * Shared access to the fixture export folders for the unit tests. Everything goes through the real content
 * layer (readInventory, readSourceFile, toEntry): no hand-built documents, no mocks.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSourceFile, type DocumentMeta } from '../../lib/content/source/document';
import { toEntry, type RenderedEntry } from '../../lib/content/generated/entry';
import { ContentError, ContentErrors } from '../../lib/content/core/errors';
import { readInventory, type Inventory } from '../../lib/content/source/inventory';
import type { SiteConfig } from '../../lib/content/source/site';

/** The repository root (where `package.json` and `scripts/` are). */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES_DIR = path.join(REPO_ROOT, 'tests/fixtures');
/** A valid export with one file per front-matter and layout shape (see /work/shared/wordpress-export.md). */
export const WP_SHAPES_DIR = path.join(FIXTURES_DIR, 'wp-shapes');
/** 28 public posts with tags, categories, two authors, entities in titles, a draft and a scheduled post. */
export const PAGINATED_DIR = path.join(FIXTURES_DIR, 'paginated-site');
/** Marker written only into plugin metadata of wp-shapes: it must never reach normalised output. */
export const LEAK_MARKER = 'LEAKMARKER-shapes-5e1d';

export const badFixtureDir = (name: string): string => path.join(FIXTURES_DIR, 'bad', name);

let shapes: Inventory | undefined;
/** The wp-shapes inventory, read once per test file. */
export function shapesInventory(): Inventory {
  shapes ??= readInventory(WP_SHAPES_DIR);
  return shapes;
}

/** The normalised front matter of one wp-shapes content file (post, page or draft), by its export path. */
export function shapeMeta(file: string): DocumentMeta {
  const { posts, pages, drafts } = shapesInventory();
  const meta = [...posts, ...pages, ...drafts].find((doc) => doc.file === file);
  if (!meta) throw new Error(`${file} is not a content document of wp-shapes`);
  return meta;
}

/** Reads one wp-shapes file the way Contentlayer's computed field does, and completes it to an Entry. */
export async function entryOf(file: string): Promise<RenderedEntry> {
  const { site } = shapesInventory();
  const source = readSourceFile(WP_SHAPES_DIR, file, site);
  if (source.status !== 'content') throw new Error(`${file} was skipped: ${source.reason}`);
  return toEntry(source.meta, source.body, site);
}

let entries: Promise<RenderedEntry[]> | undefined;
/** Every content document of wp-shapes (posts, pages and drafts) as an Entry, in inventory order. */
export function shapesEntries(): Promise<RenderedEntry[]> {
  const { posts, pages, drafts } = shapesInventory();
  entries ??= Promise.all([...posts, ...pages, ...drafts].map((doc) => entryOf(doc.file)));
  return entries;
}

const loadedExports = new Map<string, Promise<{ site: SiteConfig; entries: RenderedEntry[] }>>();
/**
 * Every content document (posts, pages, drafts) of any fixture export as an Entry, and its settings: what
 * Contentlayer's computed field produces for that folder, read once per test file (`reuse: false` reads it anew).
 */
export function exportEntries(dir: string, { reuse = true } = {}): Promise<{ site: SiteConfig; entries: RenderedEntry[] }> {
  let loaded = reuse ? loadedExports.get(dir) : undefined;
  if (!loaded) {
    const { site, posts, pages, drafts } = readInventory(dir);
    loaded = Promise.all(
      [...posts, ...pages, ...drafts].map((doc) => {
        const source = readSourceFile(dir, doc.file, site);
        if (source.status !== 'content') throw new Error(`${doc.file} was skipped: ${source.reason}`);
        return toEntry(source.meta, source.body, site);
      }),
    ).then((entries) => ({ site, entries }));
    loadedExports.set(dir, loaded);
  }
  return loaded;
}

/** What `fn` throws (fails the test when it throws nothing). */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw, and it returned normally');
}

/**
 * The individual content errors inside what readInventory threw: a ContentErrors' list, or a lone ContentError
 * (what a broken `_config.yml` currently throws). Anything else is a test failure.
 */
export function contentErrorsIn(error: unknown): ContentError[] {
  if (error instanceof ContentErrors) return error.errors;
  if (error instanceof ContentError) return [error];
  throw new Error(`expected ContentErrors, got ${String(error)}`);
}
