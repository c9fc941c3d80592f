/**
 * The wp-bodies fixture site (tests/fixtures/wp-bodies) as built and served: embeds, headings, images, math,
 * highlighted code, tweets and the unclosed fence, seen in Chromium. Remote requests are aborted by
 * tests/e2e/browser.ts, so embeds are checked on the DOM (their iframes never load) and remote images fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { get, scriptSources, withBrowser } from './helpers';
import { SITES, siteUrl } from './sites';

const browser = withBrowser();
const ORIGIN = siteUrl('bodies');
const NOCOOKIE = 'https://www.youtube-nocookie.com/embed/';

/** Every post of the fixture with its permalink, read from the export itself. */
const FIXTURE_POSTS = readdirSync(path.join(SITES.bodies.contentDir, '_posts'))
  .filter((f) => f.endsWith('.md'))
  .map((file) => {
    const text = readFileSync(path.join(SITES.bodies.contentDir, '_posts', file), 'utf8');
    return { file, url: /^permalink: (.+)$/m.exec(text)![1]!.trim() };
  });

/**
 * Opens a post in a fresh context, recording from the first request on: every request of the page (iframes
 * included) and every uncaught error.
 */
async function openRecording(url: string): Promise<{ page: Page; requests: Request[]; errors: string[]; dialogs: string[] }> {
  const page = await browser.blankPage();
  const requests: Request[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => requests.push(r));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const response = await page.goto(`${ORIGIN}${url}`, { waitUntil: 'load' });
  expect(response?.status(), url).toBe(200);
  return { page, requests, errors, dialogs };
}

const body = (page: Page) => page.locator('article .prose');

describe('the wp-bodies site', () => {
  it('serves every post of the fixture with exactly one <h1>', async () => {
    expect(FIXTURE_POSTS.length).toBe(63);
    const problems: string[] = [];
    for (const { file, url } of FIXTURE_POSTS) {
      const res = await get('bodies', url);
      const h1s = res.body.match(/<h1\b/g)?.length ?? 0;
      if (res.status !== 200 || h1s !== 1) problems.push(`${file}: ${res.status}, ${h1s} h1`);
    }
    expect(problems).toEqual([]);
  });

  it('a post page loads the same scripts as the home page: no client JS for highlighting, math or embeds', async () => {
    const scripts = async (p: string) => [...new Set(scriptSources((await get('bodies', p)).body))].sort();
    const home = await scripts('/');
    expect(home.length).toBeGreaterThan(0);
    for (const url of ['/fenced-code-language/', '/math-mathjax/', '/embed-shortcode/', '/tweet-embed/']) {
      expect(await scripts(url), url).toEqual(home);
    }
  });
});

describe('embeds', () => {
  it.each([
    ['/embed-shortcode/', `${NOCOOKIE}dQw4w9WgXcQ`],
    ['/embed-youtube-watch-url/', `${NOCOOKIE}dQw4w9WgXcQ`],
    ['/embed-youtu-be-url/', `${NOCOOKIE}9bZkp7q19f0`],
    ['/embed-youtube-embed-url/', `${NOCOOKIE}M7lc1UVf-VE`],
    ['/embed-vimeo-url/', 'https://player.vimeo.com/video/123456?dnt=1'],
  ])('%s shows a lazy, titled player iframe (%s)', async (url, src) => {
    const { page, requests, errors } = await openRecording(url);
    const iframe = body(page).locator('.embed.embed-video > iframe');
    expect(await iframe.count()).toBe(1);
    expect(await iframe.getAttribute('src')).toBe(src);
    expect(await iframe.getAttribute('loading')).toBe('lazy');
    expect((await iframe.getAttribute('title'))?.trim()).toBeTruthy();
    expect(await iframe.isVisible()).toBe(true);
    const box = await iframe.boundingBox();
    expect(box!.width).toBeGreaterThan(100);
    expect(box!.height).toBeGreaterThan(50);
    // Nothing is requested from youtube.com itself or from a player script.
    expect(requests.map((r) => r.url()).filter((u) => /youtube\.com\/|ytimg|vimeocdn/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('oEmbed iframes are rewritten to youtube-nocookie in the served page', async () => {
    const { page } = await openRecording('/embed-youtube-oembed-iframe/');
    const srcs = await body(page).locator('iframe').evaluateAll((els) => els.map((el) => el.getAttribute('src') ?? ''));
    expect(srcs.map((s) => s.split('?')[0])).toEqual([`${NOCOOKIE}dQw4w9WgXcQ`, `${NOCOOKIE}9bZkp7q19f0`]);
    expect(await body(page).locator('iframe').first().getAttribute('title')).toBe('Rick Astley - Never Gonna Give You Up');
  });

  it('iframes from other hosts are not on the page', async () => {
    const { page } = await openRecording('/iframe-other-host/');
    expect(await page.locator('iframe').count()).toBe(0);
    expect(await body(page).innerText()).toContain('Text after the iframes.');
  });

  it('tweets are styled quotes with their links; no Twitter script is requested', async () => {
    const { page, requests } = await openRecording('/tweet-embed/');
    const quotes = body(page).locator('blockquote.embed-tweet');
    expect(await quotes.count()).toBe(2);
    expect(await quotes.first().locator('a').getAttribute('href')).toBe(
      'https://twitter.com/someone/status/1234567890?ref_src=twsrc%5Etfw',
    );
    expect(await quotes.first().innerText()).toContain('Launching today! 🚀');
    expect(await page.locator('article script').count()).toBe(0);
    expect(requests.map((r) => r.url()).filter((u) => /twitter|twimg/.test(u))).toEqual([]);
  });

  it('Instagram posts are styled quotes with their link; no Instagram script is requested', async () => {
    const { page, requests } = await openRecording('/instagram-embed/');
    const quote = body(page).locator('blockquote.embed-instagram');
    expect(await quote.count()).toBe(1);
    expect(await quote.locator('a').first().getAttribute('href')).toBe('https://www.instagram.com/p/B1a2c3D4e5F/?utm_source=ig_embed');
    const remote = requests.map((r) => r.url()).filter((u) => new URL(u).hostname !== '127.0.0.1');
    expect(remote.filter((u) => /instagram|cdninstagram/.test(u))).toEqual([]);
  });
});

describe('headings', () => {
  it('the page has one <h1> (the title); body headings have anchors that work', async () => {
    const { page } = await openRecording('/heading-level-one/');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h1').innerText()).toBe('Level-one headings in the body');
    expect(await body(page).locator('h2').first().innerText()).toContain('Big heading in the body');

    await page.goto(`${ORIGIN}/heading-ids-anchors/`, { waitUntil: 'load' });
    const anchor = body(page).locator('h2 a.heading-anchor').nth(1);
    expect(await anchor.getAttribute('href')).toBe('#final-thoughts-1');
    await body(page).locator('h2').nth(1).hover();
    await anchor.click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#final-thoughts-1');
    expect(await page.locator('#final-thoughts-1').isVisible()).toBe(true);
  });

  it('kramdown attribute lists, shortcodes and entities never show as text', async () => {
    const cases: [string, string[], string[]][] = [
      ['/kramdown-heading-attribute/', ['Final Thoughts', 'Next Steps'], ['{', '}']],
      ['/caption-shortcode/', ['The caption'], ['[caption', '[/caption]']],
      ['/shortcode-gallery/', ['Photos from the event:'], ['[gallery']],
      ['/entities/', ['Launch day 🚀 – it’s here & ready'], ['&#x1f680;', '&#8217;', '&amp;']],
      ['/gutenberg-comments/', ['First paragraph from the block editor.'], ['wp:paragraph', '<!--']],
      ['/angle-text-not-html/', ['Only <X Days> left until launch.', '< this line starts with an angle bracket'], []],
    ];
    for (const [url, shown, hidden] of cases) {
      const { page } = await openRecording(url);
      const text = await body(page).innerText();
      for (const t of shown) expect(text, url).toContain(t);
      for (const t of hidden) expect(text, url).not.toContain(t);
    }
  });
});

describe('code and math', () => {
  it('fenced code is highlighted with styles shipped in the page', async () => {
    const { page } = await openRecording('/fenced-code-language/');
    const code = body(page).locator('pre code.hljs.language-js');
    expect(await code.count()).toBe(1);
    const keyword = code.locator('.hljs-keyword').first();
    const [keywordColor, codeColor] = await Promise.all([
      keyword.evaluate((el) => getComputedStyle(el).color),
      code.evaluate((el) => getComputedStyle(el).color),
    ]);
    expect(keywordColor).not.toBe(codeColor);
  });

  it('code samples with <script> and onmouseover are shown as text and run nothing', async () => {
    const { page, dialogs } = await openRecording('/code-with-script/');
    const pre = body(page).locator('pre');
    expect(await pre.innerText()).toContain('<script>alert("from a sample")</script>');
    await pre.hover();
    await page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
    expect(await body(page).locator('script, [onmouseover]').count()).toBe(0);
  });

  it('math is typeset at build time and KaTeX styles are loaded locally', async () => {
    const { page, requests } = await openRecording('/math-mathjax/');
    expect(await body(page).locator('.katex').count()).toBe(3);
    // With KaTeX's stylesheet, the MathML copy is visually hidden and only the HTML rendering shows.
    const mathml = body(page).locator('.katex-mathml').first();
    expect(await mathml.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
    expect(await body(page).locator('.katex-html').first().isVisible()).toBe(true);
    expect(await body(page).innerText()).not.toContain('$$');
    expect(requests.map((r) => r.url()).filter((u) => !u.startsWith(`${ORIGIN}/`))).toEqual([]);
  });

  it('on a site without math, dollars stay money', async () => {
    const { page } = await openRecording('/math-off-money/');
    expect(await page.locator('.katex').count()).toBe(0);
    expect(await body(page).innerText()).toContain('Tickets cost $400-$600, or $5 at the door');
  });

  it('an unclosed fence shows as code in its post; the next post is unaffected', async () => {
    const { page } = await openRecording('/unclosed-fence/');
    expect(await body(page).locator('pre').innerText()).toContain('const unterminated = true;');
    await page.goto(`${ORIGIN}/after-unclosed-fence/`, { waitUntil: 'load' });
    expect(await page.locator('h1').innerText()).toBe('The post after the unclosed fence');
    expect(await body(page).locator('pre').count()).toBe(0);
    expect(await body(page).locator('h2').first().innerText()).toContain('Its own heading');
    expect(await body(page).locator('p').first().innerText()).toBe('This post comes after the unclosed fence and renders normally.');
  });

  it('indented prose on this site reads as paragraphs', async () => {
    const { page } = await openRecording('/indented-prose/');
    expect(await body(page).locator('pre').count()).toBe(0);
    expect(await body(page).innerText()).toContain('This paragraph was indented four spaces by the converter.');
  });
});

describe('images and links', () => {
  it('every body image has alt, loading=lazy and decoding=async; thumbnails carry their size', async () => {
    const { page } = await openRecording('/images-wp-dimensions/');
    const imgs = await body(page).locator('img').evaluateAll((els) =>
      els.map((el) => ({
        alt: el.getAttribute('alt'),
        loading: el.getAttribute('loading'),
        decoding: el.getAttribute('decoding'),
        size: [el.getAttribute('width'), el.getAttribute('height')],
      })),
    );
    expect(imgs).toEqual([
      { alt: 'Thumb', loading: 'lazy', decoding: 'async', size: ['300', '229'] },
      { alt: 'Markdown thumb', loading: 'lazy', decoding: 'async', size: ['1024', '768'] },
      { alt: 'Sized', loading: 'lazy', decoding: 'async', size: ['640', '480'] },
    ]);
  });

  it('legacy-aligned images are classed, not attributed', async () => {
    const { page } = await openRecording('/images-legacy-align/');
    const imgs = await body(page).locator('img').evaluateAll((els) =>
      els.map((el) => [(el.getAttribute('class') ?? '').split(/\s+/).find((c) => c.startsWith('align-')), el.hasAttribute('hspace'), el.hasAttribute('align')]),
    );
    expect(imgs).toEqual([
      ['align-left', false, false],
      ['align-right', false, false],
      ['align-center', false, false],
    ]);
  });

  it('own-domain links are root-relative and new-window links carry noopener', async () => {
    const { page } = await openRecording('/links-own-domain/');
    const hrefs = await body(page).locator('p a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(hrefs.slice(0, 4)).toEqual(['/about-us/', '/2019/05/old-post/', '/contact/#form', '/wp-content/uploads/2020/01/file.pdf']);
    await page.goto(`${ORIGIN}/links-target-blank/`, { waitUntil: 'load' });
    const rels = await body(page).locator('a').evaluateAll((els) => els.map((el) => el.getAttribute('rel') ?? ''));
    expect(rels.length).toBeGreaterThan(0);
    for (const rel of rels) expect(rel.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  });

  it('the excerpt before <!--more--> is the page description', async () => {
    const res = await get('bodies', '/more-tag/');
    expect(/<meta name="description" content="([^"]*)"/.exec(res.body)?.[1]).toBe('Intro paragraph before the break.');
  });
});

describe('script in a body', () => {
  it('the dangerous-markup post runs nothing when loaded and hovered', async () => {
    const { page, errors, dialogs } = await openRecording('/dangerous-markup/');
    await body(page).getByText('Hover text').hover();
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
