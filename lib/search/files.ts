/**
 * Where the search index lives on disk and which of its files are served. Kept apart from the index builder,
 * which loads Pagefind's indexer, so the route that serves the files does not.
 */
import path from 'node:path';

/** The index folder, inside the build's generated content (lib/content/generated/store.ts). */
export const searchIndexDir = (generatedDir: string): string => path.join(generatedDir, 'search');

/**
 * The files of a Pagefind 1.x index a browser asks for, by path inside it, with how long they may be cached.
 * Index chunks, fragments and the per-language metadata carry a content hash in their names: they never
 * change, so caches keep them. The entry file (which names the current metadata file), the script, its worker
 * and the WebAssembly module keep their names from build to build, so caches check them each time.
 */
const SERVED: [pattern: RegExp, type: string, immutable: boolean][] = [
  [/^pagefind\.js$/, 'text/javascript; charset=utf-8', false],
  [/^pagefind-worker\.js$/, 'text/javascript; charset=utf-8', false],
  [/^pagefind-entry\.json$/, 'application/json', false],
  [/^wasm\.[a-z-]+\.pagefind$/, 'application/octet-stream', false],
  [/^pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta$/, 'application/octet-stream', true],
  [/^index\/[a-z-]+_[0-9a-f]+\.pf_index$/, 'application/octet-stream', true],
  [/^fragment\/[a-z-]+_[0-9a-f]+\.pf_fragment$/, 'application/octet-stream', true],
];

/** How to serve the index file at `relativePath` (`fragment/en_1a2b3c.pf_fragment`), or null: not served. */
export function servedIndexFile(relativePath: string): { type: string; immutable: boolean } | null {
  const match = SERVED.find(([pattern]) => pattern.test(relativePath));
  return match ? { type: match[1], immutable: match[2] } : null;
}
