import path from 'node:path';
import { contentDir } from '../content/source/site';
import { servableType } from './file-types';
import { fileResponse } from './file-response';
import { folderDeniedByHtaccess } from './htaccess';
import { openInside, realMediaRoot } from './open-inside';
import { refusalByName } from './refused-names';
import { requestedParts } from './request-path';

const notFound = () => new Response('Not found', { status: 404 });

/**
 * Serves a file of a media folder (`mediaRoot`, such as `<export>/wp-content`) as `request` asks for it
 * (`segments`: the path under the folder, as the route received it). 404, saying no more, for anything the
 * export must not publish: a path that leaves the folder or names a dotfile, a file type a browser would run
 * script in, a key, dump or backup (refused-names.ts), a file under a plugin's protected folder or a folder
 * whose `.htaccess` denies access, and anything reached through a symbolic link.
 */
export async function serveMediaFile(request: Request, mediaRoot: string, segments: string[]): Promise<Response> {
  const parts = requestedParts(segments);
  const type = parts && servableType(parts.at(-1)!);
  if (!parts || !type || refusalByName(parts) !== null) return notFound();
  const realRoot = await realMediaRoot(mediaRoot);
  const opened = realRoot && (await openInside(realRoot, parts));
  if (!realRoot || !opened) return notFound();
  // After opening: the folders on the way are known to be real ones, not links to someone else's `.htaccess`.
  if ((await folderDeniedByHtaccess(realRoot, parts.slice(0, -1), parts.at(-1)!)) !== null) {
    await opened.handle.close();
    return notFound();
  }
  return fileResponse(request, opened, type);
}

/**
 * Serves a file from one of the export's media folders (`wp-content/`, `assets/`), so posts' root-relative
 * `/wp-content/uploads/...` links keep working without copying gigabytes of uploads into the build.
 */
export function serveExportFile(request: Request, folder: 'wp-content' | 'assets', segments: string[]): Promise<Response> {
  return serveMediaFile(request, path.join(contentDir(), folder), segments);
}
