import { renderMarkdown } from '../../markdown/pipeline';
import { formatLongDate } from '../core/dates';
import { readingMinutes } from '../core/reading-time';
import type { DocumentMeta } from '../source/document';
import type { SiteConfig } from '../source/site';
import { metaOf, type StagedDocument } from './stage';
import { firstWords } from '../core/text';

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
  /** Shortcodes the body lost (`gallery`, `contact-form-7`…), reported by the build. */
  removedShortcodes: string[];
  /** Root-relative links of the body, checked by the build against the site's URLs and media. */
  internalLinks: string[];
  /** Lengths of the body's lines shown as plain text for being too long to parse (lib/markdown/long-lines.ts). */
  longLines: number[];
  /** Images of the body fetched over plain http: the site's CSP allows `http:` images only when some exist. */
  insecureImages: string[];
  /** Formulas of the body shown as their source text, not typeset (lib/markdown/math.ts). */
  mathErrors: string[];
}

/**
 * An entry with its sanitised body HTML: what Contentlayer stores per document. The app's listings, feeds and
 * lookups hold entries without it (see store.ts); a page reads its one body when it renders.
 */
export interface RenderedEntry extends Entry {
  html: string;
}

/** Renders a document's body and completes its metadata. Runs once per document, at content-build time. */
export async function toEntry(meta: DocumentMeta, body: string, site: SiteConfig): Promise<RenderedEntry> {
  const { html, text, excerptText, removedShortcodes, internalLinks, longLines, insecureImages, mathErrors } = await renderMarkdown(body, {
    // Links to the old site's address are the site's own (made root-relative), wherever the site now lives.
    siteUrl: site.exportUrl,
    indentedCode: site.indentedCode,
    math: site.math || meta.math,
  });
  const fallbackTitle = text ? firstWords(text, UNTITLED_HEADING_WORDS) : meta.date ? formatLongDate(meta.date, site.language) : meta.url;
  return {
    ...meta,
    title: meta.title ?? fallbackTitle,
    hasTitle: meta.title !== null,
    // Hand-written excerpt, else the text before <!--more-->, else WordPress's automatic 55 words.
    excerpt: meta.excerpt ?? (excerptText || firstWords(text, EXCERPT_WORDS)),
    readingMinutes: readingMinutes(text),
    html,
    removedShortcodes,
    internalLinks,
    longLines,
    insecureImages,
    mathErrors,
  };
}

/** What rendering found in a body, which the build reports (generated/verify.ts). */
export type RenderFindings = Pick<Entry, 'removedShortcodes' | 'internalLinks' | 'longLines' | 'insecureImages' | 'mathErrors'>;

/** A document as Contentlayer generates it: the staged fields, and those computed by rendering (contentlayer.config.ts). */
export interface GeneratedDocument extends StagedDocument {
  title: string;
  hasTitle: boolean;
  excerpt: string;
  readingMinutes: number;
  html: string;
  findings: RenderFindings;
}

/** The entry of a generated document, its body included. */
export function entryOfDocument(doc: GeneratedDocument): RenderedEntry {
  const { removedShortcodes, internalLinks, longLines, insecureImages, mathErrors } = doc.findings;
  return {
    ...metaOf(doc),
    title: doc.title,
    hasTitle: doc.hasTitle,
    excerpt: doc.excerpt,
    readingMinutes: doc.readingMinutes,
    html: doc.html,
    removedShortcodes,
    internalLinks,
    longLines,
    insecureImages,
    mathErrors,
  };
}
