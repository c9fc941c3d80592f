/**
 * Old WordPress URLs and where they live now, derived from the export at build time (next.config.ts inlines the
 * table into proxy.ts): `/?p=123`, `/?page_id=45`, `/index.php/slug/`, `/?tag=x`, `/?m=202005`, and every
 * non-canonical spelling of a permalink (`/Some-Post`, `/some%20post/`). One hash lookup per request, however
 * large the site: no list of rules to try one by one.
 */
import { isTermArchivePath, listingsOf } from '../core/listings-of';
import { publicationState } from '../core/publication';
import type { DocumentMeta } from '../source/document';
import { archivePath, type Taxonomy } from '../core/terms';
import { canonicalPath, safeDecode, SEARCH_PATH } from '../core/urls';

/** WordPress's query parameters naming a term archive (`/?tag=x`, `/?category_name=x`, `/?author_name=x`). */
export const QUERY_ARCHIVES: readonly (readonly [param: string, taxonomy: Taxonomy])[] = [['tag', 'tag'], ['category_name', 'category'], ['author_name', 'author']];

export interface OldUrlTable {
  /** `p:123` and `page_id:45` (WordPress IDs, from `id` or the guid) -> the document's canonical path. */
  ids: Record<string, string>;
  /** Every canonical path a request may be redirected to: documents and term archives. */
  paths: string[];
}

/** The WordPress ID a document had: its `id`, else the one in its guid (`?p=123`, `?page_id=45`). */
function idOf(doc: DocumentMeta): number | null {
  if (doc.wpId !== null) return doc.wpId;
  const fromGuid = /[?&](?:p|page_id)=(\d+)/.exec(doc.guid ?? '');
  return fromGuid ? Number(fromGuid[1]) : null;
}

/**
 * The table for the documents public at `now` or scheduled after it (a scheduled post's old URLs start
 * redirecting when it goes live: proxy.ts checks its time). Drafts have none: their IDs and URLs stay unknown.
 */
export function oldUrlTable(docs: DocumentMeta[], now: number): OldUrlTable {
  const ids: Record<string, string> = {};
  const paths = new Set<string>();
  for (const doc of docs) {
    if (publicationState(doc, now) === 'draft') continue;
    const id = idOf(doc);
    // WordPress answered `?p=` for posts and pages alike, `?page_id=` for pages.
    if (id !== null) {
      ids[`p:${id}`] ??= doc.url;
      if (doc.kind === 'page') ids[`page_id:${id}`] ??= doc.url;
    }
    paths.add(doc.url);
    if (doc.kind === 'post') for (const listing of listingsOf(doc)) if (isTermArchivePath(listing)) paths.add(listing);
  }
  return { ids, paths: [...paths] };
}

/** The lookups proxy.ts makes, built once from the table. */
export interface OldUrlIndex {
  ids: Map<string, string>;
  paths: Set<string>;
}

export const indexOldUrls = (table: OldUrlTable): OldUrlIndex => ({ ids: new Map(Object.entries(table.ids)), paths: new Set(table.paths) });

/**
 * What an old URL comes to: a redirect to a canonical (decoded) path, with the query string to keep if any, or a
 * 404 for an ID nobody has.
 */
export type OldUrlAnswer = { redirect: string; search?: string } | { notFound: true };

/** Where WordPress's query-string URLs on `/` (or `/index.php`) lead, or null for none of them. */
function queryTarget(params: URLSearchParams, index: OldUrlIndex, previewOn: boolean): OldUrlAnswer | null {
  const one = (name: string) => params.get(name)?.trim() ?? '';
  for (const key of ['p', 'page_id', 'preview_id']) {
    const id = one(key);
    if (!/^\d+$/.test(id)) continue;
    // WordPress's preview link (`?p=123&preview=true`) opens this blog's preview, which asks for the secret.
    if (previewOn && (key === 'preview_id' || one('preview') === 'true')) return { redirect: `/api/draft/?id=${Number(id)}` };
    if (key === 'preview_id') return { notFound: true };
    const path = index.ids.get(`${key}:${Number(id)}`);
    return path ? { redirect: path } : { notFound: true };
  }
  // A term archive by its slug, as WordPress's default links named them.
  for (const [key, taxonomy] of QUERY_ARCHIVES) {
    const slug = one(key);
    if (!slug) continue;
    const path = canonicalPath(archivePath(taxonomy, slug));
    return path !== null && index.paths.has(path) ? { redirect: path } : { notFound: true };
  }
  // `?m=2020`, `?m=202005`, `?m=20200501`: a date archive (which answers 404 itself if it has no posts).
  const m = /^(\d{4})(\d{2})?(\d{2})?$/.exec(one('m'));
  if (m) return { redirect: `/${[m[1], m[2], m[3]].filter(Boolean).join('/')}/` };
  if (params.has('s')) return searchTarget(params.get('s')!);
  return null;
}

/** A WordPress search (`/?s=term`, `/search/term/`): the search page, with the words as its query. */
function searchTarget(words: string): OldUrlAnswer {
  const query = words.trim();
  return { redirect: SEARCH_PATH, search: query ? `?${new URLSearchParams({ q: query })}` : '' };
}

/** WordPress's pretty search URL, `/search/term/` (`+` for spaces), and its later pages, `/search/term/page/2/`. */
const PRETTY_SEARCH = /^\/search\/([^/]+)(?:\/page\/\d+)?\/?$/;

/**
 * What an old URL comes to; null when the request is not an old URL (it is served as it is, and a URL nobody
 * has gets the normal 404).
 * - `/?p=123` (and `/index.php?p=123`): the document with that WordPress ID, or a 404; `?page_id=`, `?tag=`,
 *   `?category_name=`, `?author_name=`, `?m=` likewise. The query is dropped: it named the old URL.
 *   With preview on, `?p=123&preview=true` and `?preview_id=123` go to the preview entry.
 * - `/?s=term` and `/search/term/` (`/index.php/search/term/`): the search page, `/search/?q=term`.
 * - `/index.php/slug/`: `/slug/`.
 * - a spelling of a known path that is not the canonical one (`/Some-Post/`, `/some%20post/`): the canonical
 *   path, with the query kept.
 */
export function oldUrlTarget(pathname: string, search: string, index: OldUrlIndex, { previewOn = false } = {}): OldUrlAnswer | null {
  if (pathname === '/' || pathname === '/index.php' || pathname === '/index.php/') {
    const answer = queryTarget(new URLSearchParams(search), index, previewOn);
    if (answer !== null) return answer;
    return pathname === '/' ? null : { redirect: '/', search };
  }
  const rest = /^\/index\.php(\/.*)$/.exec(pathname)?.[1];
  const searchWords = PRETTY_SEARCH.exec(rest ?? pathname)?.[1];
  if (searchWords !== undefined) return searchTarget(safeDecode(searchWords.replace(/\+/g, ' ')));
  const path = canonicalPath(rest ?? pathname);
  if (path === null || !index.paths.has(path)) return null;
  // Already canonical: nothing to do (`safeDecode`: the request may spell the same path percent-encoded).
  if (rest === undefined && safeDecode(pathname).normalize('NFC') === path) return null;
  return { redirect: path, search };
}
