import readingTime from 'reading-time';
import { renderMarkdown } from '../markdown/pipeline';
import { formatLongDate } from './dates';
import type { DocumentMeta } from './document';
import { firstWords } from './text';

/** WordPress's automatic excerpt length, in words. */
const EXCERPT_WORDS = 55;
const UNTITLED_HEADING_WORDS = 8;

/** A content document as the app uses it: normalised front matter, the rendered body and what derives from it. */
export interface Entry extends Omit<DocumentMeta, 'title' | 'excerpt'> {
  /** Heading and link text; for untitled posts, the first words of the body (or the date). */
  title: string;
  /** False for WordPress asides without a title. */
  hasTitle: boolean;
  /** The hand-written excerpt, else the first words of the body, as plain text. */
  excerpt: string;
  readingMinutes: number;
  /** Sanitised body HTML. */
  html: string;
}

/** Renders a document's body and completes its metadata. Runs once per document, at content-build time. */
export async function toEntry(meta: DocumentMeta, body: string): Promise<Entry> {
  const { html, text } = await renderMarkdown(body);
  const fallbackTitle = text ? firstWords(text, UNTITLED_HEADING_WORDS) : meta.date ? formatLongDate(meta.date) : meta.url;
  return {
    ...meta,
    title: meta.title ?? fallbackTitle,
    hasTitle: meta.title !== null,
    excerpt: meta.excerpt ?? firstWords(text, EXCERPT_WORDS),
    readingMinutes: Math.max(1, Math.round(readingTime(text).minutes)),
    html,
  };
}
