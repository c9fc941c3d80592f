import { open } from 'node:fs/promises';
import path from 'node:path';
import { NO_FOLLOW_READ } from './open-inside';

/**
 * Apache's deny-all directives, 2.2 (`Deny from all`) and 2.4 (`Require all denied`), in any letter case.
 * Wherever one stands in the file (inside `<IfModule>`, `<Files>`, `<Limit>`…) the folder counts as denied:
 * the server does not evaluate Apache's conditions, so it errs on the side of not serving. Only whole-line
 * comments (`# Deny from all`) are not directives, as in Apache.
 */
const DENY_ALL = /^[ \t]*(?:deny[ \t]+from[ \t]+all|require[ \t]+all[ \t]+denied)\b/im;

/** Larger than any real `.htaccess` of an uploads folder; beyond it, the file is not read and counts as denying. */
const MAX_HTACCESS_BYTES = 1024 * 1024;

/** Whether an `.htaccess` file's text denies access to its folder (see `DENY_ALL`). */
export function htaccessDeniesAll(text: string): boolean {
  return DENY_ALL.test(text);
}

/**
 * What the `.htaccess` of `folder` says: `absent`, `denies`, or `allows`. One that is there but cannot be read
 * as a plain file (a symbolic link, a folder, unreadable, too large) counts as denying: what it said is unknown.
 */
export async function htaccessVerdict(folder: string): Promise<'absent' | 'denies' | 'allows'> {
  const file = path.join(folder, '.htaccess');
  let handle;
  try {
    handle = await open(/* turbopackIgnore: true */ file, NO_FOLLOW_READ);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'absent' : 'denies';
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile() || stats.size > MAX_HTACCESS_BYTES) return 'denies';
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(stats.size), 0, stats.size, 0);
    // Directives are ASCII; latin1 reads any byte without failing.
    return htaccessDeniesAll(buffer.toString('latin1', 0, bytesRead)) ? 'denies' : 'allows';
  } catch {
    return 'denies';
  } finally {
    await handle.close();
  }
}

/**
 * The folder (relative to the media root, `''` for the root itself) whose `.htaccess` denies access to a file
 * in `folders` under `realRoot`, checking every level from the root down; null when none does.
 */
export async function folderDeniedByHtaccess(realRoot: string, folders: string[]): Promise<string | null> {
  for (let depth = 0; depth <= folders.length; depth++) {
    const relative = folders.slice(0, depth);
    if ((await htaccessVerdict(path.join(realRoot, ...relative))) === 'denies') return relative.join('/');
  }
  return null;
}
