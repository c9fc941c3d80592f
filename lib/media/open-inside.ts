import { constants, type Stats } from 'node:fs';
import { lstat, open, readlink, realpath, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * How files of an export are opened: read only; never through a symbolic link as the last part of the path
 * (the open fails with ELOOP instead, so a link swapped in after the checks is not followed); never waiting
 * on a named pipe (O_NONBLOCK changes nothing for regular files).
 */
export const NO_FOLLOW_READ = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export interface OpenedFile {
  handle: FileHandle;
  stats: Stats;
}

/**
 * The real path of a media folder (`<export>/wp-content`), or null when it is not a real folder. The folders
 * above it are the operator's (`BLOG_CONTENT_DIR` may well be reached through a link) and are resolved; the
 * media folder itself is the export's, and a link there (`wp-content -> /`) would publish the whole disk.
 */
export async function realMediaRoot(mediaRoot: string): Promise<string | null> {
  const resolved = path.resolve(/* turbopackIgnore: true */ mediaRoot);
  try {
    const parent = await realpath(/* turbopackIgnore: true */ path.dirname(resolved));
    const root = path.join(parent, path.basename(resolved));
    // lstat: a link is not a directory here.
    return (await lstat(/* turbopackIgnore: true */ root)).isDirectory() ? root : null;
  } catch {
    return null;
  }
}

/** The path an open descriptor refers to, as the kernel resolved it (Linux's /proc), or null where unknown. */
async function pathOfDescriptor(fd: number): Promise<string | null> {
  return readlink(/* turbopackIgnore: true */ `/proc/self/fd/${fd}`).catch(() => null);
}

/**
 * Opens the regular file at `parts` under `realRoot` (from `realMediaRoot`), following no symbolic link: every
 * folder on the way must be a real folder and the file a real file, even where a link would point inside the
 * export. Returns the open file (close its handle) or null. After opening, the path the descriptor really
 * refers to must be the one asked for, which also catches a folder swapped for a link during the checks.
 */
export async function openInside(realRoot: string, parts: string[]): Promise<OpenedFile | null> {
  let folder = realRoot;
  for (const part of parts.slice(0, -1)) {
    folder = path.join(folder, part);
    const info = await lstat(/* turbopackIgnore: true */ folder).catch(() => null);
    if (!info?.isDirectory()) return null; // missing, a file, or a link
  }
  const file = path.join(realRoot, ...parts);
  const handle = await open(/* turbopackIgnore: true */ file, NO_FOLLOW_READ).catch(() => null);
  if (!handle) return null; // missing, unreadable, or a link (ELOOP)
  try {
    const stats = await handle.stat();
    const opened = (await pathOfDescriptor(handle.fd)) ?? (await realpath(/* turbopackIgnore: true */ file));
    if (stats.isFile() && opened === file) return { handle, stats };
  } catch {
    // treated as not found below
  }
  await handle.close();
  return null;
}
