/**
 * Accessibility and the reading experience in Chromium: axe-core finds nothing on every page type in both themes;
 * the theme follows the system, the toggle's choice survives a reload and the first paint already has it; and
 * the screenshots the README shows, at a phone's and a desktop's width.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withBrowser } from './helpers';
import { DRAFT, post } from './paginated-fixture';
import { PREVIEW_SECRETS, siteUrl, type SiteName } from './sites';

const browser = withBrowser();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

type Theme = 'light' | 'dark';

/** A page of `site` at `path` in `theme`, chosen as a reader's system would (the toggle is tested below). */
async function openIn(theme: Theme, site: SiteName, path: string): Promise<Page> {
  const page = await browser.blankPage();
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(`${siteUrl(site)}${path}`, { waitUntil: 'load' });
  // The search page's results come after the page loads: check them too.
  if (path.startsWith('/search/?')) await page.waitForSelector('ol[aria-label="Search results"] li');
  return page;
}

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const PAGES: [string, SiteName, string][] = [
  ['home', 'paginated', '/'],
  ['home page 2', 'paginated', '/page/2/'],
  ['post', 'paginated', post(24).url],
  ['post with hostile HTML', 'paginated', post(15).url],
  ['tag', 'paginated', '/tag/machine-learning/'],
  ['archives', 'archive', '/archives/'],
  ['tags index', 'archive', '/tags/'],
  ['date archive', 'archive', '/2019/06/'],
  ['post with embeds', 'bodies', '/embed-youtube-watch-url/'],
  ['bundled post', 'bundled', '/china-launches-global-data-security-initiative-to-counter-us-tech-dominance/'],
  ['404', 'paginated', '/nope/'],
  ['search', 'paginated', '/search/'],
  ['search results', 'paginated', '/search/?q=batteries'],
];

describe('axe-core finds no violation', () => {
  for (const theme of ['light', 'dark'] as const) {
    it.each(PAGES)(`%s (${theme})`, async (_name, site, path) => {
      const page = await openIn(theme, site, path);
      expect(await page.evaluate(() => document.documentElement.className)).toContain(theme);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.locator('h1').count()).toBe(1);
    });

    it(`a preview page, with its bar (${theme})`, async () => {
      const page = await browser.blankPage();
      await page.emulateMedia({ colorScheme: theme });
      const entry = `/api/draft/?secret=${encodeURIComponent(PREVIEW_SECRETS.paginated!)}&path=${encodeURIComponent(DRAFT.url)}`;
      await page.goto(`${siteUrl('paginated')}${entry}`, { waitUntil: 'load' });
      expect(await page.locator('h1').textContent()).toBe(DRAFT.title);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('the check does find a violation when there is one', async () => {
    const page = await openIn('light', 'paginated', '/');
    // After hydration, which would otherwise drop a node React did not render.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/icon.png';
      document.querySelector('main')!.append(img);
    });
    expect(await page.locator('main > img[src="/icon.png"]').count()).toBe(1);
    expect((await axeViolations(page)).some((v) => v.startsWith('image-alt'))).toBe(true);
  });
});

describe('the theme', () => {
  it('follows the system until the reader chooses; the choice survives a reload, painted from the start', async () => {
    const page = await browser.blankPage();
    await page.emulateMedia({ colorScheme: 'light' });
    // Records the theme <html> has when <body> first exists: before it, nothing can be painted.
    await page.addInitScript(() => {
      new MutationObserver((_changes, observer) => {
        if (!document.body) return;
        (window as unknown as { __firstPaintTheme: string }).__firstPaintTheme = document.documentElement.className;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const firstTheme = () => page.evaluate(() => (window as unknown as { __firstPaintTheme?: string }).__firstPaintTheme);
    await page.goto(`${siteUrl('paginated')}/`, { waitUntil: 'load' });
    expect(await firstTheme()).toBe('light');

    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.className)).toBe('dark');
    await page.reload({ waitUntil: 'load' });
    expect(await firstTheme()).toBe('dark');
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
    // The background really is dark.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');

    // Another page of the site, reached directly, starts dark too.
    await page.goto(`${siteUrl('paginated')}${post(24).url}`, { waitUntil: 'load' });
    expect(await firstTheme()).toBe('dark');
  });

  it('the toggle works from the keyboard', async () => {
    const page = await openIn('light', 'paginated', '/');
    await page.getByRole('button', { name: 'Dark theme' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.className)).toBe('dark');
  });

  it('keyboard focus is visible, and motion stops for readers who ask', async () => {
    const page = await openIn('light', 'paginated', '/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const duration = await page.locator('main article img').first().evaluate((img) => getComputedStyle(img).transitionDuration);
    expect(parseFloat(duration)).toBeLessThan(0.001);
  });

  it('at 320 px nothing is wider than the screen', async () => {
    for (const path of ['/', post(24).url, '/tag/machine-learning/', '/archives/']) {
      const page = await browser.blankPage();
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${siteUrl(path === '/archives/' ? 'archive' : 'paginated')}${path}`, { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
  });

  it('the skip link is the first stop of the keyboard and leads to the content', async () => {
    const page = await openIn('light', 'paginated', post(24).url);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#_main');
  });
});

const LANDSCAPE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1600 900"><defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7dd3fc"/><stop offset="1" stop-color="#fde68a"/></linearGradient></defs><rect width="1600" height="900" fill="url(#s)"/><circle cx="1200" cy="260" r="110" fill="#fef3c7"/><path d="M0 700 L420 420 L760 640 L1080 380 L1600 720 L1600 900 L0 900 Z" fill="#0f766e"/><path d="M0 800 L500 600 L900 760 L1300 560 L1600 780 L1600 900 L0 900 Z" fill="#115e59"/></svg>`;

describe('screenshots for the README', () => {
  it.each([
    ['home', '/', 375],
    ['home', '/', 1280],
    ['post', post(24).url, 375],
    ['post', post(24).url, 1280],
  ] as const)('%s (%s) at %d px, light and dark', async (name, path, width) => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await browser.blankPage();
      // Tests never reach the network: the fixture's remote images (imgur) are drawn as a landscape here, so the
      // screenshots show the layout as a reader sees it rather than broken-image icons.
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
        route.request().resourceType() === 'image' ? route.fulfill({ contentType: 'image/svg+xml', body: LANDSCAPE }) : route.abort(),
      );
      await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`${siteUrl('paginated')}${path}`, { waitUntil: 'load' });
      const file = `docs/screenshots/${name}-${width}-${theme}.png`;
      const png = await page.screenshot({ path: file });
      expect(png.length).toBeGreaterThan(5_000);
      // Nothing is wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });
});
