/**
 * Hostile media over real HTTP, on the `hostile` site: a copy of tests/fixtures/hostile-site into which
 * global-setup adds symbolic links (hostile-media-site.ts). Links (to /etc/passwd, /proc/self/environ, the
 * site's own build folder, folders outside and inside the export), folders WordPress protected (a denying
 * `.htaccess`, a plugin's protected folder), keys, dumps and backups answer 404; public media are served
 * with byte ranges and conditional requests, so audio and video seek.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { get, withBrowser } from './helpers';
import { hostileLinks, HOSTILE_FIXTURE, LINKS_URL } from './hostile-media-site';
import { SITES, siteUrl } from './sites';

const browser = withBrowser();
const UPLOADS = '/wp-content/uploads';
const VIDEO = `${UPLOADS}/2021/03/clip.mp4`;

/** A file's bytes as the fixture holds them. */
const fixtureBytes = (url: string) => readFileSync(path.join(HOSTILE_FIXTURE, url));

const fetchMedia = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(`${siteUrl('hostile')}${url}`, { method, headers, redirect: 'manual' });

/** A file of the site's build that the media routes would serve by type (an image or font of static/media). */
function servableBuildFile(): string {
  const media = path.join(SITES.hostile.distDir, 'static', 'media');
  const file = readdirSync(media).find((name) => /\.(png|woff2|svg|ico)$/.test(name));
  if (!file) throw new Error(`no image or font in ${media}`);
  return `static/media/${file}`;
}

describe('symbolic links in the export are never followed', () => {
  it('the links exist in the served copy, so each 404 below is the link rule at work', () => {
    const links = path.join(SITES.hostile.contentDir, 'wp-content', 'uploads', 'links');
    expect(readdirSync(links).sort()).toEqual(Object.keys(hostileLinks(SITES.hostile.distDir)).sort());
  });

  it.each([
    ['to /etc/passwd', `${LINKS_URL}/passwd.txt`],
    ['to /proc/self/environ', `${LINKS_URL}/environ.txt`],
    ['to a folder outside the export', `${LINKS_URL}/elsewhere/2020/09/pixel.png`],
    ['to a folder inside the export', `${LINKS_URL}/inside/report.pdf`],
    ['to a file inside the export', `${LINKS_URL}/report.pdf`],
  ])('a link %s is a 404', async (_, url) => {
    const res = await get('hostile', url);
    expect(res.status).toBe(404);
    expect(res.body).not.toMatch(/root:|PATH=|%PDF|PNG/);
  });

  it("a link to the site's own build folder is a 404", async () => {
    const file = servableBuildFile();
    const res = await get('hostile', `${LINKS_URL}/build/${file}`);
    expect(res.status).toBe(404);
    // The same file is there through the link: only the refusal stops it.
    expect(statSync(path.join(SITES.hostile.contentDir, 'wp-content', 'uploads', 'links', 'build', file)).isFile()).toBe(true);
  });
});

describe('what WordPress protected is not served', () => {
  it.each([
    // A folder whose .htaccess denies access (Apache 2.2), two levels above the file.
    [`${UPLOADS}/members/2021/members-only.pdf`, 'MEMBERS-ONLY-e2e'],
    // Apache 2.4's `Require all denied`, in mixed case, inside <IfModule>.
    [`${UPLOADS}/form-entries/entry-1.pdf`, 'FORM-ENTRY-e2e'],
    // WooCommerce's protected downloads folder, without any .htaccess.
    [`${UPLOADS}/woocommerce_uploads/2021/03/paid-ebook.pdf`, 'PAID-EBOOK-e2e'],
    [`${UPLOADS}/2021/03/server.key`, 'PRIVATE-KEY-e2e'],
    [`${UPLOADS}/2021/03/dump.sql`, 'SQL-DUMP-e2e'],
    [`${UPLOADS}/2021/03/backup_2021-03-01-1200_Hostile_1a2b3c-db.zip`, 'SQL-DUMP-e2e'],
    [`${UPLOADS}/2021/03/site.wpress`, 'WPRESS-BACKUP-e2e'],
    [`${UPLOADS}/members/.htaccess`, 'Deny from all'],
  ])('%s is a 404', async (url, marker) => {
    expect(fixtureBytes(url).toString('latin1')).toContain(marker);
    for (const method of ['GET', 'HEAD']) {
      const res = await fetchMedia(url, {}, method);
      expect(res.status, method).toBe(404);
      expect(await res.text()).not.toContain(marker);
    }
  });
});

describe('public media are served', () => {
  it.each([
    [`${UPLOADS}/2020/01/pixel.png`, 'image/png'],
    [`${UPLOADS}/2021/03/report.pdf`, 'application/pdf'],
    [`${UPLOADS}/2021/03/episode.mp3`, 'audio/mpeg'],
    [VIDEO, 'video/mp4'],
    [`${UPLOADS}/2021/03/clip.webm`, 'video/webm'],
    // An ordinary zip, in a folder whose .htaccess only sets caching.
    [`${UPLOADS}/2021/03/theme-files.zip`, 'application/zip'],
  ])('%s, as %s, byte for byte', async (url, type) => {
    const res = await fetchMedia(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(Buffer.from(await res.arrayBuffer()).equals(fixtureBytes(url))).toBe(true);
  });
});

describe('byte ranges and conditional requests over HTTP', () => {
  const video = fixtureBytes(VIDEO);

  it('a range request answers 206 with that range', async () => {
    const res = await fetchMedia(VIDEO, { range: 'bytes=0-99' });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 0-99/${video.length}`);
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(await res.arrayBuffer()).equals(video.subarray(0, 100))).toBe(true);
  });

  it('a suffix range answers the last bytes, unaltered by compression', async () => {
    const res = await fetchMedia(VIDEO, { range: 'bytes=-500', 'accept-encoding': 'gzip, br' });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await res.arrayBuffer()).equals(video.subarray(video.length - 500))).toBe(true);
  });

  it('several ranges answer multipart/byteranges', async () => {
    const res = await fetchMedia(VIDEO, { range: 'bytes=0-9,100-109' });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-type')).toMatch(/^multipart\/byteranges; boundary=/);
    const body = Buffer.from(await res.arrayBuffer()).toString('latin1');
    expect(body).toContain(`Content-Range: bytes 0-9/${video.length}`);
    expect(body).toContain(`Content-Range: bytes 100-109/${video.length}`);
    expect(body).toContain(video.subarray(100, 110).toString('latin1'));
  });

  it('a range beyond the end answers 416', async () => {
    const res = await fetchMedia(VIDEO, { range: `bytes=${video.length}-` });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe(`bytes */${video.length}`);
  });

  it('If-Range with the current ETag gives the range; with another, the whole file', async () => {
    const etag = (await fetchMedia(VIDEO, {}, 'HEAD')).headers.get('etag')!;
    expect((await fetchMedia(VIDEO, { range: 'bytes=0-9', 'if-range': etag })).status).toBe(206);
    const stale = await fetchMedia(VIDEO, { range: 'bytes=0-9', 'if-range': '"0-0"' });
    expect(stale.status).toBe(200);
    expect(Buffer.from(await stale.arrayBuffer()).equals(video)).toBe(true);
  });

  it('If-None-Match and If-Modified-Since answer 304 without a body; stale ones 200', async () => {
    const first = await fetchMedia(VIDEO);
    await first.arrayBuffer();
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    const conditionals: Record<string, string>[] = [{ 'if-none-match': etag }, { 'if-modified-since': lastModified }];
    for (const headers of conditionals) {
      const res = await fetchMedia(VIDEO, headers);
      expect(res.status, JSON.stringify(headers)).toBe(304);
      expect(res.headers.get('etag')).toBe(etag);
      expect((await res.arrayBuffer()).byteLength).toBe(0);
    }
    const stale = await fetchMedia(VIDEO, { 'if-none-match': '"0-0"' });
    expect(stale.status).toBe(200);
    await stale.arrayBuffer();
  });

  // Next.js drops a route handler's Content-Length (it sends bodies chunked), so HEAD cannot tell the size;
  // a range request's Content-Range does.
  it('HEAD answers the headers of GET without a body', async () => {
    const get = await fetchMedia(VIDEO);
    await get.arrayBuffer();
    const res = await fetchMedia(VIDEO, {}, 'HEAD');
    expect(res.status).toBe(200);
    for (const name of ['content-type', 'accept-ranges', 'etag', 'last-modified', 'cache-control', 'content-security-policy']) {
      expect(res.headers.get(name), name).toBe(get.headers.get(name));
    }
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });
});

describe('in the browser', () => {
  it('a video loads with ranges and seeks', async () => {
    const page = await browser.open('hostile', '/');
    const statuses: number[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/clip.webm')) statuses.push(response.status());
    });
    const played = await page.evaluate(async (src) => {
      const video = document.createElement('video');
      video.muted = true;
      video.preload = 'auto';
      video.src = src;
      document.body.append(video);
      await new Promise((resolve, reject) => {
        video.onloadedmetadata = resolve;
        video.onerror = () => reject(new Error(`media error ${video.error?.code}`));
      });
      video.currentTime = 1.5;
      await new Promise((resolve) => (video.onseeked = resolve));
      return { duration: video.duration, seekableEnd: video.seekable.length > 0 ? video.seekable.end(0) : 0, at: video.currentTime };
    }, `${UPLOADS}/2021/03/clip.webm`);
    expect(played.duration).toBeGreaterThan(1.5);
    // A resource is seekable to its end only when its server answers byte ranges.
    expect(played.seekableEnd).toBeCloseTo(played.duration, 1);
    expect(played.at).toBeCloseTo(1.5, 1);
    expect(statuses).toContain(206);
  });
});
