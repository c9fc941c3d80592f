/**
 * Contentlayer's input. The content step reads the export once (source/) and writes here, per document, its
 * normalised front matter and its Markdown as one JSON file, in a folder per document type (`Post/`, `Page/`,
 * `Draft/`, by the inventory's kinds: a `draft: true` post in `_posts/` is a Draft). Contentlayer loads these as
 * typed data documents (contentlayer.config.ts): it never parses the export's front matter again, and holds no
 * file the export does not have as a document (revisions, auto-drafts and stray files never get here).
 *
 * Beside the documents, `settings.json` holds what rendering needs of the site and how many documents there are.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OffsetDateString } from '../core/dates';
import type { Term } from '../core/terms';
import type { DocumentKind, DocumentMeta, FeaturedImage } from '../source/document';
import type { SiteConfig } from '../source/site';

/** Contentlayer's document type for each kind of document. */
export const DOCUMENT_TYPES = { post: 'Post', page: 'Page', draft: 'Draft' } as const satisfies Record<DocumentKind, string>;

/** Where the content step stages the export for Contentlayer (`BLOG_STAGE_DIR` in the Contentlayer process). */
export const stageDir = (): string => path.resolve(/* turbopackIgnore: true */ process.env.BLOG_STAGE_DIR || path.join('.contentlayer', 'export'));

const SETTINGS_FILE = 'settings.json';

export interface StageSettings {
  site: SiteConfig;
  /** How many documents are staged: the total the rendering progress counts towards. */
  documents: number;
  /**
   * The staged documents this run wrote (new or changed), by path in the stage: what Contentlayer will render
   * (it keeps the others from its cache, when it has one), and so what is rendered ahead. Sorted: Contentlayer
   * reads them in that order, and waits on each in turn.
   */
  changed: string[];
}

/**
 * One staged document: `DocumentMeta` with its nulls left out (Contentlayer reads a missing optional field as
 * undefined, and rejects a null), the author's title and excerpt under names of their own (the final ones are
 * computed, with fallbacks), and the body as written.
 */
export interface StagedDocument {
  kind: DocumentKind;
  file: string;
  wpId?: number;
  givenTitle?: string;
  date?: OffsetDateString;
  url: string;
  author?: string;
  givenExcerpt?: string;
  guid?: string;
  categories: Term[];
  tags: Term[];
  image?: { src: string; alt?: string };
  format?: string;
  math: boolean;
  menuOrder: number;
  markdown: string;
}

function staged(meta: DocumentMeta, markdown: string): StagedDocument {
  const image = meta.image && (meta.image.alt === null ? { src: meta.image.src } : { src: meta.image.src, alt: meta.image.alt });
  const doc: Record<string, unknown> = {
    kind: meta.kind,
    file: meta.file,
    wpId: meta.wpId,
    givenTitle: meta.title,
    date: meta.date,
    url: meta.url,
    author: meta.author,
    givenExcerpt: meta.excerpt,
    guid: meta.guid,
    categories: meta.categories,
    tags: meta.tags,
    image,
    format: meta.format,
    math: meta.math,
    menuOrder: meta.menuOrder,
    markdown,
  };
  for (const key of Object.keys(doc)) if (doc[key] === null) delete doc[key];
  return doc as unknown as StagedDocument;
}

/** The document's metadata back from its staged form (or from Contentlayer's document, which holds the same fields). */
export function metaOf(doc: StagedDocument): DocumentMeta {
  const image: FeaturedImage | null = doc.image ? { src: doc.image.src, alt: doc.image.alt ?? null } : null;
  // Contentlayer's documents carry fields of their own (`_id`, `_raw`, `type`): only the blog's are copied. (Its
  // computed fields see lists as its own iterable arrays, not as JavaScript arrays.)
  const terms = (list: Iterable<Term>) => Array.from(list, ({ name, slug }) => ({ name, slug }));
  return {
    kind: doc.kind,
    file: doc.file,
    wpId: doc.wpId ?? null,
    title: doc.givenTitle ?? null,
    date: doc.date ?? null,
    url: doc.url,
    author: doc.author ?? null,
    excerpt: doc.givenExcerpt ?? null,
    guid: doc.guid ?? null,
    categories: terms(doc.categories),
    tags: terms(doc.tags),
    image,
    format: doc.format ?? null,
    math: doc.math,
    menuOrder: doc.menuOrder,
  };
}

/**
 * Writes the staged export. A file whose content is unchanged is not rewritten (its modification time stays, for
 * Contentlayer's cache and for `npm run dev`), and a file no longer in the export is removed.
 */
export class Stage {
  private readonly written = new Set<string>();
  /** What this run wrote anew, by path in the stage (sorted once finished). */
  readonly changed: string[] = [];
  /** What an earlier run staged, and the folders made: a new file is written without trying to read it first. */
  private readonly existing: Set<string>;
  private readonly folders = new Set<string>();

  constructor(readonly dir: string = stageDir()) {
    this.existing = new Set(listFiles(dir));
  }

  add(meta: DocumentMeta, markdown: string): void {
    const file = path.join(DOCUMENT_TYPES[meta.kind], `${meta.file}.json`);
    this.writeIfChanged(file, JSON.stringify(staged(meta, markdown)));
  }

  /**
   * Writes the settings and removes whatever an earlier run staged that this one did not. Contentlayer keeps a
   * document's rendering while its file stays unchanged: when the settings rendering reads changed (the site's
   * address, inferred anew; `indented_code`, `math`, `lang`), every document is touched, and so rendered again.
   */
  finish(site: SiteConfig): void {
    if (this.existing.has(SETTINGS_FILE) && renderingOf(readStageSettings(this.dir).site) !== renderingOf(site)) {
      const now = new Date();
      const changed = new Set(this.changed);
      for (const file of this.written) {
        if (changed.has(file)) continue;
        utimesSync(path.join(this.dir, file), now, now);
        this.changed.push(file);
      }
    }
    const documents = this.written.size;
    this.writeIfChanged(SETTINGS_FILE, JSON.stringify({ site, documents, changed: this.changed.sort() } satisfies StageSettings));
    for (const file of this.existing) if (!this.written.has(file)) rmSync(path.join(this.dir, file));
  }

  private writeIfChanged(file: string, text: string): void {
    this.written.add(file);
    const full = path.join(this.dir, file);
    if (this.existing.has(file)) {
      if (readFileSync(full, 'utf8') === text) return;
    } else if (!this.folders.has(path.dirname(full))) {
      mkdirSync(path.dirname(full), { recursive: true });
      this.folders.add(path.dirname(full));
    }
    writeFileSync(full, text);
    if (file !== SETTINGS_FILE) this.changed.push(file);
  }
}

/** What rendering a body reads of the site's settings (generated/entry.ts). */
const renderingOf = ({ exportUrl, indentedCode, math, language }: SiteConfig) => JSON.stringify([exportUrl, indentedCode, math, language]);

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
  } catch {
    return [];
  }
}

/** The staged settings, for the Contentlayer config. */
export function readStageSettings(dir: string = stageDir()): StageSettings {
  try {
    return JSON.parse(readFileSync(path.join(dir, SETTINGS_FILE), 'utf8')) as StageSettings;
  } catch {
    throw new Error(`${path.relative(process.cwd(), dir)}/${SETTINGS_FILE} is missing: Contentlayer runs from the content step (npm run build:content)`);
  }
}
