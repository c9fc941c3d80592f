/**
 * Pagefind's browser script, loaded from the index (`/pagefind/pagefind.js`) the first time a query is typed:
 * until then the search page loads nothing of the index. Browser-only.
 */
import type { SearchResultMeta } from './index-document';

/** Where app/pagefind/[...file]/route.ts serves the index. */
const SEARCH_INDEX_URL = '/pagefind/';

/** What the search page shows of one result. */
export interface FoundDocument extends SearchResultMeta {
  url: string;
  /** Text around the matches, with Pagefind's `<mark>`s (see excerpt.ts). */
  excerpt: string;
}

/** A result before its data is loaded: each `data()` fetches that document's fragment. */
export interface PendingResult {
  id: string;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}

/** The part of Pagefind 1.x's browser API the blog uses. */
interface PagefindModule {
  options: (options: { excerptLength?: number }) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: PendingResult[] } | null>;
}

let loading: Promise<PagefindModule> | null = null;

/** Starts loading the script and the index's entry files (once; again after a failure). */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    const url = `${SEARCH_INDEX_URL}pagefind.js`;
    // A file served beside the app, not part of its bundle: the bundler must leave this import to the browser.
    const pagefind = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as PagefindModule;
    await pagefind.options({ excerptLength: 30 });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = null));
  return loading;
}

/** Every match for `query`, best first (Pagefind ranks title words above body words). */
export async function searchIndex(query: string): Promise<PendingResult[]> {
  const pagefind = await loadPagefind();
  return (await pagefind.search(query))?.results ?? [];
}

/** The shown data of some results, fetched together. */
export async function loadResults(results: PendingResult[]): Promise<FoundDocument[]> {
  return Promise.all(
    results.map(async (result) => {
      const { url, excerpt, meta } = await result.data();
      return { url, excerpt, title: meta.title ?? url, date: meta.date, datetime: meta.datetime };
    }),
  );
}
