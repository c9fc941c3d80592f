/**
 * Nothing a visitor sends grows the disk or the memory: thousands of unique URLs the site has no page at (plain,
 * with a forged Draft Mode cookie, with a forged preview session, and Open Graph images of no post) are answered
 * 404 without rendering anything into the build's cache, and the server's memory stays put.
 */
import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { get } from './helpers';
import { SITES, siteUrl } from './sites';

const PER_KIND = 1000;
const WARM_UP = 1000;
const DISK_GROWTH_LIMIT = 64 * 1024;
// Before the fix, 2,700 such requests grew it by 375 MB (and the disk by 50 KB each); a fresh server's heap still grows
// for its first ~15,000 requests, up to ~370 MB in all, then stays.
const RSS_GROWTH_LIMIT = 128 * 1024 * 1024;

/** Bytes of every file under a folder. */
function folderSize(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}

/** The process listening on a TCP port, found through /proc (its socket's inode among its open files). */
function listeningPid(port: number): number {
  const hexPort = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields[1]?.endsWith(hexPort) && fields[3] === '0A') inodes.add(fields[9]!);
    }
  }
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
        if (inode && inodes.has(inode)) return Number(pid);
      }
    } catch {
      // A process that ended meanwhile, or one of another user.
    }
  }
  throw new Error(`no process listens on port ${port}`);
}

const rssOf = (pid: number) => Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;

// URLs of every shape a route could render on demand: documents, term archives, later pages, sitemap parts, the API.
const SHAPES = [
  (n: string) => `/flood-${n}/`,
  (n: string) => `/flood/${n}/deeper/`,
  (n: string) => `/tag/flood-${n}/`,
  (n: string) => `/category/flood-${n}/page/2/`,
  (n: string) => `/author/flood-${n}/feed/`,
  (n: string) => `/page/${n.replace(/\D/g, '')}0/`,
  (n: string) => `/sitemap/${n.replace(/\D/g, '')}.xml`,
  (n: string) => `/api/flood-${n}/`,
];

interface Kind {
  name: string;
  url: (n: string, i: number) => string;
  cookie?: string;
}

const KINDS: Kind[] = [
  { name: 'plain', url: (n, i) => SHAPES[i % SHAPES.length]!(n) },
  { name: 'forged Draft Mode cookie', url: (n, i) => SHAPES[i % SHAPES.length]!(n), cookie: '__prerender_bypass=x' },
  {
    name: 'forged preview session',
    url: (n, i) => SHAPES[i % SHAPES.length]!(n),
    cookie: `__prerender_bypass=0123456789abcdef0123456789abcdef; blog_preview=v1.${Date.now() + 3600_000}.${'A'.repeat(43)}`,
  },
  { name: 'Open Graph images of no post', url: (n, i) => (i % 2 ? `/og/flood-${n}/image.png` : `/og/flood/${n}/image.png`), cookie: '__prerender_bypass=x' },
];

/** Sends `count` unique URLs of a kind, 16 at a time; returns the statuses and bodies' headings seen. */
async function flood(kind: Kind, count: number, run: string) {
  const statuses = new Map<number, number>();
  const headings = new Set<string>();
  const ogCaching = new Set<string>();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const res = await fetch(`${siteUrl('paginated')}${kind.url(`${run}-${i}`, i)}`, {
        headers: kind.cookie ? { cookie: kind.cookie } : {},
        redirect: 'manual',
      });
      const body = await res.text();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (kind.name.startsWith('Open Graph')) ogCaching.add(res.headers.get('cache-control') ?? '');
      else headings.add(/<h1[^>]*>([^<]*)</.exec(body)?.[1] ?? '(no heading)');
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return { statuses: Object.fromEntries(statuses), headings: [...headings], ogCaching: [...ogCaching] };
}

describe('a flood of unknown URLs', () => {
  const distDir = SITES.paginated.distDir;
  let notFoundHeading = '';

  beforeAll(async () => {
    const unknown = await get('paginated', '/no-such-page-at-all/');
    expect(unknown.status).toBe(404);
    notFoundHeading = /<h1[^>]*>([^<]*)</.exec(unknown.body)?.[1] ?? '';
    expect(notFoundHeading).not.toBe('');
    // Warm up, so that only the flood is measured: code loaded, the 404 page's first regeneration done, and the
    // JavaScript heap grown to its working size (see RSS_GROWTH_LIMIT).
    for (const kind of KINDS) await flood(kind, WARM_UP, 'warm-up');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }, 180_000);

  it(`${KINDS.length} × ${PER_KIND} URLs: all 404, the site's 404 page; the build's folder and the server's memory do not grow`, async () => {
    const pid = listeningPid(SITES.paginated.port);
    const diskBefore = folderSize(distDir);
    const rssBefore = rssOf(pid);
    const run = `${process.pid}-${Date.now().toString(36)}`;
    for (const kind of KINDS) {
      const { statuses, headings, ogCaching } = await flood(kind, PER_KIND, run);
      expect(statuses, kind.name).toEqual({ 404: PER_KIND });
      if (kind.name.startsWith('Open Graph')) expect(ogCaching, kind.name).toEqual(['no-store']);
      else expect(headings, kind.name).toEqual([notFoundHeading]);
    }
    const diskGrowth = folderSize(distDir) - diskBefore;
    const rssGrowth = rssOf(pid) - rssBefore;
    console.log(`flood of ${KINDS.length * PER_KIND} URLs: ${distDir} grew ${diskGrowth} bytes; server RSS ${(rssBefore / 2 ** 20).toFixed(0)} -> ${(rssOf(pid) / 2 ** 20).toFixed(0)} MiB`);
    expect(diskGrowth).toBeLessThanOrEqual(DISK_GROWTH_LIMIT);
    expect(rssGrowth).toBeLessThanOrEqual(RSS_GROWTH_LIMIT);
  }, 180_000);
});
