import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { publicationState } from '../core/publication';
import { instant } from '../core/dates';
import { placeDocument, readDocument, writtenPermalink, type DocumentMeta, type ReadDocument } from './document';
import { ContentError, ContentErrors } from '../core/errors';
import { pathKind } from './export-layout';
import { completeSiteConfig, readSiteSettings, type SiteConfig, type SiteSettings } from './site';
import { AddressVotes } from './site-address';
import { reservedReason } from '../core/urls';

export interface SkippedFile {
  file: string;
  reason: string;
}

/** Every file of an export folder, accounted for: content by kind, and what was skipped and why. */
export interface Inventory {
  site: SiteConfig;
  /** How the site's address was found: the line the build prints (`site url: … (from 612 guids; …)`). */
  address: string;
  posts: DocumentMeta[];
  pages: DocumentMeta[];
  drafts: DocumentMeta[];
  skipped: SkippedFile[];
  /** Documents that would be public but have a WordPress password: drafts (previewable), and why. */
  locked: SkippedFile[];
}

/** Relative paths of every file in the export, except inside media folders (uploads are not content). */
export function listExportFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (pathKind(`${child}/x`) !== 'media') walk(child);
      } else {
        files.push(child);
      }
    }
  };
  walk('');
  return files.sort();
}

/**
 * Reads a whole export folder the way the build does and checks it: every file parses, every post has a
 * date, no two documents claim one URL, no document takes a URL the blog's own routes use. Throws one
 * ContentErrors listing every problem, each naming its file and field. `onDocument` receives each document as it is
 * read, its body included: the one time the build reads the file.
 *
 * A document's URL and featured image depend on the site's address (links to the old site become root-relative).
 * When `_config.yml` gives no address, it is the one most of the documents' guids and permalinks name (see
 * site.ts): the documents read wait, parsed, until every file has been read and the address is known.
 */
export function readInventory(dir: string, { onDocument }: { onDocument?: (meta: DocumentMeta, body: string) => void } = {}): Inventory {
  const errors: ContentError[] = [];
  const contentErrors = (error: unknown) => (error instanceof ContentError ? new ContentErrors([error, ...errors]) : error);
  let settings: SiteSettings;
  try {
    settings = readSiteSettings(dir);
  } catch (error) {
    throw contentErrors(error);
  }
  const votes = new AddressVotes();
  const complete = () => {
    try {
      return completeSiteConfig(settings, votes);
    } catch (error) {
      throw contentErrors(error);
    }
  };
  // With the address in _config.yml, each document is placed as it is read; else once all are read.
  let known = settings.configUrl === null ? null : complete();
  const inventory: Omit<Inventory, 'site' | 'address'> = { posts: [], pages: [], drafts: [], skipped: [], locked: [] };
  const place = (read: ReadDocument, exportUrl: string) => {
    try {
      const { meta, body, locked } = placeDocument(read, exportUrl);
      ({ post: inventory.posts, page: inventory.pages, draft: inventory.drafts })[meta.kind].push(meta);
      if (locked !== null) inventory.locked.push({ file: meta.file, reason: locked });
      // The body goes on from here (to Contentlayer's stage): the inventory holds metadata only.
      onDocument?.(meta, body);
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  };
  const waiting: ReadDocument[] = [];
  for (const file of listExportFiles(dir)) {
    const kind = pathKind(file);
    if (kind === 'settings') continue;
    if (kind === 'other') {
      inventory.skipped.push({ file, reason: 'not a content file' });
      continue;
    }
    try {
      const read = readDocument(file, readFileSync(path.join(dir, file), 'utf8'));
      if (read.status === 'skipped') inventory.skipped.push({ file, reason: read.reason });
      else if (known) place(read, known.site.exportUrl);
      else {
        votes.add(read.meta.guid, writtenPermalink(read), read.meta.date === null ? null : instant(read.meta.date));
        waiting.push(read);
      }
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  if (!known) {
    known = complete();
    for (const read of waiting.splice(0)) place(read, known.site.exportUrl);
  }
  const { site, note } = known;

  const owners = new Map<string, DocumentMeta>();
  for (const doc of [...inventory.posts, ...inventory.pages]) {
    const field = doc.kind === 'page' ? 'path' : 'permalink';
    const reserved = reservedReason(doc.url, { page: doc.kind === 'page' });
    if (reserved) {
      errors.push(new ContentError(doc.file, field, reserved));
      continue;
    }
    const owner = owners.get(doc.url);
    if (owner) errors.push(new ContentError(doc.file, field, `${doc.url} is also the URL of ${owner.file}`));
    else owners.set(doc.url, doc);
  }

  // Drafts will take their URL when published: it must be free of the blog's own routes, and of other drafts.
  const draftOwners = new Map<string, DocumentMeta>();
  for (const doc of inventory.drafts) {
    const reserved = doc.url.startsWith('/drafts/') ? null : reservedReason(doc.url, { page: pathKind(doc.file) === 'page' });
    if (reserved) {
      errors.push(new ContentError(doc.file, 'permalink', reserved));
      continue;
    }
    const owner = draftOwners.get(doc.url);
    if (owner) errors.push(new ContentError(doc.file, 'permalink', `${doc.url} is also the URL of ${owner.file}`));
    else draftOwners.set(doc.url, doc);
  }

  if (errors.length > 0) throw new ContentErrors(errors);
  return { site, address: note, ...inventory };
}

/** The one-line summary every content build prints. */
export function summarise(inventory: Inventory, now: number = Date.now()): string {
  const { posts, pages, drafts, skipped, locked } = inventory;
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const scheduled = posts.filter((post) => publicationState(post, now) === 'scheduled').length;
  const postCount = count(posts.length, 'post') + (scheduled > 0 ? ` (${scheduled} scheduled)` : '');
  const draftCount = count(drafts.length, 'draft') + (locked.length > 0 ? ` (${locked.length} locked)` : '');
  return `content: ${postCount}, ${count(pages.length, 'page')}, ${draftCount}, ${skipped.length} skipped`;
}
