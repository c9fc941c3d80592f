/**
 * The hostile fixture site (tests/fixtures/hostile-site) in Chromium. Every post carries attacks that try to set
 * `window.__pwned`, open a dialog, or request http://127.0.0.1:3199/pwned… or a remote host. On every post:
 * no dialog opens, `window.__pwned` stays undefined, hovering and clicking every element of the article runs
 * nothing, no request goes anywhere but the site's own server (the allowed video players aside), and the console
 * shows no error. tests/unit/markdown-hostile.test.ts checks the same posts on the pipeline's output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withBrowser, waitForPath } from './helpers';
import { SITES, siteUrl } from './sites';

const ORIGIN = siteUrl('hostile');
/** Iframes the pipeline may write; the browser aborts their requests (tests never reach the network). */
const ALLOWED_PLAYER = /^https:\/\/(www\.youtube-nocookie\.com\/embed\/[\w-]{11}|player\.vimeo\.com\/video\/\d+\?dnt=1)/;

interface FixturePost {
  file: string;
  url: string;
}
const POSTS: FixturePost[] = readdirSync(path.join(SITES.hostile.contentDir, '_posts'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((file) => {
    const text = readFileSync(path.join(SITES.hostile.contentDir, '_posts', file), 'utf8');
    return { file, url: /^permalink: (.+)$/m.exec(text)![1]!.trim() };
  });

const browser = withBrowser();

/** What a page did that it should not have. */
interface Watch {
  page: Page;
  dialogs: string[];
  /** Requests that are neither to the site's own server nor an allowed video player's frame. */
  foreignRequests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  popups: string[];
}

/**
 * A fresh page that records everything from before its first request. `window.__pwned` is watched: setting it
 * logs a console error at once, so an attack is seen even when the page navigates away right after.
 */
async function watchedPage(): Promise<Watch> {
  const page = await browser.blankPage();
  const context = page.context();
  const watch: Watch = { page, dialogs: [], foreignRequests: [], consoleErrors: [], pageErrors: [], popups: [] };
  const onDialog = (d: import('playwright-core').Dialog) => {
    watch.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  };
  page.on('dialog', onDialog);
  context.on('page', (popup) => {
    watch.popups.push(popup.url());
    popup.on('dialog', onDialog);
  });
  context.on('request', (request) => {
    const url = request.url();
    const own = url.startsWith(`${ORIGIN}/`) && !/pwned/i.test(url);
    const player = request.resourceType() === 'document' && request.frame() !== page.mainFrame() && ALLOWED_PLAYER.test(url);
    if (!own && !player) watch.foreignRequests.push(`${request.method()} ${url} (${request.resourceType()})`);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    // An allowed player frame fails to load because the test browser aborts remote requests: expected.
    if (/Failed to load resource/.test(message.text()) && ALLOWED_PLAYER.test(where)) return;
    watch.consoleErrors.push(`${message.text()} @ ${where}`);
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  await context.addInitScript(() => {
    let value: unknown;
    Object.defineProperty(window, '__pwned', {
      configurable: false,
      get: () => value,
      set: (v: unknown) => {
        value = v;
        console.error(`window.__pwned was set to ${String(v)}`);
      },
    });
  });
  return watch;
}

const pwned = (page: Page) =>
  page.evaluate(() => ({
    value: (window as unknown as { __pwned?: unknown }).__pwned,
    // Named access: an element with id/name __pwned would make window.__pwned that element.
    clobbered: document.getElementById('__pwned') !== null || document.getElementsByName('__pwned').length > 0,
  }));

/**
 * Live markup in the page as Chromium parsed it: in the article, elements and attributes that run script, load
 * or submit something; anywhere, a <base>, a <meta http-equiv> or a script that is not one of Next's own files.
 */
const liveMarkup = (page: Page) =>
  page.evaluate((allowedPlayer) => {
    const FORBIDDEN = new Set([
      'script', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'object', 'embed',
      'applet', 'param', 'frame', 'frameset', 'portal', 'template', 'noscript', 'isindex', 'set', 'animate',
      'animatemotion', 'animatetransform', 'use', 'foreignobject',
    ]);
    const URLS = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'background', 'codebase', 'srcset']);
    const scheme = (url: string) => (/^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1] ?? '').toLowerCase();
    const found: string[] = [];
    for (const el of document.querySelectorAll('article *')) {
      const tag = el.localName.toLowerCase();
      if (FORBIDDEN.has(tag)) found.push(`<${tag}>`);
      if (tag === 'iframe' && !new RegExp(allowedPlayer).test(el.getAttribute('src') ?? '')) found.push(el.outerHTML.slice(0, 200));
      const inMath = el.closest('.katex') !== null;
      for (const { name, value } of el.attributes) {
        const lower = name.toLowerCase();
        if (lower.startsWith('on') || ['srcdoc', 'formaction', 'action', 'ping', 'http-equiv'].includes(lower)) found.push(`${tag} ${name}`);
        if (lower === 'style' && (!inMath || /url\(|expression|javascript|behavior/i.test(value))) found.push(`${tag} style="${value}"`);
        if (URLS.has(lower) && ['javascript', 'vbscript', 'data'].includes(scheme(value))) found.push(`${tag} ${name}="${value}"`);
      }
    }
    for (const el of document.querySelectorAll('base, meta[http-equiv]')) found.push(el.outerHTML);
    for (const el of document.querySelectorAll('script[src]')) {
      if (!/^\/_next\/static\//.test(el.getAttribute('src') ?? '')) found.push(el.outerHTML);
    }
    return found;
  }, ALLOWED_PLAYER.source);

/** Events an inline handler could be waiting for; dispatched on every element as well as the real mouse moves. */
const EVENTS = [
  'pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove', 'pointerdown', 'mousedown', 'pointerup',
  'mouseup', 'focus', 'focusin', 'load', 'error', 'toggle', 'animationstart', 'animationend', 'transitionend',
  'beginEvent', 'endEvent', 'close', 'start',
];

/**
 * Hovers (with the mouse) and clicks (with the element's own click()) every element of the article, as a curious
 * reader would, and fires every event a handler could wait for. Links to other sites are hovered, not followed;
 * after a click that leaves the post (a link inside the site), the post is loaded again and the walk goes on.
 * Every step must succeed: an element that is missing, a hover or a click that fails, or a link that does not
 * do what its markup says (leave the page, open a tab) fails the test. Elements the reader cannot see (closed
 * <details>, MathML kept for screen readers, empty ones) get the events and the click, not the mouse.
 */
async function exerciseArticle(watch: Watch, url: string): Promise<string[]> {
  const { page } = watch;
  const left: string[] = [];
  const elements = page.locator('article *');
  const count = await elements.count();
  expect(count).toBeGreaterThan(3);
  let hovered = 0;
  for (let i = 0; i < count; i++) {
    const element = elements.nth(i);
    const label = `${url} element ${i + 1} of ${count}`;
    if (await element.isVisible()) {
      await element.scrollIntoViewIfNeeded({ timeout: 2_000 });
      const box = await element.boundingBox({ timeout: 2_000 });
      expect(box, label).not.toBeNull();
      await page.mouse.move(box!.x + box!.width / 2, box!.y + Math.min(box!.height / 2, 5));
      hovered++;
    }
    // What a click on it does, as its markup says; the events are fired here, the click below. Fails (after the
    // timeout) when the element is missing: the walk must find the article as it was.
    const kind = await element.evaluate(
      (node, events) => {
        for (const type of events) node.dispatchEvent(new Event(type, { bubbles: true }));
        const link = node.closest('a[href], area[href]');
        let target: URL | null = null;
        try {
          target = link ? new URL(link.getAttribute('href') ?? '', location.href) : null;
        } catch {
          return 'unparseable link';
        }
        if (target && /^https?:$/.test(target.protocol) && target.origin !== location.origin) return 'external link';
        if (!target || !/^https?:$/.test(target.protocol)) return 'clicked';
        if (link!.getAttribute('target') === '_blank') return 'new tab';
        // A link to a place in this page scrolls; any other link of the site loads a page (this one again, maybe).
        const here = new URL(location.href);
        here.hash = '';
        const sameDocument = target.hash !== '' && target.href.slice(0, -target.hash.length) === here.href;
        return sameDocument ? 'clicked' : 'navigates';
      },
      EVENTS,
      { timeout: 2_000 },
    );
    // Other sites are not visited; a link whose address does not parse goes nowhere.
    if (kind === 'external link' || kind === 'unparseable link') continue;
    // Clicked after the call returns, so that a click that navigates cannot cut the call short.
    const click = () =>
      element.evaluate(
        (node) =>
          void setTimeout(() => {
            if (node instanceof HTMLElement) node.click();
            else node.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
          }, 0),
        undefined,
        { timeout: 2_000 },
      );
    if (kind === 'navigates') {
      // A page load, or the client router's navigation for the site's own links around the body.
      await Promise.all([page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame(), timeout: 5_000 }), click()]);
      await page.waitForLoadState('load');
    } else if (kind === 'new tab') {
      const [tab] = await Promise.all([page.context().waitForEvent('page', { timeout: 5_000 }), click()]);
      await tab.close();
    } else {
      await click();
      await page.waitForTimeout(10);
    }
    if (new URL(page.url()).pathname !== url) {
      left.push(page.url());
      await page.goto(`${ORIGIN}${url}`, { waitUntil: 'load' });
    }
  }
  // The mouse did reach the article.
  expect(hovered, `${url}: elements hovered`).toBeGreaterThan(0);
  await page.waitForTimeout(300);
  return left;
}

function expectClean(watch: Watch, label: string) {
  expect(watch.dialogs, `${label}: dialogs`).toEqual([]);
  expect(watch.foreignRequests, `${label}: requests that left the site`).toEqual([]);
  expect(watch.consoleErrors, `${label}: console errors`).toEqual([]);
  expect(watch.pageErrors, `${label}: uncaught errors`).toEqual([]);
  expect(watch.popups.filter((u) => !u.startsWith(ORIGIN) && u !== 'about:blank'), `${label}: popups`).toEqual([]);
}

describe('the hostile site', () => {
  it('has every post of the fixture', () => {
    expect(POSTS.length).toBe(21);
  });

  it.each(POSTS.map((p) => [p.url] as const))(
    '%s: nothing runs on load, hover or click, and nothing is requested from elsewhere',
    async (url) => {
      const watch = await watchedPage();
      const response = await watch.page.goto(`${ORIGIN}${url}`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      await watch.page.waitForTimeout(500); // a meta refresh with a 0 s delay would have fired by now
      expect(new URL(watch.page.url()).pathname).toBe(url);
      expect(await pwned(watch.page)).toEqual({ value: undefined, clobbered: false });
      expect(await liveMarkup(watch.page)).toEqual([]);

      const left = await exerciseArticle(watch, url);
      expect(await pwned(watch.page)).toEqual({ value: undefined, clobbered: false });
      expectClean(watch, url);
      // Clicks may only have led to pages of the site itself.
      for (const target of left) expect(target.startsWith(`${ORIGIN}/`), target).toBe(true);
      // The article still shows the post: no injected style hid it, no base moved its links.
      expect(await watch.page.locator('article h1').isVisible()).toBe(true);
      const base = new URL(await watch.page.evaluate(() => document.baseURI));
      expect(`${base.origin}${base.pathname}`).toBe(`${ORIGIN}${url}`);
    },
    120_000,
  );

  it('nothing runs when every post is reached by client-side navigation from the listings', async () => {
    const watch = await watchedPage();
    let visited = 0;
    for (const listing of ['/', '/page/2/', '/page/3/']) {
      await watch.page.goto(`${ORIGIN}${listing}`, { waitUntil: 'load' });
      const hrefs = await watch.page.locator('main article h2 a').evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
      for (const href of hrefs) {
        await watch.page.locator(`main article h2 a[href="${href}"]`).click();
        await waitForPath(watch.page, href);
        await watch.page.waitForTimeout(300);
        expect(await pwned(watch.page), href).toEqual({ value: undefined, clobbered: false });
        visited++;
        await watch.page.goBack({ waitUntil: 'load' });
        await waitForPath(watch.page, listing);
      }
    }
    expect(visited).toBe(POSTS.length);
    expectClean(watch, 'client-side navigation');
  }, 120_000);

  it('a <script> in a title is shown as text, on the post and in the listing', async () => {
    const watch = await watchedPage();
    await watch.page.goto(`${ORIGIN}/script-in-title/`, { waitUntil: 'load' });
    const h1 = watch.page.locator('article h1');
    expect(await h1.innerText()).toContain('Title with a script');
    expect(await h1.locator('*').count()).toBe(0);
    await expect.poll(() => watch.page.title()).toContain('Title with a script');
    let listed = 0;
    for (const listing of ['/', '/page/2/', '/page/3/']) {
      await watch.page.goto(`${ORIGIN}${listing}`, { waitUntil: 'load' });
      const link = watch.page.locator('main article h2 a[href="/script-in-title/"]');
      if ((await link.count()) === 0) continue;
      listed++;
      expect(await link.innerText()).toContain('Title with a script');
      expect(await link.locator('*').count()).toBe(0);
      // (The home page's JSON-LD is a data block, which no browser runs.)
      expect(await watch.page.locator('main script:not([type="application/ld+json"])').count()).toBe(0);
    }
    expect(listed).toBe(1);
    expect(await pwned(watch.page)).toEqual({ value: undefined, clobbered: false });
    expectClean(watch, 'script in a title');
  });

  it('code samples of attacks stay visible as code', async () => {
    const watch = await watchedPage();
    await watch.page.goto(`${ORIGIN}/code-samples/`, { waitUntil: 'load' });
    const code = (await watch.page.locator('article pre').allInnerTexts()).join('\n');
    expect(code).toContain("<script>window.__pwned = 'fenced'</script>");
    expect(code).toContain("<script>window.__pwned = 'pre'</script>");
    expect(code).toContain("<script>window.__pwned = 'indented'</script>");
    expectClean(watch, 'code samples');
  });
});
