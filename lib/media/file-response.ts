import { randomBytes } from 'node:crypto';
import etag from 'etag';
import { fileBody, multipartPieces, type BodyPiece } from './file-body';
import type { OpenedFile } from './open-inside';
import { planResponse } from './response-plan';

/**
 * Sent with every served file. Should a file still be opened as a document (an SVG opened directly, say), it is
 * sandboxed: no script, no plugin, no same-origin access; only its own images, media and inline styles load.
 */
export const MEDIA_CSP = "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox";

/**
 * `no-transform`: the server's gzip would otherwise re-encode a range of a text file (csv, vtt, svg), and its
 * Content-Range would no longer describe the body sent.
 */
const CACHE_CONTROL = 'public, max-age=86400, no-transform';

/**
 * An open media file as the response to `request`, the way a media server answers: validators (strong ETag
 * from size and modification time, as nginx makes it; Last-Modified), `304` to a conditional request, byte
 * ranges (`206`, several as `multipart/byteranges`, `416` outside the file), no body for HEAD. Takes over the
 * file's handle: the body closes it, or it is closed here when no body is sent.
 */
export async function fileResponse(request: Request, { handle, stats }: OpenedFile, contentType: string): Promise<Response> {
  const size = stats.size;
  const validators = { size, etag: etag(stats, { weak: false }), lastModified: stats.mtime.toUTCString() };
  const headers = new Headers({
    'Accept-Ranges': 'bytes',
    ETag: validators.etag,
    'Last-Modified': validators.lastModified,
    'Cache-Control': CACHE_CONTROL,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': MEDIA_CSP,
  });
  const plan = planResponse(request.method, request.headers, validators);
  // Content-Length is set for correctness, though Next.js (16) drops it from route handlers' responses and
  // sends the body chunked: Content-Range still tells a player the file's size.
  let pieces: BodyPiece[] = [];
  if (plan.status === 304) {
    // No representation metadata: the client keeps the copy it has.
  } else if (plan.status === 416) {
    headers.set('Content-Range', `bytes */${size}`);
    headers.set('Content-Length', '0');
  } else if (plan.status === 206 && plan.ranges.length === 1) {
    const range = plan.ranges[0]!;
    pieces = [range];
    headers.set('Content-Type', contentType);
    headers.set('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
    headers.set('Content-Length', String(range.end - range.start + 1));
  } else if (plan.status === 206) {
    const boundary = randomBytes(12).toString('hex');
    const multipart = multipartPieces(plan.ranges, size, contentType, boundary);
    pieces = multipart.pieces;
    headers.set('Content-Type', `multipart/byteranges; boundary=${boundary}`);
    headers.set('Content-Length', String(multipart.length));
  } else {
    pieces = size > 0 ? [{ start: 0, end: size - 1 }] : [];
    headers.set('Content-Type', contentType);
    headers.set('Content-Length', String(size));
  }
  if (request.method === 'HEAD' || pieces.length === 0) {
    await handle.close();
    return new Response(null, { status: plan.status, headers });
  }
  return new Response(fileBody(handle, pieces), { status: plan.status, headers });
}
