/**
 * proxy.ts answers 404 for URLs with square brackets (spelled like the route files), but never for Next's own
 * `/_next/...` files: Turbopack names chunks like `[root-of-the-server]__….js`, and those must be served.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRACKETED_CHUNK } from './global-setup';
import { get } from './helpers';
import { SITES, siteUrl } from './sites';

describe('Next.js files with brackets in their names', () => {
  // global-setup copies a real chunk of the paginated site under this name before the server starts. Asked for
  // percent-encoded and with raw brackets. (Next's own static handler answers 404 for lower-case escapes such
  // as `%5b`, proxy or not.)
  it.each([
    `/_next/static/chunks/${encodeURIComponent(BRACKETED_CHUNK)}`,
    `/_next/static/chunks/${BRACKETED_CHUNK}`,
  ])('%s is served', async (url) => {
    const res = await fetch(`${siteUrl('paginated')}${url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    const bytes = readFileSync(path.join(SITES.paginated.distDir, 'static', 'chunks', BRACKETED_CHUNK));
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('a missing one is still a 404', async () => {
    expect((await get('paginated', '/_next/static/chunks/%5Bmissing%5D__chunk.js')).status).toBe(404);
  });
});

describe('blog URLs with brackets', () => {
  it.each(['/%5Bslug%5D/', '/tag/[slug]/', '/wp-content/uploads/%5B...path%5D/', '/x/_next/%5Bslug%5D/'])(
    '%s is the 404 page',
    async (url) => {
      const res = await get('paginated', url);
      expect(res.status).toBe(404);
      expect(res.body).toContain('Page not found');
    },
  );
});

describe("Next.js's image optimiser, which no page uses", () => {
  // It would store a resized copy of any image a visitor names, in every width and quality asked for.
  it.each(['/_next/image/?url=%2Fwp-content%2Fuploads%2F2020%2F09%2Fpixel.png&w=640&q=75', '/_next/image?url=%2Ficon.png&w=64&q=75'])(
    '%s is a 404 and stores nothing',
    async (url) => {
      const cache = path.join(SITES.paginated.distDir, 'cache', 'images');
      const res = await get('paginated', url);
      expect(res.status).toBe(404);
      expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);
    },
  );
});
