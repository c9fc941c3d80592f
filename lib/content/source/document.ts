import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dateFromFileName, parseOffsetDate, type OffsetDateString } from '../core/dates';
import { ContentError } from '../core/errors';
import { maskCode } from '../../markdown/code-mask';
import { isAutoDraftFileName, isRevisionFileName, pathKind } from './export-layout';
import { splitFrontMatter, type FrontMatter } from './front-matter';
import type { SiteConfig } from './site';
import { readTerms, type Term } from '../core/terms';
import { plainText } from '../core/text';
import { canonicalPath, ownSitePath } from '../core/urls';

export type DocumentKind = 'post' | 'page' | 'draft';

export interface FeaturedImage {
  src: string;
  /** Alt text the export gave; null means "use the title". */
  alt: string | null;
}

/**
 * What the blog knows about one content file once its front matter is normalised. Only the keys listed here
 * are read: plugin metadata (some of it personal data) never gets past this point.
 */
export interface DocumentMeta {
  kind: DocumentKind;
  /** Path inside the export folder: what every error message and the build summary name. */
  file: string;
  wpId: number | null;
  /** Decoded title; null for untitled posts (WordPress asides), which get a fallback heading later. */
  title: string | null;
  /** As written, with its own UTC offset; always set for posts. */
  date: OffsetDateString | null;
  /** Canonical path, `/slug/`. */
  url: string;
  author: string | null;
  /** Hand-written excerpt, plain text; null when the export has none. */
  excerpt: string | null;
  guid: string | null;
  categories: Term[];
  tags: Term[];
  image: FeaturedImage | null;
  format: string | null;
  /** `mathjax: true` (or `math: true`): the body's TeX is typeset. */
  math: boolean;
  /** WordPress's `menu_order` (0 when unset): where a page goes in the default page menu, before its title. */
  menuOrder: number;
}

export type SourceFile =
  | { status: 'content'; meta: DocumentMeta; body: string; locked: string | null }
  | { status: 'skipped'; file: string; reason: string };

/**
 * A content file read and checked, all but what depends on the site's address: its URL and featured image
 * (absolute links to the old site become root-relative). `placeDocument` completes it.
 */
export interface ReadDocument {
  status: 'read';
  meta: Omit<DocumentMeta, 'url' | 'image'>;
  data: FrontMatter;
  body: string;
  /** Why a document that would be public is not: a WordPress password (see `lockedBy`). */
  locked: string | null;
}

/** Plugin keys are wrapped in a one-item list (`fifu_image_url: [ 'https://…' ]`); the blog's own are not. */
function unwrap(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 ? value[0] : value;
}

function optionalString(data: FrontMatter, key: string, file: string): string | null {
  const value = unwrap(data[key]);
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new ContentError(file, key, `must be text, got ${Array.isArray(value) ? 'a list' : 'a mapping'}`);
}

function readDate(data: FrontMatter, file: string): OffsetDateString | null {
  const raw = optionalString(data, 'date', file);
  if (raw === null) return dateFromFileName(path.basename(file));
  const date = parseOffsetDate(raw);
  if (!date) throw new ContentError(file, 'date', `"${raw}" is not a date like 2020-09-08T16:17:01+00:00`);
  return date;
}

function readImage(data: FrontMatter, file: string, siteUrl: string): FeaturedImage | null {
  let src = optionalString(data, 'image', file) ?? optionalString(data, 'fifu_image_url', file);
  if (!src) return null;
  // Links to the old site's own uploads become root-relative, served from the export's wp-content/.
  src = ownSitePath(src, siteUrl) ?? src;
  if (!/^(https?:)?\/\//i.test(src) && !src.startsWith('/')) src = `/${src}`;
  const alt = optionalString(data, 'fifu_image_alt', file);
  return { src, alt: alt && !/^auto draft$/i.test(alt) ? plainText(alt) : null };
}

function readWpId(data: FrontMatter, file: string): number | null {
  const raw = unwrap(data.id);
  if (raw === undefined || raw === null || raw === '') return null;
  const id = typeof raw === 'number' ? raw : Number(String(raw).trim());
  if (!Number.isInteger(id) || id < 0) throw new ContentError(file, 'id', `"${String(raw)}" is not a WordPress post ID`);
  return id;
}

/** `menu_order: 3` (or `'3'`, or a plugin-style one-item list): a whole number, 0 when unset, as in WordPress. */
function readMenuOrder(data: FrontMatter, file: string): number {
  const raw = unwrap(data.menu_order);
  if (raw === undefined || raw === null || raw === '') return 0;
  const order = typeof raw === 'number' ? raw : Number(String(raw).trim());
  if (!Number.isSafeInteger(order)) throw new ContentError(file, 'menu_order', `"${String(raw)}" is not a whole number`);
  return order;
}

/** `_posts/2020-09-08-my-post.md` -> `my-post`; `about/team.md` -> `about/team`. */
function slugFromFileName(file: string, kind: DocumentKind): string {
  const withoutExt = file.replace(/\.md$/, '');
  if (kind === 'page') return withoutExt.replace(/^_pages\//, '').replace(/(^|\/)index$/, '');
  return path.basename(withoutExt).replace(/^\d{4}-\d{2}-\d{2}-/, '');
}

/** The WordPress statuses of documents that are not (yet) public, and of rows that are not documents at all. */
const UNPUBLISHED_STATUSES = new Set(['draft', 'pending', 'private']);
const NOT_CONTENT_STATUSES: Record<string, string> = {
  'auto-draft': 'WordPress auto-draft',
  inherit: 'WordPress revision',
  trash: 'WordPress trash',
};

/** A yes/no front-matter flag, however it was written (`true`, `True`, `"yes"`, `0`…); null when absent or unclear. */
function readFlag(value: unknown): boolean | null {
  const v = unwrap(value);
  if (typeof v === 'boolean') return v;
  const text = String(v ?? '').trim().toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(text)) return true;
  if (['false', 'no', 'off', '0'].includes(text)) return false;
  return null;
}

function statusOf(data: FrontMatter, file: string): string | null {
  return optionalString(data, 'status', file)?.toLowerCase() ?? optionalString(data, 'post_status', file)?.toLowerCase() ?? null;
}

/**
 * Why a post or page outside `_drafts/` is not published, if it is not: `draft: true`, `published: false`, or a
 * `status`/`post_status` of draft, pending or private. Null for a published document.
 */
function unpublishedBy(data: FrontMatter, file: string): string | null {
  if (readFlag(data.draft) === true) return 'draft: true';
  if (readFlag(data.published) === false) return 'published: false';
  const status = statusOf(data, file);
  return status && UNPUBLISHED_STATUSES.has(status) ? `status: ${status}` : null;
}

/**
 * Why a document is locked, if it is: WordPress showed it only to readers who had its password. The password is
 * in the front matter (`post_password`, `password`: any value but an empty one or `false`), or the exporter wrote the
 * body WordPress showed instead of the post, its password form (`<form class="post-password-form"
 * action="…/wp-login.php?action=postpass">`; a sample of it in code is not one). The password itself is never
 * read: it goes nowhere.
 */
function lockedBy(data: FrontMatter, body: string): string | null {
  for (const key of ['post_password', 'password']) {
    const value = unwrap(data[key]);
    if (value !== undefined && value !== null && value !== false && String(value).trim() !== '') return `${key} in its front matter`;
  }
  return hasPasswordForm(body) ? "its body is WordPress's password form" : null;
}

// (`wp-pass.php`: WordPress before 3.4, whose form had no class.)
const PASSWORD_FORM = /post-password-form|action=postpass|wp-pass\.php/i;

/** Whether a `<form>` start tag of the body, outside code, is WordPress's password form. Linear in the body. */
function hasPasswordForm(body: string): boolean {
  if (!PASSWORD_FORM.test(body)) return false;
  const text = maskCode(body, false).text;
  const lower = text.toLowerCase();
  for (let at = lower.indexOf('<form'); at !== -1; at = lower.indexOf('<form', at + 1)) {
    if (!/[\s/>]/.test(lower[at + 5] ?? '')) continue; // `<formula>`
    const end = lower.indexOf('>', at);
    if (end === -1) return false; // no tag can end any more
    if (PASSWORD_FORM.test(text.slice(at, end))) return true;
    at = end;
  }
  return false;
}

function readUrl(data: FrontMatter, file: string, kind: DocumentKind, siteUrl: string): string {
  // Pages have no permalink key: their URL is their path in the export.
  const isPage = kind === 'page' || (kind === 'draft' && pathKind(file) === 'page');
  const permalink = isPage ? null : optionalString(data, 'permalink', file);
  const fromPermalink = permalink === null ? null : canonicalPath(permalink, siteUrl);
  // A draft that has no permalink yet is previewed under /drafts/ (the name WordPress would give it is unknown).
  const slug = slugFromFileName(file, isPage ? 'page' : kind);
  const url = fromPermalink ?? canonicalPath(kind === 'draft' && pathKind(file) === 'draft' ? `/drafts/${slug}` : slug);
  if (!url) throw new ContentError(file, 'permalink', 'no usable permalink and no slug in the file name');
  return url;
}

/**
 * Reads one file's front matter, all but what depends on the site's address. Throws a ContentError naming the file
 * and the field when the file cannot be understood; returns `skipped` for files that are not content (revisions,
 * auto-drafts, stray files).
 */
export function readDocument(file: string, text: string): ReadDocument | Extract<SourceFile, { status: 'skipped' }> {
  const kindOfPath = pathKind(file);
  if (kindOfPath !== 'post' && kindOfPath !== 'draft' && kindOfPath !== 'page') {
    return { status: 'skipped', file, reason: 'not a content file' };
  }
  const fileName = path.basename(file);
  let kind: DocumentKind = kindOfPath;
  // A Jekyll site's own home page (`index.md` at the top): the blog has its home page.
  if (kind === 'page' && file === 'index.md') return { status: 'skipped', file, reason: 'the export\'s home page' };
  const { data, body } = splitFrontMatter(text, file);
  if (data === null) {
    if (kind === 'page') return { status: 'skipped', file, reason: 'no front matter' };
    throw new ContentError(file, 'front matter', 'missing: a post needs a `---` block with at least a title or a date');
  }
  const layout = optionalString(data, 'layout', file);
  // Only `_drafts/` holds revisions by name; a published post may well be called `…-revision-v2-review`.
  if (layout === 'revision' || (kind === 'draft' && isRevisionFileName(fileName))) {
    return { status: 'skipped', file, reason: 'WordPress revision' };
  }
  const notContent = NOT_CONTENT_STATUSES[statusOf(data, file) ?? ''];
  if (notContent) return { status: 'skipped', file, reason: notContent };
  const rawTitle = optionalString(data, 'title', file);
  if (isAutoDraftFileName(fileName) || (kind === 'draft' && rawTitle === 'Auto Draft' && !body.trim())) {
    return { status: 'skipped', file, reason: 'WordPress auto-draft' };
  }

  // A post or page marked unpublished is a draft wherever it sits in the export; so is one with a password, as
  // WordPress showed it to no one without the password.
  let locked: string | null = null;
  if (kind !== 'draft' && unpublishedBy(data, file) !== null) kind = 'draft';
  else if (kind !== 'draft' && (locked = lockedBy(data, body)) !== null) kind = 'draft';

  const title = rawTitle === null ? null : plainText(rawTitle) || null;
  const date = readDate(data, file);
  if (kind === 'post' && date === null) {
    throw new ContentError(
      file,
      'date',
      title === null
        ? 'missing, and the post has no title either: add `date:` (or a YYYY-MM-DD- file name) and `title:`'
        : 'missing, and the file name does not start with YYYY-MM-DD-',
    );
  }
  const excerpt = optionalString(data, 'excerpt', file);
  return {
    status: 'read',
    data,
    body,
    locked,
    meta: {
      kind,
      file,
      wpId: readWpId(data, file),
      title,
      date,
      author: optionalString(data, 'author', file),
      excerpt: excerpt === null ? null : plainText(excerpt) || null,
      guid: optionalString(data, 'guid', file),
      categories: readTerms(data.categories),
      tags: readTerms(data.tags),
      format: optionalString(data, 'format', file),
      math: [data.mathjax, data.math].some((value) => unwrap(value) === true || unwrap(value) === 'true'),
      menuOrder: readMenuOrder(data, file),
    },
  };
}

/** The permalink as written, when it is text: what it tells of the site's address (source/site-address.ts). */
export function writtenPermalink({ data }: ReadDocument): string | null {
  const value = unwrap(data.permalink);
  return typeof value === 'string' ? value : null;
}

/** Completes a read document with what depends on the site's address (`exportUrl`: links to it are its own). */
export function placeDocument({ meta, data, body, locked }: ReadDocument, exportUrl: string): Extract<SourceFile, { status: 'content' }> {
  const { kind, file } = meta;
  return {
    status: 'content',
    body,
    locked,
    meta: { ...meta, url: readUrl(data, file, kind, exportUrl), image: readImage(data, file, exportUrl) },
  };
}

/**
 * Normalises one file's front matter for a site whose address is known. Throws a ContentError naming the file and
 * the field when the file cannot be understood; returns `skipped` for files that are not content.
 */
export function normaliseDocument(file: string, text: string, site: SiteConfig): SourceFile {
  const read = readDocument(file, text);
  return read.status === 'skipped' ? read : placeDocument(read, site.exportUrl);
}

/** Reads and normalises one file of an export folder. */
export function readSourceFile(dir: string, file: string, site: SiteConfig): SourceFile {
  return normaliseDocument(file, readFileSync(path.join(dir, file), 'utf8'), site);
}
