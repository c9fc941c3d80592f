/**
 * The search index: Pagefind's chunked index of the public posts and pages, written with the generated content
 * at build time (scripts/build-content.ts) and served from `/pagefind/` (app/pagefind/[...file]/route.ts).
 *
 * Pagefind splits the index by word into small files and stores each page's text in its own fragment, so a
 * query loads the few chunks that hold its words and the fragments of the results it shows, however large the
 * site (bench/search.mjs measures it).
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Entry } from '../content/generated/entry';
import { searchDocument } from './index-document';
import { searchIndexDir } from './files';

/** Documents sent to Pagefind at once: enough to keep its indexer busy, few enough to bound memory. */
const BATCH = 64;

export interface SearchIndexReport {
  documents: number;
  files: number;
  bytes: number;
  seconds: number;
}

function diskUsage(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/**
 * Indexes `documents` (the public ones: the caller takes them through the visibility gate) into the search
 * folder of `generatedDir`, replacing what was there. `bodyOf` reads a document's sanitised body; `onIndexed` is
 * told of each document added (the build's progress line).
 */
export async function buildSearchIndex(
  documents: Entry[],
  {
    generatedDir,
    language,
    bodyOf,
    onIndexed,
  }: { generatedDir: string; language: string; bodyOf: (entry: Entry) => string; onIndexed?: () => void },
): Promise<SearchIndexReport> {
  const started = performance.now();
  const outputPath = searchIndexDir(generatedDir);
  rmSync(outputPath, { recursive: true, force: true });
  // One language for the whole site, as WordPress has: Pagefind stems words by it (ISO 639-1: `en` of `en-US`).
  const pagefindLanguage = language.split('-')[0]!.toLowerCase();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: pagefindLanguage });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (let i = 0; i < documents.length; i += BATCH) {
      const batch = documents.slice(i, i + BATCH);
      const added = await Promise.all(batch.map((entry) => index.addHTMLFile(searchDocument(entry, bodyOf(entry), language))));
      added.forEach((result, j) => {
        if (result.errors.length > 0) throw new Error(`${batch[j]!.file}: the search index refused it: ${result.errors.join('; ')}`);
        onIndexed?.();
      });
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Writing the search index failed: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  // Pagefind also writes its ready-made interfaces; the blog has its own search page and serves none of them.
  for (const name of readdirSync(outputPath)) if (/^pagefind-(?:component-|modular-)?(?:ui|highlight)\./.test(name)) rmSync(path.join(outputPath, name));
  return { documents: documents.length, ...diskUsage(outputPath), seconds: (performance.now() - started) / 1000 };
}
