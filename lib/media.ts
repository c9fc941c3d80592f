import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import mime from 'mime';
import { contentDir } from './content/site';

/**
 * The file a request names inside `root`, or null. Segments are decoded first (`uploads%2F.htaccess` is
 * `uploads/.htaccess`), then every part is checked: no dotfiles or dot-folders, nothing outside `root`.
 */
export function resolveInside(root: string, segments: string[]): string | null {
  let parts: string[];
  try {
    parts = segments.map((s) => decodeURIComponent(s)).join('/').split(/[/\\]/);
  } catch {
    return null; // malformed escape
  }
  if (parts.some((part) => part === '' || part.startsWith('.') || part.includes('\0'))) return null;
  const file = path.resolve(root, ...parts);
  return file.startsWith(root + path.sep) ? file : null;
}

/**
 * Serves a file from one of the export's media folders (`wp-content/`, `assets/`), so posts' root-relative
 * `/wp-content/uploads/...` links keep working without copying gigabytes of uploads into the build.
 */
export async function serveExportFile(folder: 'wp-content' | 'assets', segments: string[]): Promise<Response> {
  const root = path.join(contentDir(), folder);
  const file = resolveInside(root, segments);
  if (!file) return new Response('Not found', { status: 404 });
  const info = await stat(/* turbopackIgnore: true */ file).catch(() => null);
  if (!info?.isFile()) return new Response('Not found', { status: 404 });
  const stream = Readable.toWeb(createReadStream(/* turbopackIgnore: true */ file)) as ReadableStream<Uint8Array>;
  return new Response(stream, {
    headers: {
      'Content-Type': mime.getType(file) ?? 'application/octet-stream',
      'Content-Length': String(info.size),
      'Last-Modified': info.mtime.toUTCString(),
      'Cache-Control': 'public, max-age=86400',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
