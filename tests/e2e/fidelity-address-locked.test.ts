/**
 * The fidelity fixture served as built (issue 19, items 1 and 6): its `_config.yml` has no `url`, so every
 * absolute URL the site writes hangs off the address its posts' guids give; and its two locked posts (a WordPress
 * password in the front matter, a body that is WordPress's password form) are in nothing an anonymous visitor
 * gets, open in preview, and their password is in no file of the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { get, withBrowser } from './helpers';
import { FORM_LOCKED, INFERRED_URL, LOCKED, PASSWORD, PUBLIC, SHARED_LISTINGS } from './locked-fixture';
import { generatedDirOf, PREVIEW_SECRETS, SITES } from './sites';

const browser = withBrowser();
const MARKERS = [LOCKED.marker, FORM_LOCKED.marker];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : entry.isFile() ? [full] : [];
  });
}

/** A file's text, gunzipped when it is gzip (Pagefind's chunks and fragments). */
function textOf(file: string): string {
  const bytes = readFileSync(file);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

const markersIn = (text: string) => MARKERS.filter((marker) => text.toLowerCase().includes(marker.toLowerCase()));

describe('the site address, from the guids', () => {
  it('canonical links and Open Graph URLs hang off it', async () => {
    const home = await get('fidelity', '/');
    expect(home.status).toBe(200);
    expect(home.body).toContain(`<link rel="canonical" href="${INFERRED_URL}/"/>`);
    const post = await get('fidelity', PUBLIC.harbour.url);
    expect(post.body).toContain(`<link rel="canonical" href="${INFERRED_URL}${PUBLIC.harbour.url}"/>`);
    expect(post.body).toContain(`<meta property="og:url" content="${INFERRED_URL}${PUBLIC.harbour.url}"/>`);
  });

  it('so do the feeds, the sitemap and robots.txt', async () => {
    const rss = await get('fidelity', '/feed/');
    expect(rss.body).toContain(`<link>${INFERRED_URL}/</link>`);
    expect(rss.body).toContain(`<link>${INFERRED_URL}${PUBLIC.harbour.url}</link>`);
    const json = JSON.parse((await get('fidelity', '/feed.json')).body) as { home_page_url: string };
    expect(json.home_page_url).toBe(`${INFERRED_URL}/`);
    expect((await get('fidelity', '/sitemap.xml')).body).toContain(`<loc>${INFERRED_URL}${PUBLIC.harbour.url}</loc>`);
    expect((await get('fidelity', '/robots.txt')).body).toContain(`Sitemap: ${INFERRED_URL}/sitemap.xml`);
  });

  it('is https (most guids are, some older ones http): the server sends HSTS', async () => {
    const home = await get('fidelity', '/');
    expect(home.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('links, permalinks and images on it (either scheme) are the site\'s own', async () => {
    const tides = await get('fidelity', PUBLIC.tides.url);
    expect(tides.body).toContain(`href="${PUBLIC.harbour.url}"`);
    expect(tides.body).not.toContain('http://fidelity.example/harbour-notes/');
    const lighthouse = await get('fidelity', PUBLIC.lighthouse.url);
    expect(lighthouse.status).toBe(200);
    expect(lighthouse.body).toContain(`${INFERRED_URL}${PUBLIC.lighthouse.image}`); // og:image, absolute
    expect((await get('fidelity', PUBLIC.lighthouse.image)).status).toBe(200);
  });
});

describe('locked posts, to anonymous visitors', () => {
  it.each([LOCKED, FORM_LOCKED])('$url is the normal 404, and so are its WordPress ID and its Open Graph image', async ({ url, wpId, marker }) => {
    const res = await get('fidelity', url);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain(marker);
    const unknown = await get('fidelity', '/no-such-page-at-all/');
    expect(res.body.match(/<h1[^>]*>([^<]*)</)?.[1]).toBe(unknown.body.match(/<h1[^>]*>([^<]*)</)?.[1]);
    expect((await get('fidelity', `/?p=${wpId}`)).status).toBe(404);
    expect((await get('fidelity', `/og${url}image.png`)).status).toBe(404);
  });

  it('a public post\'s WordPress ID and image still answer (the checks above could pass)', async () => {
    const res = await get('fidelity', '/?p=101');
    expect([301, 308]).toContain(res.status);
    expect(res.headers.get('location')).toBe(PUBLIC.harbour.url);
    expect((await get('fidelity', `/og${PUBLIC.harbour.url}image.png`)).status).toBe(200);
  });

  it.each([...LOCKED.ownArchives, ...FORM_LOCKED.ownArchives])('%s, an archive only a locked post is in, does not exist', async (url) => {
    const res = await get('fidelity', url);
    expect(res.status).toBe(404);
    expect(markersIn(res.body)).toEqual([]);
  });

  it.each(SHARED_LISTINGS)('%s lists public posts and no locked one', async (url) => {
    const res = await get('fidelity', url);
    expect(res.status).toBe(200);
    expect(markersIn(res.body)).toEqual([]);
    expect(res.body).not.toContain(LOCKED.url);
    expect(res.body).not.toContain(FORM_LOCKED.url);
  });

  it('the home page and the feeds list a public post older than the locked ones: were those public, they would be there too', async () => {
    const home = await get('fidelity', '/');
    for (const { url } of Object.values(PUBLIC)) expect(home.body).toContain(`href="${url}"`);
    for (const feed of ['/feed/', '/feed/atom/', '/feed.json']) expect((await get('fidelity', feed)).body).toContain(PUBLIC.harbour.url);
  });

  it.each(Object.values(PUBLIC).map(({ url }) => url))('%s (a public post) names no locked post, in related posts or anywhere', async (url) => {
    const res = await get('fidelity', url);
    expect(res.status).toBe(200);
    expect(markersIn(res.body)).toEqual([]);
  });

  it.each(['/feed/', '/feed/atom/', '/feed.json', '/tag/shared/feed/', '/category/notes/feed/', '/author/rhea/feed/'])(
    'the feed %s carries no locked post',
    async (url) => {
      const res = await get('fidelity', url);
      expect(res.status).toBe(200);
      expect(res.body).toContain(PUBLIC.harbour.url);
      expect(markersIn(res.body)).toEqual([]);
      expect(res.body).not.toContain(LOCKED.url);
      expect(res.body).not.toContain(FORM_LOCKED.url);
    },
  );

  it('the sitemap has no locked post', async () => {
    const sitemap = (await get('fidelity', '/sitemap.xml')).body;
    expect(sitemap).toContain(PUBLIC.harbour.url);
    expect(sitemap).not.toContain(LOCKED.url);
    expect(sitemap).not.toContain(FORM_LOCKED.url);
  });

  it('the search index files hold no locked post', () => {
    const files = walk(path.join(generatedDirOf('fidelity'), 'search'));
    expect(files.some((file) => file.endsWith('pagefind-entry.json'))).toBe(true);
    const texts = files.map(textOf);
    // Positive control: a public post's words are there.
    expect(texts.some((text) => text.includes(PUBLIC.harbour.text))).toBe(true);
    const offenders = files.flatMap((file, i) => markersIn(texts[i]!).map((marker) => `${path.basename(file)}: ${marker}`));
    expect(offenders).toEqual([]);
  });
});

describe('locked posts, in preview', () => {
  it.each([LOCKED, FORM_LOCKED])('$url opens, with the preview notice', async ({ url, marker }) => {
    const secret = encodeURIComponent(PREVIEW_SECRETS.fidelity!);
    const page = await browser.open('fidelity', `/api/draft/?secret=${secret}&path=${encodeURIComponent(url)}`);
    expect(new URL(page.url()).pathname).toBe(url);
    expect(await page.locator('h1').first().textContent()).toContain(marker);
    expect(await page.textContent('body')).toMatch(/draft|preview/i);
    if (url === LOCKED.url) expect(await page.textContent('body')).toContain('LOCKEDMARKER body');
  });
});

describe('the password', () => {
  it('is in no file of the build: pages, payloads, server code, generated content, search index', () => {
    const files = [...walk(SITES.fidelity.distDir), ...walk(generatedDirOf('fidelity'))];
    expect(files.length).toBeGreaterThan(100);
    const needles = [Buffer.from(PASSWORD, 'utf8'), Buffer.from(PASSWORD, 'utf16le')];
    const offenders = files.filter((file) => {
      const bytes = readFileSync(file);
      const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
      return needles.some((needle) => text.includes(needle));
    });
    expect(offenders).toEqual([]);
    // The locked post's body is in the generated content (for preview): the walk looks where the password could be.
    expect(files.some((file) => textOf(file).includes('LOCKEDMARKER body'))).toBe(true);
  });
});
