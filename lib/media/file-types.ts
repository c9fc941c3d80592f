import { existsSync } from 'node:fs';
import path from 'node:path';
import mime from 'mime';

/**
 * The file types WordPress uploads hold, by lower-case extension: images (svg included), audio, video, PDF and
 * office documents, zip archives, fonts, plain text and CSV. Anything else (`.html`, `.xml`, `.js`, `.php`,
 * `.swf`, `.exe`…) is not served: the blog's own origin must never answer with a document a browser would
 * run script in. `.key` is not here although Apple Keynote uses it: far more `.key` files in a web folder are
 * private keys (see refused-names.ts).
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
  'pages', 'numbers',
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

/** For the content step's link check: whether a decoded root-relative path is a file of the export the media routes serve. */
export const isServedMediaIn =
  (exportDir: string) =>
  (decodedPath: string): boolean =>
    existsSync(path.join(exportDir, decodedPath)) && servableType(decodedPath) !== null;
