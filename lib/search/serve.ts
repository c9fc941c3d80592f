import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import fresh from 'fresh';
import { generatedDir } from '../content/generated/store';
import { resolveInside } from '../media';
import { searchIndexDir, servedIndexFile } from './files';

const notFound = () => new Response('Not found', { status: 404 });

/**
 * A file of the search index, as `/pagefind/<path>` asks for it: only the files Pagefind's browser script
 * loads (files.ts), with long caching for the content-hashed ones and revalidation for the rest.
 */
export async function serveSearchFile(request: Request, segments: string[]): Promise<Response> {
  const root = searchIndexDir(generatedDir());
  const file = resolveInside(root, segments);
  const served = file && servedIndexFile(path.relative(root, file).split(path.sep).join('/'));
  if (!file || !served) return notFound();
  const info = await stat(/* turbopackIgnore: true */ file).catch(() => null);
  if (!info?.isFile()) return notFound();
  const lastModified = info.mtime.toUTCString();
  const headers = new Headers({
    'Content-Type': served.type,
    'Last-Modified': lastModified,
    'Cache-Control': served.immutable ? 'public, max-age=31536000, immutable' : 'public, no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (!served.immutable && fresh({ 'if-modified-since': request.headers.get('if-modified-since') ?? undefined }, { 'last-modified': lastModified })) {
    return new Response(null, { status: 304, headers });
  }
  // Index files are small (a few KB; the WebAssembly module about 60 KB): read whole.
  const body = await readFile(/* turbopackIgnore: true */ file);
  headers.set('Content-Length', String(body.length));
  return new Response(body, { headers });
}
