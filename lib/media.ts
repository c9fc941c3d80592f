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
 * The file types WordPress uploads hold, by lower-case extension: images (svg included), audio, video, PDF and
 * office documents, zip archives, fonts, plain text and CSV. Anything else (`.html`, `.xml`, `.js`, `.php`,
 * `.swf`, `.exe`…) is not served: the blog's own origin must never answer with a document a browser would
 * run script in.
 */
const MEDIA_EXTENSIONS = new Set([
  // images
  'jpg', 'jpeg', 'jpe', 'png', 'gif', 'webp', 'avif', 'bmp', 'ico', 'tif', 'tiff', 'heic', 'heif', 'svg',
  // audio
  'mp3', 'm4a', 'ogg', 'oga', 'opus', 'wav', 'flac', 'aac', 'wma', 'mid', 'midi',
  // video, and its subtitle tracks
  'mp4', 'm4v', 'mov', 'webm', 'ogv', 'avi', 'wmv', 'mkv', 'mpg', 'mpeg', '3gp', '3g2', 'flv', 'vtt',
  // documents
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'pps', 'ppsx', 'odt', 'ods', 'odp', 'rtf',
  'key', 'pages', 'numbers',
  // archives
  'zip',
  // fonts
  'woff', 'woff2', 'ttf', 'otf', 'eot',
  // text
  'txt', 'csv',
]);

/**
 * The Content-Type a media file is served with, or null when its type is not one uploads hold (see
 * `MEDIA_EXTENSIONS`). Decided on the file's own name, after the request has been decoded.
 */
export function servableType(fileName: string): string | null {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  if (!MEDIA_EXTENSIONS.has(ext)) return null;
  return mime.getType(ext);
}

/**
 * Sent with every served file. Should a file still be opened as a document (an SVG opened directly, say), it is
 * sandboxed: no script, no plugin, no same-origin access; only its own images, media and inline styles load.
 */
export const MEDIA_CSP = "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox";

/**
 * Serves a file from one of the export's media folders (`wp-content/`, `assets/`), so posts' root-relative
 * `/wp-content/uploads/...` links keep working without copying gigabytes of uploads into the build.
 */
export async function serveExportFile(folder: 'wp-content' | 'assets', segments: string[]): Promise<Response> {
  const root = path.join(contentDir(), folder);
  const file = resolveInside(root, segments);
  const type = file && servableType(file);
  if (!file || !type) return new Response('Not found', { status: 404 });
  const info = await stat(/* turbopackIgnore: true */ file).catch(() => null);
  if (!info?.isFile()) return new Response('Not found', { status: 404 });
  const stream = Readable.toWeb(createReadStream(/* turbopackIgnore: true */ file)) as ReadableStream<Uint8Array>;
  return new Response(stream, {
    headers: {
      'Content-Type': type,
      'Content-Length': String(info.size),
      'Last-Modified': info.mtime.toUTCString(),
      'Cache-Control': 'public, max-age=86400',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': MEDIA_CSP,
    },
  });
}
