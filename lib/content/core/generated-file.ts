import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const loaded = new Map<string, { mtime: number; value: unknown }>();

/**
 * A JSON file the content step wrote (the store's index, the manifest), parsed once per process. Under `next dev`
 * it is read again whenever the content step has written it anew, so an edit shows on reload. A missing file
 * says to run the content step.
 */
export function readGeneratedJson<T>(file: string): T {
  const cached = loaded.get(file);
  if (cached && process.env.NODE_ENV !== 'development') return cached.value as T;
  let mtime: number;
  try {
    mtime = statSync(/* turbopackIgnore: true */ file).mtimeMs;
  } catch {
    throw new Error(`${path.relative(process.cwd(), file)} is missing: run the content step first (npm run build:content)`);
  }
  if (cached?.mtime === mtime) return cached.value as T;
  const value = JSON.parse(readFileSync(/* turbopackIgnore: true */ file, 'utf8')) as T;
  loaded.set(file, { mtime, value });
  return value;
}

/** Forgets every file read: the content step, run again under `npm run dev`, has just rewritten them. */
export const forgetGeneratedJson = (): void => loaded.clear();
