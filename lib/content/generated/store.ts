/**
 * Contentlayer's output as the app reads it. Contentlayer writes one JSON file per document and, per type, an
 * `_index.json` holding every document whole: raw Markdown and rendered body included, 100 MB and more for a
 * site of 20,000 posts. Imported through `contentlayer/generated`, that archive was inlined into every server
 * chunk and parsed by every build worker, while listings, feeds, sitemaps and lookups need only metadata.
 *
 * So, right after each generation (Contentlayer's `onSuccess`, in `build` and in `dev`), `writeEntryIndex`
 * writes `entries.json`: every document's metadata, its body left out, and where its own output file is. The
 * app loads that once per process, and a page reads its one body (`renderedBody`) when it renders.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Entry, RenderedEntry } from './entry';

export const GENERATED_TYPES = ['Post', 'Page', 'Draft'] as const;
export type GeneratedType = (typeof GENERATED_TYPES)[number];

const INDEX_FILE = 'entries.json';

/** What `entries.json` holds. */
export interface EntryIndex {
  /** Every document's entry, without its body, in Contentlayer's order (by type, then by file). */
  entries: Entry[];
  /** By export file (`_posts/…md`): the document's own output file, relative to the generated folder. */
  outputs: Record<string, string>;
}

interface GeneratedDoc {
  _id: string;
  entry: RenderedEntry;
}

/** Where Contentlayer writes a document (generate-dotpkg.js in @contentlayer2/core 0.5.8: `idToFileName`). */
const idToFileName = (id: string) => (/^[0-9]/.test(id) ? `_${id}` : id).replace(/\//g, '__');
const outputFileOf = (type: GeneratedType, id: string) => `${type}/${idToFileName(id)}.json`;

/** Where Contentlayer writes, under the project. */
export const CONTENTLAYER_OUTPUT = path.join('.contentlayer', 'generated');

/**
 * Where the app reads the generated content: Contentlayer's folder, or `BLOG_GENERATED_DIR`, where the content
 * step moves it. The tests and benchmarks build several sites side by side and give each build its own folder
 * (next.config inlines the setting, so `next start` reads the folder its build was made from).
 */
// (Chosen at run time: the bundler must not trace the folder, which holds a file or two per document.)
export const generatedDir = (): string => path.resolve(/* turbopackIgnore: true */ process.env.BLOG_GENERATED_DIR || CONTENTLAYER_OUTPUT);

/** Reads each type's `_index.json` and writes `entries.json` beside them. Runs in the Contentlayer process. */
export function writeEntryIndex(dir: string): EntryIndex {
  const index: EntryIndex = { entries: [], outputs: {} };
  for (const type of GENERATED_TYPES) {
    const docs = JSON.parse(readFileSync(path.join(dir, type, '_index.json'), 'utf8')) as GeneratedDoc[];
    for (const doc of docs) {
      const { html: _body, ...entry } = doc.entry;
      const output = outputFileOf(type, doc._id);
      // Contentlayer's file naming is internal to it: a change in an upgrade must stop the build, not blank pages.
      if (!existsSync(path.join(dir, output))) throw new Error(`${entry.file}: Contentlayer's output is not at ${output}`);
      index.entries.push(entry);
      index.outputs[entry.file] = output;
    }
  }
  writeFileSync(path.join(dir, INDEX_FILE), JSON.stringify(index));
  return index;
}

let loaded: { file: string; mtime: number; index: EntryIndex } | undefined;

/**
 * The entry index, read once per process. Under `next dev` it is read again whenever Contentlayer has written
 * it anew, so an edited post shows on reload.
 */
export function readEntryIndex(dir = generatedDir()): EntryIndex {
  const file = path.join(dir, INDEX_FILE);
  if (loaded?.file === file && process.env.NODE_ENV !== 'development') return loaded.index;
  let mtime: number;
  try {
    mtime = statSync(/* turbopackIgnore: true */ file).mtimeMs;
  } catch {
    throw new Error(`${path.relative(process.cwd(), file)} is missing: run the content step first (npm run build:content)`);
  }
  if (loaded?.file !== file || loaded.mtime !== mtime) loaded = { file, mtime, index: JSON.parse(readFileSync(/* turbopackIgnore: true */ file, 'utf8')) as EntryIndex };
  return loaded.index;
}

/** The Contentlayer type a document was generated as (its output folder). */
export const generatedTypeOf = (index: EntryIndex, file: string): GeneratedType | undefined =>
  index.outputs[file]?.split('/')[0] as GeneratedType | undefined;

/** A document's sanitised body HTML, from its own output file. */
export function renderedBody(entry: Entry, dir = generatedDir()): string {
  const output = readEntryIndex(dir).outputs[entry.file];
  if (!output) throw new Error(`${entry.file}: not in Contentlayer's output`);
  // The folder is chosen at run time: nothing here for Next.js's output tracing to follow.
  const file = path.join(/* turbopackIgnore: true */ dir, output);
  return (JSON.parse(readFileSync(/* turbopackIgnore: true */ file, 'utf8')) as GeneratedDoc).entry.html;
}

/** Entries with their bodies, for the few places that show many bodies at once (feeds). */
export const withBodies = (entries: Entry[], dir = generatedDir()): RenderedEntry[] =>
  entries.map((entry) => ({ ...entry, html: renderedBody(entry, dir) }));
