import { LONG_LINE } from '../../markdown/long-lines';
import { listingsOf } from '../core/listings-of';
import { canonicalPath, INDEX_PATHS } from '../core/urls';
import type { Inventory } from '../source/inventory';
import type { Entry } from './entry';
import { readEntryIndex } from './store';

/** Whether a media path (`/wp-content/…`, decoded) is a file of the export the media routes serve (lib/media). */
export type MediaCheck = (decodedPath: string) => boolean;

/**
 * Contentlayer skips a document it cannot read with no more than a warning. This compares the store it left with
 * the inventory of the export: every document present once, of the kind the inventory gave it, nothing else.
 * Returns one line per difference, naming the file; empty when they agree.
 */
export function compareWithGenerated(inventory: Inventory, generatedDir: string): string[] {
  const problems: string[] = [];
  const generated = new Map(readEntryIndex(generatedDir).entries.map((entry) => [entry.file, entry.kind]));
  for (const doc of [...inventory.posts, ...inventory.pages, ...inventory.drafts]) {
    const kind = generated.get(doc.file);
    if (kind === undefined) problems.push(`${doc.file}: missing from Contentlayer's output`);
    else if (kind !== doc.kind) problems.push(`${doc.file}: a ${kind} in Contentlayer's output, a ${doc.kind} in the export`);
    generated.delete(doc.file);
  }
  for (const [extra, kind] of generated) problems.push(`${extra}: a ${kind} in Contentlayer's output, but not a document of the export`);
  return problems;
}

/** Every URL the site serves a page at (first pages of listings included), for checking the links inside posts. */
export function siteUrls(inventory: Inventory, entries: Entry[]): Set<string> {
  const urls = new Set(['/', ...INDEX_PATHS, ...inventory.posts.map((d) => d.url), ...inventory.pages.map((d) => d.url)]);
  for (const entry of entries.filter((e) => e.kind === 'post')) for (const listing of listingsOf(entry)) urls.add(listing);
  return urls;
}

/** Whether a root-relative link leads somewhere: a page of the site, a listing page, or a media file. */
export function linkResolves(link: string, urls: Set<string>, isServedMedia: MediaCheck): boolean {
  let decoded: string;
  try {
    decoded = decodeURI(link);
  } catch {
    return false;
  }
  // Media: the file exists and is of a type the media routes serve (never .html, .js, .php…).
  if (/^\/(wp-content|assets)\//.test(decoded)) return isServedMedia(decoded);
  const pathOnly = decoded.replace(/[?#][\s\S]*$/, ''); // (not `.*$`: tried again from every `?` before a line break)
  if (pathOnly === '/feed.json') return true;
  // A feed: the site's (`/feed/`, `/feed/atom/`) or an archive's (`/tag/x/feed/`).
  const feedOf = /^(.*\/)feed\/(atom\/)?$/.exec(pathOnly);
  if (feedOf) return feedOf[1] === '/' || urls.has(feedOf[1]!);
  const canonical = canonicalPath(pathOnly);
  if (canonical === null) return pathOnly === '/';
  // A later page of a listing (`/page/2/`, `/tag/x/page/2/`, `/2020/page/2/`) whose first page exists.
  const listingPage = /^(.*\/)page\/\d+\/$/.exec(canonical);
  return urls.has(listingPage ? listingPage[1]! : canonical);
}

/**
 * What rendering found in the published bodies, one line per document: shortcodes it removed, internal links
 * that lead nowhere in the new site, images over plain http, formulas shown as text rather than typeset
 * (lib/markdown/math.ts), and lines too long to parse, shown as plain text (lib/markdown/long-lines.ts).
 */
export function bodyReport(inventory: Inventory, generatedDir: string, isServedMedia: MediaCheck): string[] {
  const entries = readEntryIndex(generatedDir).entries.filter((entry) => entry.kind !== 'draft');
  const urls = siteUrls(inventory, entries);
  const lines: string[] = [];
  for (const entry of entries) {
    if (entry.removedShortcodes.length > 0) {
      lines.push(`${entry.file}: removed shortcodes ${entry.removedShortcodes.map((n) => `[${n}]`).join(', ')}`);
    }
    const missing = entry.internalLinks.filter((link) => !linkResolves(link, urls, isServedMedia));
    if (missing.length > 0) lines.push(`${entry.file}: links to missing ${missing.join(', ')}`);
    const insecure = entry.insecureImages;
    if (insecure.length > 0) {
      const shown = insecure.slice(0, 3).join(', ') + (insecure.length > 3 ? ` and ${insecure.length - 3} more` : '');
      lines.push(`${entry.file}: images over plain http, ${shown} (the site's CSP allows http: images because of them)`);
    }
    if (entry.mathErrors.length > 0) {
      const shown = entry.mathErrors.slice(0, 3).join(', ') + (entry.mathErrors.length > 3 ? ` and ${entry.mathErrors.length - 3} more` : '');
      lines.push(`${entry.file}: math shown as written, not typeset (not TeX, or KaTeX could not render it): ${shown}`);
    }
    for (const length of entry.longLines) {
      lines.push(`${entry.file}: a line of ${Math.ceil(length / 1024)} KB shown as plain text (over ${LONG_LINE / 1024} KB, not parsed as Markdown)`);
    }
  }
  return lines;
}
