/**
 * What server.ts decides about a request before Next.js sees it. Next answers some requests with a 500 and a
 * stack trace in the log (a path whose percent-encoding does not decode, TRACE, `/_next/data/…`), others with a
 * 200 to any method, and redirects `/api/draft?secret=…` to its slashed URL with the secret in `Location`. Here
 * those get their proper status, with the site's security headers; the rest passes on to Next.
 */
import { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
import { allowedMethods, serverMethods } from './methods';

/** The longest request-target served (the common limit of servers and CDNs); longer ones get a 414. */
export const MAX_TARGET_LENGTH = 8192;

export interface Header {
  key: string;
  value: string;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type Decision = { respond: Answer } | { pass: { url: string; dropHeaders: string[] } };

/**
 * Request headers only Next.js itself may set (its own list, server/lib/server-ipc/utils.js, which it filters
 * too, plus the middleware recursion marker older versions trusted): a visitor sending them is dropped.
 */
const INTERNAL_HEADERS = new Set([
  'x-middleware-subrequest',
  'x-middleware-rewrite',
  'x-middleware-redirect',
  'x-middleware-set-cookie',
  'x-middleware-skip',
  'x-middleware-override-headers',
  'x-middleware-next',
  'x-middleware-prefetch',
  'x-now-route-matches',
  'x-matched-path',
  'x-nextjs-data',
  'x-next-resume-state-length',
  'next-resume',
  // Set by server.ts itself (the client's address, for the preview rate limit): never taken from a visitor.
  'x-blog-client',
]);
const isInternalHeader = (name: string) => INTERNAL_HEADERS.has(name) || name.startsWith('x-invoke-');

/** Routes that must be served at their slashed URL without trailingSlash's 308, which would echo the query. */
const UNREDIRECTED = new Set(['/api/draft', '/api/draft/exit']);

/** A plain-text answer with the security headers, never cached. */
export function answer(status: number, security: readonly Header[], extra: Record<string, string> = {}): Answer {
  const headers: Record<string, string> = Object.fromEntries(security.map(({ key, value }) => [key, value]));
  Object.assign(headers, { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' }, extra);
  return { status, headers, body: status === 204 ? '' : `${status} ${STATUS_CODES[status] ?? ''}\n` };
}

/** The same answer as raw HTTP/1.1 bytes, for sockets Node's parser gave up on (the connection then closes). */
export function rawAnswer({ status, headers, body }: Answer): string {
  const lines = Object.entries({ ...headers, 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' });
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${lines.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${body}`;
}

/**
 * The answer to a request Node's parser refused (its `clientError`), or null when the client is gone. A head
 * over the server's maxHeaderSize is a 431 even when the request line alone is that long: the parser does not
 * say which part overflowed (targets up to that size get frontDoor's 414). A method the parser does not know
 * (`TRACK`) is a 405; bytes that are no request at all, a 400.
 */
export function clientErrorAnswer(
  code: string | undefined,
  rawPacket: Buffer | undefined,
  security: readonly Header[],
): Answer | null {
  if (code === 'ECONNRESET' || code === 'EPIPE') return null;
  if (code === 'HPE_HEADER_OVERFLOW') return answer(431, security);
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return answer(408, security);
  if (code === 'HPE_INVALID_METHOD' && /^[A-Z][A-Z-]* /.test(rawPacket?.subarray(0, 32).toString('latin1') ?? '')) {
    return answer(405, security, { Allow: serverMethods().join(', ') });
  }
  return answer(400, security);
}

/**
 * A request and what went wrong, as one log line: the path without its query (`/api/draft/?secret=…` must never
 * reach a log), cut short, and no query in the error's message either.
 */
export function logLine(method: string, rawUrl: string, error: unknown): string {
  const path = rawUrl.split(/[?#]/, 1)[0]!.slice(0, 200);
  const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error))
    .replace(/\?[^\s"'`]*/g, '?…')
    .replace(/secret=[^\s"'`&]*/gi, 'secret=…')
    .replace(/\s+/g, ' ');
  return `${method} ${path}: ${message.slice(0, 300)}`;
}

/** The origin-form (`/path?query`) of a request-target; null for a form no blog URL takes. */
function originForm(target: string): string | null {
  if (target.startsWith('/')) return target;
  // Absolute-form (`GET http://host/path`), which servers must accept (RFC 9112, 3.2.2): its path and query.
  const authority = /^https?:\/\/[^/?#]*/i.exec(target);
  if (!authority) return null;
  const rest = target.slice(authority[0].length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** Whether a path's percent-encoding decodes to text without NUL. */
function decodes(path: string): boolean {
  try {
    return !decodeURIComponent(path).includes('\0');
  } catch {
    return false;
  }
}

/** Answer a request here, or pass it on to Next.js as `url`, without the headers in `dropHeaders`. */
export function frontDoor(method: string, rawUrl: string, headers: IncomingHttpHeaders, security: readonly Header[]): Decision {
  const refuse = (status: number, extra?: Record<string, string>): Decision => ({ respond: answer(status, security, extra) });
  if (rawUrl.length > MAX_TARGET_LENGTH) return refuse(414);
  if (rawUrl === '*') return method === 'OPTIONS' ? refuse(204, { Allow: serverMethods().join(', ') }) : refuse(400);

  const target = originForm(rawUrl);
  if (target === null) return refuse(400);
  const queryAt = target.indexOf('?');
  let path = queryAt === -1 ? target : target.slice(0, queryAt);
  const query = queryAt === -1 ? '' : target.slice(queryAt);
  if (!decodes(path)) return refuse(400);
  // Pages-router data URLs (no pages router here; Next fails on them) and the image optimiser (no page uses it;
  // it would store a resized copy of any image named, and without its slash it is first redirected).
  if (/^\/_next\/(data|image)(\/|$)/.test(path)) return refuse(404);
  if (UNREDIRECTED.has(path)) path = `${path}/`;

  const allow = allowedMethods(path);
  if (method === 'OPTIONS') return refuse(204, { Allow: allow.join(', ') });
  if (!allow.includes(method)) return refuse(405, { Allow: allow.join(', ') });
  return { pass: { url: `${path}${query}`, dropHeaders: Object.keys(headers).filter(isInternalHeader) } };
}
