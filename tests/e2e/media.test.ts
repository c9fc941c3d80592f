/**
 * The export's media folder: `/wp-content/uploads/...` is served from the fixture's wp-content/, and nothing
 * else is: no dotfile (WordPress plugins leave `.htaccess` files in uploads/), nothing outside the folder, no
 * file type a browser would run script in (`.html`, `.js`), and what is served is sandboxed by its CSP.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { get, withBrowser } from './helpers';
import { post } from './paginated-fixture';
import { SITES, siteUrl } from './sites';

const browser = withBrowser();
const PIXEL = '/wp-content/uploads/2020/09/pixel.png';
const SVG = '/wp-content/uploads/2020/09/onload.svg';
const MEDIA_CSP = "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox";
/** What the fixture's hostile uploads (page.html, script.js, onload.svg) set the title to, should they run. */
const RAN = 'UPLOAD SCRIPT RAN';

describe('uploads', () => {
  it('serves an upload with its type and bytes', async () => {
    const res = await fetch(`${siteUrl('paginated')}${PIXEL}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe(MEDIA_CSP);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.equals(readFileSync(`${SITES.paginated.contentDir}${PIXEL}`))).toBe(true);
  });

  it('shows an own-domain featured image and a body image from the uploads folder', async () => {
    const page = await browser.open('paginated', post(2).url);
    const featured = page.locator('article img.featured-image');
    // `https://paginated.example/wp-content/...` in the export becomes root-relative.
    expect(await featured.getAttribute('src')).toBe(PIXEL);
    const body = page.locator('article .prose img');
    expect(await body.getAttribute('src')).toBe(PIXEL);
    expect(await body.getAttribute('alt')).toBe('A one-pixel upload');
    for (const img of [featured, body]) {
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1);
    }
  });

  it('answers 404 for a missing upload', async () => {
    expect((await get('paginated', '/wp-content/uploads/2020/09/missing.png')).status).toBe(404);
    expect((await get('paginated', '/wp-content/uploads/2020/09/')).status).toBe(404);
  });
});

describe('uploads a browser would run script in', () => {
  // Both files exist in the fixture's uploads/2020/09/.
  it.each(['/wp-content/uploads/2020/09/page.html', '/wp-content/uploads/2020/09/script.js'])(
    '%s is a 404',
    async (path) => {
      const res = await get('paginated', path);
      expect(res.status).toBe(404);
      expect(res.body).not.toContain(RAN);
    },
  );

  it('an SVG is served as an image, sandboxed by its CSP', async () => {
    const res = await get('paginated', SVG);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe(MEDIA_CSP);
    expect(res.body).toContain('onload=');
  });

  it("an SVG opened directly runs none of its script, though the same file without the header would", async () => {
    const opened = await browser.open('paginated', SVG);
    expect(await opened.title()).not.toBe(RAN);

    // The control: the same bytes at another URL of the origin, without the CSP header, run their script.
    // So the check above sees script when it runs, and it is the header that stops it.
    const bytes = readFileSync(`${SITES.paginated.contentDir}${SVG}`);
    const control = await browser.open('paginated', '/');
    await control.route('**/unsandboxed.svg', (route) =>
      route.fulfill({ status: 200, contentType: 'image/svg+xml', body: bytes }),
    );
    await control.goto(`${siteUrl('paginated')}/unsandboxed.svg`, { waitUntil: 'load' });
    expect(await control.title()).toBe(RAN);
  });
});

describe('what the media routes must not serve', () => {
  // wp-content/uploads/.htaccess exists in the fixture; _config.yml sits next to wp-content/.
  it.each([
    '/wp-content/uploads/.htaccess',
    '/wp-content/uploads/%2Ehtaccess',
    '/wp-content/uploads%2F.htaccess',
    '/wp-content/uploads%2F%2Ehtaccess',
    '/wp-content/x%2F..%2Fuploads%2F.htaccess',
    '/wp-content/uploads/2020/09/..%2F..%2F.htaccess',
    '/wp-content/..%2F_config.yml',
    '/wp-content/%2E%2E/_config.yml',
    '/wp-content/uploads%2F..%2F..%2F_config.yml',
    '/assets/..%2Fwp-content%2Fuploads%2Fpixel.png',
    '/assets/..%2F_config.yml',
  ])('%s is not served', async (path) => {
    const res = await get('paginated', path, { follow: true });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('Options -Indexes');
    expect(res.body).not.toContain('paginate:');
  });
});
