import fresh from 'fresh';
import parseRange from 'range-parser';

/** A file's validators, as the response sends them. */
export interface FileValidators {
  size: number;
  /** Strong: `"<size hex>-<mtime hex>"`, as nginx makes it. */
  etag: string;
  /** An HTTP date (`toUTCString()`). */
  lastModified: string;
}

/** Bytes `start` to `end`, both included, as `Content-Range` counts them. */
export interface ByteRange {
  start: number;
  end: number;
}

export type ResponsePlan =
  | { status: 200 }
  | { status: 206; ranges: ByteRange[] }
  | { status: 304 }
  | { status: 416 };

/**
 * More ranges than this (after overlapping and adjacent ones are combined) get the whole file with 200:
 * players and PDF readers ask for one range at a time, and many small ranges are a way to make the server
 * work hard for a large response (Apache's CVE-2011-3192).
 */
export const MAX_RANGES = 16;

/**
 * Whether `If-Range` lets a range request have its range: when absent, or when it names the current
 * representation exactly, by strong ETag or by the very Last-Modified date (RFC 9110 §13.1.5). A weak tag
 * never matches.
 */
function ifRangeHolds(ifRange: string | null, file: FileValidators): boolean {
  if (ifRange === null) return true;
  const value = ifRange.trim();
  if (value.startsWith('"')) return value === file.etag;
  if (value.startsWith('W/')) return false;
  const date = Date.parse(value);
  return !Number.isNaN(date) && date === Date.parse(file.lastModified);
}

/**
 * How to answer a GET or HEAD of a file: `304` when the client's copy is current (`If-None-Match`, else
 * `If-Modified-Since`), `206` with the ranges asked for, `416` when none of them is inside the file, else the
 * whole file. A malformed `Range`, one in other units than bytes, one over `MAX_RANGES`, one on a HEAD
 * request or one whose `If-Range` no longer holds is ignored, as RFC 9110 says.
 */
export function planResponse(method: string, headers: Headers, file: FileValidators): ResponsePlan {
  // `Cache-Control: no-cache` on the request is not passed on: it asks caches to revalidate, which this is.
  const conditional = {
    'if-none-match': headers.get('if-none-match') ?? undefined,
    'if-modified-since': headers.get('if-modified-since') ?? undefined,
  };
  if (fresh(conditional, { etag: file.etag, 'last-modified': file.lastModified })) return { status: 304 };

  const range = headers.get('range');
  if (method !== 'GET' || range === null || !ifRangeHolds(headers.get('if-range'), file)) return { status: 200 };
  const ranges = parseRange(file.size, range, { combine: true });
  if (ranges === -1) return { status: 416 };
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length > MAX_RANGES) return { status: 200 };
  return { status: 206, ranges: ranges.map(({ start, end }) => ({ start, end })) };
}
