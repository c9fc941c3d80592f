import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import mime from 'mime';
import { contentDir } from './content/site';

/**
 * Serves a file from one of the export's media folders (`wp-content/`, `assets/`), so posts' root-relative
 * `/wp-content/uploads/...` links keep working without copying gigabytes of uploads into the build.
 */
export async function serveExportFile(folder: 'wp-content' | 'assets', segments: string[]): Promise<Response> {
  const root = path.join(contentDir(), folder);
  const file = path.resolve(root, ...segments.map((s) => decodeURIComponent(s)));
  // Never outside the media folder, never a dotfile.
  if (!file.startsWith(root + path.sep) || segments.some((s) => s.startsWith('.'))) {
    return new Response('Not found', { status: 404 });
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return new Response('Not found', { status: 404 });
  const stream = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
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
