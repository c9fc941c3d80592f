/**
 * The store of rendered documents the app reads: this module alone owns its format.
 *
 * Contentlayer writes each document as JSON, and per type an `_index.json` holding every document whole (Markdown
 * and rendered body included: 100 MB and more for 20,000 posts), which, imported, would be inlined into every
 * server chunk. So when Contentlayer has generated (its `onSuccess`, given the documents through its public
 * `importData`), `writeStore` keeps what the app needs, in two files beside Contentlayer's types:
 * - `entries.json`: every document's metadata without its body, and where its body is;
 * - `bodies.html`: the sanitised bodies one after another, each read alone (by byte offset) where a page shows it.
 * The content step then removes Contentlayer's own copy (each type's `_index.json`), which nothing reads.
 */
import { closeSync, openSync, readSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { readGeneratedJson } from '../core/generated-file';
import type { Entry, RenderedEntry } from './entry';
import { DOCUMENT_TYPES } from './stage';

const INDEX_FILE = 'entries.json';
const BODIES_FILE = 'bodies.html';

/** What `entries.json` holds. */
export interface EntryIndex {
  /** Every document's entry, without its body, by type (posts, pages, drafts) and then by file. */
  entries: Entry[];
  /** By export file (`_posts/…md`): its body's byte offset and length in `bodies.html`. */
  bodies: Record<string, [offset: number, length: number]>;
}

/** Where Contentlayer writes, under the project. */
export const CONTENTLAYER_OUTPUT = path.join('.contentlayer', 'generated');

/**
 * Where the app reads the generated content: Contentlayer's folder, or `BLOG_GENERATED_DIR`, where the content
 * step moves it. The tests and benchmarks build several sites side by side and give each build its own folder
 * (next.config inlines the setting, so `next start` reads the folder its build was made from).
 */
// (Chosen at run time: the bundler must not trace the folder.)
export const generatedDir = (): string => path.resolve(/* turbopackIgnore: true */ process.env.BLOG_GENERATED_DIR || CONTENTLAYER_OUTPUT);

/** Writes the store of the given documents into `dir`. Runs in the Contentlayer process. */
export function writeStore(dir: string, documents: RenderedEntry[]): EntryIndex {
  const index: EntryIndex = { entries: [], bodies: {} };
  const fd = openSync(path.join(dir, BODIES_FILE), 'w');
  try {
    let offset = 0;
    for (const { html, ...entry } of documents) {
      const bytes = Buffer.from(html, 'utf8');
      writeSync(fd, bytes);
      index.entries.push(entry);
      index.bodies[entry.file] = [offset, bytes.length];
      offset += bytes.length;
    }
  } finally {
    closeSync(fd);
  }
  writeFileSync(path.join(dir, INDEX_FILE), JSON.stringify(index));
  return index;
}

/** Removes Contentlayer's own copy of the documents (each type's folder), once the store is written. */
export function removeContentlayerDocuments(dir: string): void {
  for (const type of Object.values(DOCUMENT_TYPES)) rmSync(path.join(dir, type), { recursive: true, force: true });
}

/** The entry index, read once per process (again under `next dev` when the content step rewrites it). */
export const readEntryIndex = (dir = generatedDir()): EntryIndex => readGeneratedJson<EntryIndex>(path.join(dir, INDEX_FILE));

/** A document's sanitised body HTML, read alone from the store. */
export function renderedBody(entry: Entry, dir = generatedDir()): string {
  const at = readEntryIndex(dir).bodies[entry.file];
  if (!at) throw new Error(`${entry.file}: not in the generated content`);
  const [offset, length] = at;
  const bytes = Buffer.alloc(length);
  const fd = openSync(path.join(/* turbopackIgnore: true */ dir, BODIES_FILE), 'r');
  try {
    readSync(fd, bytes, 0, length, offset);
  } finally {
    closeSync(fd);
  }
  return bytes.toString('utf8');
}

/** Entries with their bodies, for the few places that show many bodies at once (feeds). */
export const withBodies = (entries: Entry[], dir = generatedDir()): RenderedEntry[] =>
  entries.map((entry) => ({ ...entry, html: renderedBody(entry, dir) }));
