/**
 * Old WordPress URLs, metadata, sitemap, robots.txt and security headers, against the built sites: the paginated
 * fixture (every permalink variant, a `/?p=ID` post, preview on), the archive fixture, the bodies fixture (video
 * embeds) and the bundled site. (The scheduled site, on WordPress's default links, is checked in scheduled.test.ts.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITEMAP_XSD, validateXml } from '../helpers/xmllint';
import { get, redirectOf, withBrowser } from './helpers';
import { DRAFT, post, SCHEDULED } from './paginated-fixture';
import { PREVIEW_SECRETS, siteUrl, type SiteName } from './sites';

const browser = withBrowser();

describe('old WordPress URLs redirect permanently to where the content lives now', () => {
  it.each([
    ['/?p=1007', post(1).url],
    ['/?p=1140', post(20).url], // its permalink was `/?p=1140`: the URL comes from the file name
    ['/?page_id=2', '/about/'],
    ['/index.php?p=1007', post(1).url],
    ['/index.php/post-01-seed-round-for-a-robotics-startup/', post(1).url],
    ['/Post-01-Seed-Round-For-A-Robotics-Startup/', post(1).url],
    ['/Post-01-Seed-Round-For-A-Robotics-Startup/?utm_source=x', `${post(1).url}?utm_source=x`],
    ['/post%2012%20privacy%20rules%20in%20europe/', post(12).url],
    ['/2019/04/30/Post-06-Why-Batteries-Matter/', post(6).url],
    ['/tag/Machine%20Learning/', '/tag/machine-learning/'],
    ['/?tag=quantum', '/tag/quantum/'],
    ['/?category_name=policy', '/category/policy/'],
    ['/?m=201904', '/2019/04/'],
    ['/?s=robots', '/search/?q=robots'],
    ['/wp-sitemap.xml', '/sitemap.xml'],
  ])('%s -> %s', async (from, to) => {
    expect(await redirectOf('paginated', from)).toEqual({ status: 301, to });
  });

  it('a permalink without its trailing slash takes one redirect', async () => {
    const res = await redirectOf('paginated', '/post-12-privacy-rules-in-europe');
    expect([301, 308]).toContain(res.status);
    expect(res.to).toBe(post(12).url);
  });

  it.each([
    ['/?p=999999', 'an unknown ID'],
    ['/?p=4417', 'a draft\'s ID'],
    ['/?p=9001', 'the scheduled post\'s ID, before its time'],
    ['/?tag=nope', 'an unknown tag'],
    ['/Nope-Nope/', 'a path nobody has, in any spelling'],
  ])('%s is the 404 page (%s)', async (path) => {
    const res = await get('paginated', path);
    expect(res.status).toBe(404);
    expect(res.body).toContain('Page not found');
    expect(res.body).not.toContain(DRAFT.marker);
    expect(res.body).not.toContain(SCHEDULED.marker);
  });

  it('WordPress\'s preview link opens this blog\'s preview entry, which still wants the secret', async () => {
    expect(await redirectOf('paginated', '/?p=4417&preview=true')).toEqual({ status: 301, to: '/api/draft/?id=4417' });
    expect((await get('paginated', '/api/draft/?id=4417')).status).toBe(401);
    // Without preview on the server, a preview link is the post itself, as WordPress showed it to visitors.
    expect(await redirectOf('bundled', '/?p=3691&preview=true')).toEqual({
      status: 301,
      to: '/china-launches-global-data-security-initiative-to-counter-us-tech-dominance/',
    });
    expect((await get('bundled', '/?p=4417&preview=true')).status).toBe(404);
  });

  it('the bundled site\'s post by its WordPress ID; other queries leave the home page alone', async () => {
    expect(await redirectOf('bundled', '/?p=3691')).toEqual({
      status: 301,
      to: '/china-launches-global-data-security-initiative-to-counter-us-tech-dominance/',
    });
    expect((await get('bundled', '/?utm_source=x')).status).toBe(200);
    expect((await get('bundled', '/?cat=5')).status).toBe(200);
  });
});

/** The `content` of `<meta property|name=…>` tags in served HTML, in order. */
const metaOf = (html: string, key: string) =>
  [...html.matchAll(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, 'g'))].map((m) => m[1]!.replaceAll('&amp;', '&'));
const jsonLdOf = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);

describe('metadata', () => {
  it('a post: title, description, canonical, OpenGraph article with its offset date, author and tags, Twitter, JSON-LD', async () => {
    const { body } = await get('paginated', post(24).url);
    expect(/<title>([^<]*)<\/title>/.exec(body)?.[1]).toBe(`${post(24).title} – Paginated Fixture`);
    expect(metaOf(body, 'description')).toEqual(['Hand-written summary of post 24: bigger models & bigger bills.']);
    expect(body).toContain(`<link rel="canonical" href="https://paginated.example${post(24).url}"/>`);
    expect(metaOf(body, 'og:type')).toEqual(['article']);
    expect(metaOf(body, 'article:published_time')).toEqual(['2020-06-17T00:48:12+05:30']);
    expect(metaOf(body, 'article:author')).toEqual(['Ada Editor']);
    expect(metaOf(body, 'article:tag')).toEqual(['Machine Learning', 'Weekly']);
    expect(metaOf(body, 'twitter:card')).toHaveLength(1);
    const [data] = jsonLdOf(body);
    expect(data).toMatchObject({
      '@type': 'BlogPosting',
      headline: post(24).title,
      datePublished: '2020-06-17T00:48:12+05:30',
      url: `https://paginated.example${post(24).url}`,
      author: { '@type': 'Person', name: 'Ada Editor' },
      publisher: { '@type': 'Organization', name: 'Paginated Fixture' },
    });
  });

  it('a post without a featured image gets one drawn on first request: its title on a 1200×630 PNG', async () => {
    const { body } = await get('paginated', post(24).url);
    const [image] = metaOf(body, 'og:image');
    expect(image).toBe(`https://paginated.example/og${post(24).url}image.png`);
    expect(metaOf(body, 'og:image:width')).toEqual(['1200']);
    expect(metaOf(body, 'twitter:card')).toEqual(['summary_large_image']);
    const res = await fetch(`${siteUrl('paginated')}${new URL(image!).pathname}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    // Only posts without an image of their own, and only posts, have one.
    expect((await get('paginated', '/og/about/image.png')).status).toBe(404);
    expect((await get('bundled', '/og/china-launches-global-data-security-initiative-to-counter-us-tech-dominance/image.png')).status).toBe(404);
  });

  it('a post with a featured image: og:image, a large Twitter card, the image in JSON-LD', async () => {
    const { body } = await get('bundled', '/china-launches-global-data-security-initiative-to-counter-us-tech-dominance/');
    expect(metaOf(body, 'og:image')).toEqual(['https://i.imgur.com/JdIlNrB.jpg']);
    expect(metaOf(body, 'twitter:card')).toEqual(['summary_large_image']);
    expect(jsonLdOf(body)[0]).toMatchObject({ '@type': 'BlogPosting', image: ['https://i.imgur.com/JdIlNrB.jpg'], datePublished: '2020-09-08T16:17:01+00:00' });
  });

  it('the home page: the site\'s title and description, WebSite JSON-LD, <html lang>', async () => {
    const { body } = await get('paginated', '/');
    expect(body).toMatch(/^<!DOCTYPE html><html lang="en" dir="ltr">/);
    expect(jsonLdOf(body)).toEqual([expect.objectContaining({ '@type': 'WebSite', url: 'https://paginated.example/' })]);
    expect(body).toContain('<link rel="canonical" href="https://paginated.example/"/>');
  });
});

describe('sitemap and robots.txt', () => {
  it('/sitemap.xml validates against the sitemaps.org schema and lists the public site only', async () => {
    const res = await get('archive', '/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(validateXml(res.body, SITEMAP_XSD)).toEqual({ ok: true, output: '- validates' });
    expect(res.body.match(/<url>/g)).toHaveLength(70);
    expect(res.body).not.toContain('ARCHIVEDRAFT');
    expect(res.body).not.toContain('/2099/');
    const paginated = await get('paginated', '/sitemap.xml');
    expect(validateXml(paginated.body, SITEMAP_XSD).ok).toBe(true);
    for (const hidden of [DRAFT.url, SCHEDULED.url, '/?p=']) expect(paginated.body).not.toContain(hidden);
    expect(paginated.body).toContain(`<loc>https://paginated.example${post(20).url}</loc>`);
  });

  it('/robots.txt points at the sitemap and keeps crawlers out of the preview API and the drafts list', async () => {
    const res = await get('archive', '/robots.txt');
    expect(res.status).toBe(200);
    const lines = res.body.split('\n');
    for (const line of ['User-Agent: *', 'Allow: /', 'Disallow: /api/', 'Disallow: /drafts/', 'Sitemap: https://archive.example/sitemap.xml']) {
      expect(lines).toContain(line);
    }
  });
});

describe('security headers', () => {
  it.each([
    ['an HTML page', '/'],
    ['a post', post(1).url],
    ['a feed', '/feed/'],
    ['the sitemap', '/sitemap.xml'],
    ['a media file', '/wp-content/uploads/2020/09/pixel.png'],
    ['a 404', '/nope/'],
  ])('on %s', async (_what, path) => {
    const res = await get('paginated', path);
    const csp = res.headers.get('content-security-policy') ?? '';
    // (A media file has its own, stricter policy: nothing may run in it at all.)
    expect(csp).toMatch(path.startsWith('/wp-content/') ? /default-src 'none'.*sandbox/ : /object-src 'none'/);
    // No JavaScript eval; WebAssembly may compile (the search index's Pagefind module), nothing else.
    expect(csp).not.toContain("'unsafe-eval'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
    // The fixture's site URL is https: HSTS is sent.
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
  });

  it('images over plain http are allowed only on the site whose export shows some', async () => {
    const imgSrc = async (site: 'paginated' | 'bodies') =>
      /(?:^|;\s*)img-src ([^;]*)/.exec((await get(site, '/')).headers.get('content-security-policy') ?? '')?.[1];
    expect(await imgSrc('paginated')).toBe("'self' data: https:");
    // wp-bodies' images-remote-hosts post still shows an image from an http-only host.
    expect(await imgSrc('bodies')).toBe("'self' data: https: http:");
  });

  it('on the files Next.js serves itself', async () => {
    const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec((await get('paginated', '/')).body)?.[1];
    expect(script).toBeDefined();
    const res = await get('paginated', script!);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

/** Every CSP violation a page reports (the `securitypolicyviolation` event, and Chromium's console). */
async function violationsOn(page: Page, url: string): Promise<string[]> {
  const found: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) found.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  // Client navigation and hydration have run by now; give late scripts a moment.
  await page.waitForTimeout(300);
  found.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
  return found;
}

describe('no page breaks under the Content-Security-Policy', () => {
  it.each<[SiteName, string]>([
    ['paginated', '/'],
    ['paginated', post(24).url],
    ['paginated', '/tag/machine-learning/'],
    ['paginated', '/nope/'],
    ['archive', '/archives/'],
    ['bodies', '/embed-youtube-watch-url/'],
    ['bodies', '/embed-vimeo-url/'],
  ])('%s %s', async (site, path) => {
    const page = await browser.blankPage();
    expect(await violationsOn(page, `${siteUrl(site)}${path}`)).toEqual([]);
    // The page really rendered (and, with its scripts allowed, hydrated: the heading is there).
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
  });

  it('the check does see a violation: a frame from a host the policy does not list', async () => {
    const page = await browser.blankPage();
    expect(await violationsOn(page, `${siteUrl('paginated')}/`)).toEqual([]);
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = 'https://evil.example/';
      document.body.append(frame);
    });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))
      .toEqual([expect.stringMatching(/^frame-src https:\/\/evil\.example/)]);
  });

  it('a preview page, with its bar and exit button', async () => {
    const page = await browser.blankPage();
    const entry = `${siteUrl('paginated')}/api/draft/?secret=${encodeURIComponent(PREVIEW_SECRETS.paginated!)}&path=${encodeURIComponent(DRAFT.url)}`;
    expect(await violationsOn(page, entry)).toEqual([]);
    expect(new URL(page.url()).pathname).toBe(DRAFT.url);
    expect(await page.locator('h1').textContent()).toBe(DRAFT.title);
  });
});
