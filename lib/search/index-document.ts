/**
 * The page Pagefind indexes for one public document. Pagefind indexes HTML; rather than the built pages (with
 * their header, footer, related posts and listings), it is given each document's own text: the title as the
 * page's `<h1>`, which Pagefind ranks above body text, then the sanitised body. What a result shows besides
 * the excerpt (title, date) is in `<meta>` tags, so the date is not in the searchable text.
 */
import { escapeUTF8 } from 'entities';
import { formatLongDate } from '../content/core/dates';
import type { Entry } from '../content/generated/entry';
import { hrefFor } from '../content/core/urls';

/** What each result carries besides its excerpt (Pagefind's `meta`); the search page reads these names. */
export interface SearchResultMeta {
  title: string;
  /** The date as the post shows it, in the site's language (`May 1, 2020`); pages have none. */
  date?: string;
  /** The same date, machine-readable (`<time dateTime>`). */
  datetime?: string;
}

// `escapeUTF8` escapes `& < > " '`: a title is text wherever it goes, in an attribute or an element.
const metaTag = (name: keyof SearchResultMeta, value: string) => `<meta data-pagefind-meta="${name}[content]" content="${escapeUTF8(value)}">`;

/** `{ url, content }` for Pagefind's `addHTMLFile`: the document's link and the HTML to index. */
export function searchDocument(entry: Entry, bodyHtml: string, language: string): { url: string; content: string } {
  const meta = [metaTag('title', entry.title)];
  if (entry.kind === 'post' && entry.date) meta.push(metaTag('date', formatLongDate(entry.date, language)), metaTag('datetime', entry.date));
  const content =
    `<!doctype html><html lang="${escapeUTF8(language)}"><head>${meta.join('')}</head>` +
    `<body><h1>${escapeUTF8(entry.title)}</h1>${bodyHtml}</body></html>`;
  return { url: hrefFor(entry.url), content };
}
