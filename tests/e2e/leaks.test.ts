/**
 * Plugin metadata (personal data: submitter e-mail and IP, SEO fields) never reaches the build output at all;
 * drafts and scheduled posts never reach anything served to an anonymous visitor: client files, prerendered
 * HTML and RSC payloads, the search index's files, feeds. (The server's own code holds them, for preview.) The
 * markers are planted in the fixture's plugin keys, its draft, its scheduled post and its About page
 * (LEAKMARKER-shapes-5e1d is the marker of the front-matter-shapes fixture; SOONMARKER is the scheduled site's).
 */
import { UNPUBLISHED_MARKER as ARCHIVE_UNPUBLISHED } from './archive-fixture';
import { FORM_LOCKED, LOCKED, PASSWORD } from './locked-fixture';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { get, linkHrefs, scriptSources } from './helpers';
import { DRAFT, DRAFT_NO_PERMALINK, LEAK_MARKERS, NEWEST_FIRST, SCHEDULED } from './paginated-fixture';
import { SCHEDULED_AT_FILE, SOON } from './scheduled-site';
import { generatedDirOf, SITES, siteUrl, type SiteName } from './sites';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.isFile() ? [full] : [];
  });
}

/** Personal data from plugin keys, and a locked post's password: in no file of any build. */
const PERSONAL_MARKERS = [...LEAK_MARKERS.filter((marker) => marker.startsWith('LEAKMARKER')), PASSWORD];
/** Unpublished posts (locked ones too): in nothing an anonymous visitor can be served. */
const UNPUBLISHED_MARKERS = [DRAFT.marker, DRAFT_NO_PERMALINK.marker, SCHEDULED.marker, SOON.marker, ARCHIVE_UNPUBLISHED, LOCKED.marker, FORM_LOCKED.marker];

/** Each marker as UTF-8 and as UTF-16LE bytes (source maps and caches are UTF-8; V8 snapshots can be UTF-16). */
const needlesOf = (markers: string[]) =>
  markers.flatMap((marker) => [
    { marker, bytes: Buffer.from(marker, 'utf8') },
    { marker, bytes: Buffer.from(marker, 'utf16le') },
  ]);
/** The scheduled site's post is public once its time has come (scheduled.test.ts): from then on it may be served. */
function soonIsLive(): boolean {
  const file = path.join(SITES.scheduled.contentDir, SCHEDULED_AT_FILE);
  return existsSync(file) && Date.now() >= Number(readFileSync(file, 'utf8'));
}

/** What no served page may contain, now. */
function servedNeedles() {
  return needlesOf([...PERSONAL_MARKERS, ...UNPUBLISHED_MARKERS.filter((m) => !(m === SOON.marker && soonIsLive()))]);
}

function markersIn(bytes: Buffer | string, needles = servedNeedles()): string[] {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return [...new Set(needles.filter((n) => buf.includes(n.bytes)).map((n) => n.marker))];
}

/**
 * What a build serves as it is: client files (`static/`), the prerendered pages and payloads under `server/app/`
 * (everything there but the route code), and the pages Next.js regenerates at run time (`server/route-cache/`,
 * where a preview render must never land).
 */
function servedArtefacts(distDir: string): string[] {
  const notCode = (file: string) => !/\.(js|js\.map|nft\.json)$/.test(file);
  const routeCache = path.join(distDir, 'server', 'route-cache');
  return [
    ...walk(path.join(distDir, 'static')),
    ...walk(path.join(distDir, 'server', 'app')).filter(notCode),
    ...(existsSync(routeCache) ? walk(routeCache) : []),
  ];
}

/** Same-site links of a page, as paths (query and hash dropped). */
function internalPaths(html: string): string[] {
  return linkHrefs(html)
    .filter((href) => href.startsWith('/') && !href.startsWith('//'))
    .map((href) => href.replace(/[?#].*$/, ''));
}

/**
 * Body fixtures that link, on purpose, to pages and uploads that do not exist (the build lists them); every
 * other site must have no broken internal link.
 */
const BROKEN_ON_PURPOSE: Partial<Record<SiteName, 'any'>> = { bodies: 'any', hostile: 'any' };

/** Every page a visitor can reach from the home page by following links, with its HTML. */
async function crawl(site: SiteName): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const queue = ['/'];
  const visited = new Set<string>();
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (visited.has(next)) continue;
    visited.add(next);
    const res = await get(site, next);
    if (res.status === 404 && BROKEN_ON_PURPOSE[site]) continue;
    expect(res.status, `${next} (linked from the site)`).toBe(200);
    // The Subscribe link leads to the feed: checked for markers here; it is not a page with an RSC payload.
    if (!res.headers.get('content-type')?.startsWith('text/html')) {
      expect(markersIn(res.body), next).toEqual([]);
      continue;
    }
    seen.set(next, res.body);
    for (const link of internalPaths(res.body)) if (!seen.has(link)) queue.push(link);
  }
  return seen;
}

/** The files among `files` that contain one of the markers, with the markers found (gzipped files unpacked). */
function offendersIn(dir: string, files: string[], needles: ReturnType<typeof needlesOf>): string[] {
  return files.flatMap((file) => {
    if (statSync(file).size === 0) return [];
    const bytes = readFileSync(file);
    const found = markersIn(bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes, needles);
    return found.length > 0 ? [`${path.relative(dir, file)}: ${found.join(', ')}`] : [];
  });
}

describe('build output', () => {
  it.each(Object.keys(SITES) as SiteName[])('no file of the %s build contains personal data from plugin keys', (site) => {
    const dir = SITES[site].distDir;
    const files = walk(dir);
    // The walk really covers a build: the server bundle and the prerendered pages are there.
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.endsWith(`${path.sep}BUILD_ID`))).toBe(true);
    expect(files.some((f) => f.endsWith('.html'))).toBe(true);
    expect(offendersIn(dir, files, needlesOf(PERSONAL_MARKERS))).toEqual([]);
    // Nor the generated content the server reads at run time.
    const generated = generatedDirOf(site);
    expect(walk(generated).some((f) => f.endsWith('entries.json'))).toBe(true);
    expect(offendersIn(generated, walk(generated), needlesOf(PERSONAL_MARKERS))).toEqual([]);
  });

  it.each(Object.keys(SITES) as SiteName[])(
    'nothing the %s build serves as it is (client files, prerendered HTML and RSC, search index files) holds an unpublished post',
    (site) => {
      const dir = SITES[site].distDir;
      const files = servedArtefacts(dir);
      expect(files.some((f) => f.endsWith('.html'))).toBe(true);
      expect(files.some((f) => f.endsWith('.rsc'))).toBe(true);
      expect(files.some((f) => f.includes(`${path.sep}static${path.sep}chunks${path.sep}`))).toBe(true);
      // (Regenerated pages are written back into the build: the scheduled site's post, once live, may be there.)
      const unpublished = needlesOf(UNPUBLISHED_MARKERS.filter((m) => !(m === SOON.marker && soonIsLive())));
      expect(offendersIn(dir, files, unpublished)).toEqual([]);
      // The files served as they are from outside the build folder: the search index (`/pagefind/`), which the
      // content step writes beside the generated content. (The site has no `public/` folder, which Next.js would
      // serve as it is too: one added must be checked here.)
      expect(existsSync('public'), 'a public/ folder: check it here').toBe(false);
      const searchDir = path.join(generatedDirOf(site), 'search');
      expect(existsSync(searchDir), searchDir).toBe(true);
      const searchFiles = walk(searchDir);
      expect(searchFiles.some((f) => f.endsWith('pagefind.js'))).toBe(true);
      expect(offendersIn(searchDir, searchFiles, unpublished)).toEqual([]);
    },
  );

  it('the server holds the draft, for preview, in its generated content only: the check above looks where it could be', () => {
    const generated = generatedDirOf('paginated');
    expect(offendersIn(generated, walk(generated), needlesOf([DRAFT.marker])).length).toBeGreaterThan(0);
    // Not in the server code, nor in any prerendered page.
    const serverFiles = walk(path.join(SITES.paginated.distDir, 'server'));
    expect(offendersIn(SITES.paginated.distDir, serverFiles, needlesOf([DRAFT.marker]))).toEqual([]);
  });

  it.each(Object.keys(SITES) as SiteName[])('the %s site\'s search index holds no unpublished post and no plugin metadata', (site) => {
    const dir = path.join(generatedDirOf(site), 'search');
    const files = walk(dir);
    expect(files.some((f) => f.endsWith('pagefind-entry.json'))).toBe(true);
    // Pagefind gzips its chunks and fragments, and keeps words in lower case: each file is read as it is searched.
    const text = files.map((file) => {
      const bytes = readFileSync(file);
      return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8').toLowerCase();
    });
    const unpublished = UNPUBLISHED_MARKERS.filter((m) => !(m === SOON.marker && soonIsLive()));
    const needles = [...PERSONAL_MARKERS, ...unpublished].flatMap((m) => [m.toLowerCase(), m.split('-')[0]!.toLowerCase()]);
    const offenders = files.flatMap((file, i) => needles.filter((n) => text[i]!.includes(n)).map((n) => `${path.relative(dir, file)}: ${n}`));
    expect(offenders).toEqual([]);
    if (site === 'paginated') {
      // Positive control: a public post's words are there, in a fragment and as an index word.
      expect(text.some((t) => t.includes('electric trucks need batteries'))).toBe(true);
      expect(text.filter((t) => t.includes('batteries')).length).toBeGreaterThan(1);
    }
  });

  it('the walk would see a marker: post bodies of the fixture are in its build, as plain bytes', () => {
    // A positive control for the test above, with text that sits next to the markers in the export.
    const files = walk(SITES.paginated.distDir);
    const needle = Buffer.from('This is the body of fixture post number 7.');
    expect(files.some((file) => readFileSync(file).includes(needle))).toBe(true);
  });
});

describe('served pages', () => {
  it.each(Object.keys(SITES) as SiteName[])(
    'no page of the %s site reachable from its home page contains a marker, in HTML or RSC payload',
    async (site) => {
      const pages = await crawl(site);
      if (site === 'paginated') {
        // Home, its pages 2-3, every post, every tag and category archive page.
        for (const p of NEWEST_FIRST) expect(pages.has(p.url), p.url).toBe(true);
        for (const p of ['/', '/page/2/', '/page/3/', '/tag/machine-learning/page/2/', '/category/startups/page/2/']) {
          expect(pages.has(p), p).toBe(true);
        }
        expect(pages.size).toBeGreaterThan(40);
      } else {
        expect(pages.size).toBeGreaterThanOrEqual(2);
      }
      const offenders: string[] = [];
      for (const [url, html] of pages) {
        const found = markersIn(html);
        if (found.length > 0) offenders.push(`${url}: ${found.join(', ')}`);
        // What the client router fetches on navigation: the page's RSC payload.
        // (Next.js answers with a redirect to `?_rsc=<hash>` first; fetch follows it.)
        const rsc = await fetch(`${siteUrl(site)}${url}`, { headers: { RSC: '1' } });
        const payload = await rsc.text();
        expect(rsc.status, url).toBe(200);
        expect(rsc.headers.get('content-type'), url).toMatch(/^text\/x-component/);
        if (site === 'paginated' && url === NEWEST_FIRST[0]!.url) {
          // Positive control: the payload is the page's own data.
          expect(payload).toContain('This is the body of fixture post number 28.');
        }
        const inPayload = markersIn(payload);
        if (inPayload.length > 0) offenders.push(`${url} (RSC): ${inPayload.join(', ')}`);
      }
      expect(offenders).toEqual([]);
    },
  );

  it('the About page, which carries an SEO plugin key, does not show it', async () => {
    const res = await get('paginated', '/about/');
    expect(res.status).toBe(200);
    expect(markersIn(res.body)).toEqual([]);
    expect(res.body).not.toContain('_yoast_wpseo_metadesc');
    expect(res.body).not.toContain('page description');
  });

  it('the 404 page and the served client scripts contain no marker', async () => {
    const notFound = await get('paginated', '/draftmarker-unpublished-idea/');
    expect(notFound.status).toBe(404);
    expect(markersIn(notFound.body)).toEqual([]);
    const home = await get('paginated', '/');
    const scripts = scriptSources(home.body);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const js = await get('paginated', src);
      expect(js.status, src).toBe(200);
      expect(markersIn(js.body), src).toEqual([]);
    }
  });
});
