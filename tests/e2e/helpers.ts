/** Small helpers shared by the browser tests: plain HTTP requests, one Chromium per test file, page readers. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser, newPage } from './browser';
import { siteUrl, type SiteName } from './sites';

export interface Fetched {
  status: number;
  headers: Headers;
  body: string;
}

/**
 * A plain request: for status codes, headers and the HTML exactly as served. Redirects are not followed
 * unless `follow` is set.
 */
export async function get(site: SiteName, path: string, { follow = false } = {}): Promise<Fetched & { url: string }> {
  const res = await fetch(`${siteUrl(site)}${path}`, { redirect: follow ? 'follow' : 'manual' });
  return { status: res.status, headers: res.headers, body: await res.text(), url: res.url };
}

/**
 * Starts one Chromium for the calling test file and closes it afterwards. Call at the top level of a file;
 * `open` gives a fresh page (own context) at a path of a site, after the page has loaded.
 */
export function withBrowser() {
  let browser: Browser | undefined;
  const pages: Page[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    // Each page has a context of its own: close them so a long file does not pile up tabs.
    await Promise.all(pages.splice(0).map((page) => page.context().close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  /** A fresh page (own context) that has loaded nothing yet: attach listeners, then navigate. */
  async function blankPage(): Promise<Page> {
    if (!browser) throw new Error('the browser did not start');
    const page = await newPage(browser);
    pages.push(page);
    return page;
  }
  return {
    blankPage,
    async open(site: SiteName, path: string): Promise<Page> {
      const page = await blankPage();
      const response = await page.goto(`${siteUrl(site)}${path}`, { waitUntil: 'load' });
      if (!response) throw new Error(`no response for ${path}`);
      return page;
    },
    async openWithStatus(site: SiteName, path: string): Promise<{ page: Page; status: number }> {
      const page = await blankPage();
      const response = await page.goto(`${siteUrl(site)}${path}`, { waitUntil: 'load' });
      return { page, status: response?.status() ?? 0 };
    },
  };
}

/** The path (with query) of a page's current URL. */
export const pathOf = (page: Page): string => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

export interface ListedPost {
  title: string;
  href: string;
}

/** The posts a listing page shows, in order: the title links of `main article h2`. */
export async function listedPosts(page: Page): Promise<ListedPost[]> {
  return page.$$eval('main article h2 a', (links) =>
    links.map((a) => ({ title: (a.textContent ?? '').trim(), href: a.getAttribute('href') ?? '' })),
  );
}

/** Waits until a client-side (or full) navigation has reached `path`. */
export async function waitForPath(page: Page, path: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === path, { timeout: 10_000 });
}

/** The `src` of every <script src> in a served HTML document. */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
}

/** The `href` of every <a href> in a served HTML document (attribute order as React writes it). */
export function linkHrefs(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

/** The status of a request and the path (with query) its `Location` header points to (null when there is none). */
export async function redirectOf(site: SiteName, path: string): Promise<{ status: number; to: string | null }> {
  const res = await get(site, path);
  const location = res.headers.get('location');
  if (!location) return { status: res.status, to: null };
  const url = new URL(location, siteUrl(site));
  return { status: res.status, to: `${url.pathname}${url.search}` };
}
