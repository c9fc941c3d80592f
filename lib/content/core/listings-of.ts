import { dateArchivePathsOf } from './date-archives';
import type { OffsetDateString } from './dates';
import { archivePath, archivesOf, type Term } from './terms';

/**
 * The listings a post is on, by their page-1 path, each once: the home page (`/`), its tag, category and author
 * archives (two spellings of one term, `AI` and `ai`, are one archive), and its year, month and day archives.
 * Every table that counts or opens listings derives them here.
 */
export function listingsOf(post: { tags: Term[]; categories: Term[]; author: string | null; date: OffsetDateString | null }): string[] {
  const paths = new Set(['/', ...archivesOf(post).map(({ taxonomy, term }) => archivePath(taxonomy, term.slug))]);
  if (post.date) for (const path of dateArchivePathsOf(post.date)) paths.add(path);
  return [...paths];
}

/** Whether a listing path is a term archive's (`/tag/x/`, `/category/x/`, `/author/x/`). */
export const isTermArchivePath = (path: string): boolean => /^\/(?:tag|category|author)\/[^/]+\/$/.test(path);
