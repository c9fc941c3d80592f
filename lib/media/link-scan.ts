import { lstat, opendir, readlink } from 'node:fs/promises';
import path from 'node:path';
import { MEDIA_DIRS } from '../content/source/export-layout';
import { htaccessVerdict } from './htaccess';
import { protectedFolderOf } from './refused-names';

/** A symbolic link in a media folder: never served, named in the build output so the export can be fixed. */
export interface MediaLink {
  /** Relative to the export, with `/`: `wp-content/uploads/x.png`. */
  path: string;
  /** What the link points to, as written in it. */
  target: string;
}

/** A folder none of whose files is served: a plugin's protected folder, or one whose `.htaccess` denies access. */
export interface WithheldFolder {
  path: string;
  reason: string;
}

export interface MediaScan {
  links: MediaLink[];
  withheld: WithheldFolder[];
}

/** Why nothing in `folder` is served, or null. `name` is null for the media folder itself. */
async function withheldReason(folder: string, name: string | null): Promise<string | null> {
  const plugin = name === null ? null : protectedFolderOf([name]);
  if (plugin) return `a plugin's protected folder (${plugin})`;
  return (await htaccessVerdict(folder)) === 'denies' ? 'its .htaccess denies access' : null;
}

/**
 * Walks the export's media folders (`wp-content/`, `assets/`) without following any link, for what the media
 * routes will not serve as a whole: every symbolic link, with its target, and every withheld folder (only the
 * topmost of nested ones). The walk keeps a list of folders still to read, not a recursion, and reads each
 * folder as a stream, so deep or very large upload trees cost little memory.
 */
export async function scanMediaFolders(exportDir: string): Promise<MediaScan> {
  const scan: MediaScan = { links: [], withheld: [] };
  const linkAt = async (relative: string) => {
    const target = await readlink(/* turbopackIgnore: true */ path.join(exportDir, relative)).catch(() => '(unreadable)');
    scan.links.push({ path: relative, target });
  };
  for (const mediaDir of MEDIA_DIRS) {
    const info = await lstat(/* turbopackIgnore: true */ path.join(exportDir, mediaDir)).catch(() => null);
    if (info?.isSymbolicLink()) await linkAt(mediaDir);
    if (!info?.isDirectory()) continue;
    const pending = [{ relative: mediaDir, name: null as string | null, withheld: false }];
    for (let next = pending.pop(); next; next = pending.pop()) {
      const folder = path.join(exportDir, next.relative);
      let withheld = next.withheld;
      if (!withheld) {
        const reason = await withheldReason(folder, next.name);
        if (reason) scan.withheld.push({ path: `${next.relative}/`, reason });
        withheld = reason !== null;
      }
      const entries = await opendir(/* turbopackIgnore: true */ folder).catch(() => null);
      if (!entries) continue; // unreadable: the server cannot read it either
      for await (const entry of entries) {
        const relative = `${next.relative}/${entry.name}`;
        if (entry.isSymbolicLink()) await linkAt(relative);
        else if (entry.isDirectory()) pending.push({ relative, name: entry.name, withheld });
      }
    }
  }
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  scan.links.sort(byPath);
  scan.withheld.sort(byPath);
  return scan;
}

/** The build output's warning lines for a scan: one per link (with its target), one per withheld folder. */
export function mediaScanWarnings({ links, withheld }: MediaScan): string[] {
  return [
    ...links.map((link) => `${link.path} is a symbolic link to ${link.target}: not served (links are never followed)`),
    ...withheld.map((folder) => `${folder.path}: ${folder.reason}, so nothing under it is served`),
  ];
}

/** The content step's check of the media folders: the warning lines to print (empty when all is well). */
export async function mediaWarnings(exportDir: string): Promise<string[]> {
  return mediaScanWarnings(await scanMediaFolders(exportDir));
}
