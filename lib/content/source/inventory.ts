import { readdirSync } from 'node:fs';
import path from 'node:path';
import { publicationState } from '../core/publication';
import { readSourceFile, type DocumentMeta } from './document';
import { ContentError, ContentErrors } from '../core/errors';
import { pathKind } from './export-layout';
import { loadSiteConfig, type SiteConfig } from './site';
import { reservedReason } from '../core/urls';

export interface SkippedFile {
  file: string;
  reason: string;
}

/** Every file of an export folder, accounted for: content by kind, and what was skipped and why. */
export interface Inventory {
  site: SiteConfig;
  posts: DocumentMeta[];
  pages: DocumentMeta[];
  drafts: DocumentMeta[];
  skipped: SkippedFile[];
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
 */
export function readInventory(dir: string, { onDocument }: { onDocument?: (meta: DocumentMeta, body: string) => void } = {}): Inventory {
  let site: SiteConfig;
  try {
    site = loadSiteConfig(dir);
  } catch (error) {
    throw error instanceof ContentError ? new ContentErrors([error]) : error;
  }
  const inventory: Inventory = { site, posts: [], pages: [], drafts: [], skipped: [] };
  const errors: ContentError[] = [];
  for (const file of listExportFiles(dir)) {
    const kind = pathKind(file);
    if (kind === 'settings') continue;
    if (kind === 'other') {
      inventory.skipped.push({ file, reason: 'not a content file' });
      continue;
    }
    try {
      const source = readSourceFile(dir, file, site);
      if (source.status === 'skipped') inventory.skipped.push({ file, reason: source.reason });
      else {
        ({ post: inventory.posts, page: inventory.pages, draft: inventory.drafts })[source.meta.kind].push(source.meta);
        // The body goes on from here (to Contentlayer's stage): the inventory holds metadata only.
        onDocument?.(source.meta, source.body);
      }
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }

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
  return inventory;
}

/** The one-line summary every content build prints. */
export function summarise(inventory: Inventory, now: number = Date.now()): string {
  const { posts, pages, drafts, skipped } = inventory;
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const scheduled = posts.filter((post) => publicationState(post, now) === 'scheduled').length;
  const postCount = count(posts.length, 'post') + (scheduled > 0 ? ` (${scheduled} scheduled)` : '');
  return `content: ${postCount}, ${count(pages.length, 'page')}, ${count(drafts.length, 'draft')}, ${skipped.length} skipped`;
}
