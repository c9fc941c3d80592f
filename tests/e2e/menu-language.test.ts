/**
 * The site menu and the site's language, in Chromium against the built i18n fixture (tests/fixtures/i18n-site:
 * `lang: ar`, no `menu:`, pages ordered by menu_order): on a phone the menu is a disclosure that opens and
 * whose links work with JavaScript off; the keyboard reaches every menu link in order, with a visible focus;
 * the page is `<html lang="ar" dir="rtl">` and its headings, counts, dates and navigation are in Arabic, while
 * what machines read (`<time dateTime>`, feed dates, URLs) stays as it was. The fidelity fixture's `menu:` (with
 * children) checks the menu written in `_config.yml`.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage } from './browser';
import { get } from './helpers';
import { siteUrl, type SiteName } from './sites';

const PHONE = { width: 375, height: 812 };
/** Home, then the pages by menu_order (contact 1; privacy and about 2, by title), then the blog's own links. */
const HEADER_LINKS = [
  ['الرئيسية', '/'],
  ['اتصل بنا', '/contact/'],
  ['الخصوصية', '/privacy/'],
  ['من نحن', '/about/'],
  ['الوسوم', '/tags/'],
  ['الأرشيف', '/archives/'],
  ['اشترك', '/feed/'],
];
const TAG_PATH = `/tag/${encodeURIComponent('تقنية')}/`;

let browser: Browser;
const pages: Page[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.context().close()));
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options: BrowserContextOptions = {}, site: SiteName = 'i18n'): Promise<Page> {
  const page = await newPage(browser, options);
  pages.push(page);
  const response = await page.goto(`${siteUrl(site)}${path}`, { waitUntil: 'load' });
  if (!response) throw new Error(`no response for ${path}`);
  return page;
}

/** Presses Tab until `done` holds for the focused element (at most `limit` times); what was focused on the way. */
async function tabUntil(page: Page, done: (focused: { tag: string; href: string | null; text: string }) => boolean, limit = 30) {
  const seen: { tag: string; href: string | null; text: string }[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName.toLowerCase(), href: el.getAttribute('href'), text: (el.textContent ?? '').trim() };
    });
    seen.push(focused);
    if (done(focused)) return seen;
  }
  throw new Error(`Tab never reached the element; focused: ${JSON.stringify(seen)}`);
}

const decoded = (href: string | null) => (href === null ? null : decodeURIComponent(href));

describe('the menu on a phone, JavaScript off', () => {
  it('is closed behind a Menu button, opens, and its links work', async () => {
    const page = await open('/', { javaScriptEnabled: false, viewport: PHONE });
    expect(await page.evaluate(() => typeof (window as { next?: unknown }).next)).toBe('undefined'); // no script ran
    const menuNav = page.getByRole('navigation', { name: 'الموقع', exact: true });
    // The row of wide screens is not displayed, and the phone's menu is closed: no menu link is visible.
    expect(await menuNav.count()).toBe(0);
    const summary = page.locator('header summary');
    expect(await summary.isVisible()).toBe(true);
    expect((await summary.textContent())?.trim()).toBe('القائمة');

    await summary.click();
    expect(await menuNav.count()).toBe(1);
    const links = menuNav.getByRole('link');
    expect(await links.evaluateAll((as) => as.map((a) => [(a.textContent ?? '').trim(), decodeURIComponent(a.getAttribute('href')!)]))).toEqual(HEADER_LINKS);
    // Large enough to tap: at least 40 px high.
    for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height))) expect(box).toBeGreaterThanOrEqual(40);

    await menuNav.getByRole('link', { name: 'من نحن' }).click();
    await page.waitForURL((url) => url.pathname === '/about/');
    expect(await page.locator('main h1').textContent()).toBe('من نحن');
    // Nothing on the phone is wider than the screen, the open menu included.
    await page.locator('header summary').click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  it('opens from the keyboard and Tab reaches every menu link in order, each with a visible focus ring', async () => {
    const page = await open('/', { javaScriptEnabled: false, viewport: PHONE });
    await tabUntil(page, (el) => el.tag === 'summary');
    await page.keyboard.press('Enter');
    expect(await page.locator('header details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const seen = await tabUntil(page, (el) => el.href === '/feed/');
    expect(seen.map((el) => [el.text, decoded(el.href)])).toEqual(HEADER_LINKS);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  });
});

describe('the menu on a wide screen', () => {
  it('Tab goes from the site name through every menu link in order, then the theme toggle and the search box', async () => {
    const page = await open('/', { viewport: { width: 1280, height: 800 } });
    expect(await page.locator('header summary').isVisible()).toBe(false);
    const seen = await tabUntil(page, (el) => el.tag === 'input');
    // The skip link, the site name, the menu, the theme toggle, the search box.
    expect(seen.map((el) => (el.tag === 'a' ? decoded(el.href) : el.tag))).toEqual(['#_main', '/', ...HEADER_LINKS.map(([, href]) => href), 'button', 'input']);
    expect(seen.slice(2, -2).map((el) => el.text)).toEqual(HEADER_LINKS.map(([text]) => text));
  });

  it('the footer lists every page, the team page under About', async () => {
    const page = await open('/');
    const footerNav = page.getByRole('navigation', { name: 'الصفحات', exact: true });
    expect(await footerNav.getByRole('link').allTextContents()).toEqual(['اتصل بنا', 'الخصوصية', 'من نحن', 'فريق العمل']);
    expect(decodeURIComponent((await footerNav.getByRole('link', { name: 'فريق العمل' }).getAttribute('href'))!)).toBe('/about/team/');
  });
});

describe('a menu: from _config.yml, with children (the fidelity fixture)', () => {
  /** The fidelity fixture's `menu:`, children after their entry, then the blog's own links (Archives is in the menu). */
  const MENU_LINKS = [
    ['Home', '/'],
    ['Harbour', '/harbour-notes/'],
    ['Tide tables', '/tide-tables/'],
    ['Lighthouse keepers', '/lighthouse-keepers/'],
    ['Archives', '/archives/'],
    ['WordPress', 'https://wordpress.org/'],
    ['Tags', '/tags/'],
    ['Subscribe', '/feed/'],
  ];

  it('on a wide screen, Tab goes through each entry and its children in order; a submenu shows while focus is in it', async () => {
    const page = await open('/', { viewport: { width: 1280, height: 800 } }, 'fidelity');
    const tide = page.getByRole('navigation', { name: 'Site', exact: true }).getByRole('link', { name: 'Tide tables' });
    expect(await tide.isVisible()).toBe(false);
    const seen = await tabUntil(page, (el) => el.href === '/feed/');
    expect(seen.slice(2).map((el) => [el.text, el.href])).toEqual(MENU_LINKS);
    await page.reload({ waitUntil: 'load' }); // focus starts at the top again
    await tabUntil(page, (el) => el.text === 'Harbour');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tide tables');
    expect(await tide.isVisible()).toBe(true);
    await tabUntil(page, (el) => el.text === 'Archives');
    expect(await tide.isVisible()).toBe(false);
    // The pointer opens it too.
    await page.getByRole('navigation', { name: 'Site', exact: true }).getByRole('link', { name: 'Harbour', exact: true }).hover();
    expect(await tide.isVisible()).toBe(true);
  });

  it('on a phone without JavaScript, the open menu lists the children under their entry, and they work', async () => {
    const page = await open('/', { javaScriptEnabled: false, viewport: PHONE }, 'fidelity');
    await page.locator('header summary').click();
    const nav = page.getByRole('navigation', { name: 'Site', exact: true });
    expect(await nav.getByRole('link').evaluateAll((as) => as.map((a) => [(a.textContent ?? '').trim(), a.getAttribute('href')]))).toEqual(MENU_LINKS);
    const child = nav.getByRole('link', { name: 'Tide tables' });
    const parent = nav.getByRole('link', { name: 'Harbour' });
    // Indented under its entry (right to left it would be the other way: this site is English).
    expect((await child.boundingBox())!.x).toBeGreaterThan((await parent.boundingBox())!.x);
    await child.click();
    await page.waitForURL((url) => url.pathname === '/tide-tables/');
    expect(await page.locator('main h1').textContent()).toBe('Tide tables');
  });

  it('the footer shows the same menu', async () => {
    const page = await open('/', {}, 'fidelity');
    const footer = page.getByRole('navigation', { name: 'Pages', exact: true });
    expect(await footer.getByRole('link').allTextContents()).toEqual(['Home', 'Harbour', 'Tide tables', 'Lighthouse keepers', 'Archives', 'WordPress']);
  });
});

describe('the site in Arabic', () => {
  it('is <html lang="ar" dir="rtl">, and lays out from the right', async () => {
    const page = await open('/');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    // The site name starts at the right edge of the header.
    const name = await page.getByRole('link', { name: 'مدونة التجارب' }).boundingBox();
    expect(name!.x + name!.width).toBeGreaterThan(1280 / 2);
    expect(await page.locator('body > a[href="#_main"]').textContent()).toBe('انتقل إلى المحتوى');
  });

  it('the home page: heading, dates of the post in its own offset, pagination', async () => {
    const page = await open('/');
    expect(await page.locator('main h1').textContent()).toBe('أحدث المقالات');
    const time = page.locator('main time').first();
    expect(await time.getAttribute('datetime')).toBe('2021-03-20T18:00:00+03:00');
    expect(await time.textContent()).toBe(new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2021, 2, 20)));
    expect(await time.textContent()).toContain('مارس');
    const pagination = page.getByRole('navigation', { name: 'التنقل بين الصفحات', exact: true });
    expect(await pagination.textContent()).toContain('الصفحة 1 من 3');
    expect(await pagination.getByRole('link').textContent()).toBe('مقالات أقدم ←');
  });

  it('a post: its own local date (2 March, though 1 March in UTC), reading time, terms, neighbours', async () => {
    const page = await open('/after-midnight/');
    const time = page.locator('article header time');
    expect(await time.getAttribute('datetime')).toBe('2021-03-02T01:30:00+03:00');
    expect(await time.textContent()).toBe('2 مارس 2021');
    expect(await page.locator('article header').textContent()).toContain('قراءة في دقيقة واحدة');
    expect(await page.locator('article footer').textContent()).toContain('الوسوم:');
    const neighbours = page.getByRole('navigation', { name: 'مقالات أخرى', exact: true });
    expect(await neighbours.textContent()).toContain('→ المقالة السابقة');
    expect(await neighbours.textContent()).toContain('المقالة التالية ←');
  });

  it('a tag archive: label, heading, counted summary with Arabic plural and quotes, <title>', async () => {
    const page = await open(TAG_PATH);
    expect(await page.locator('main header').textContent()).toContain('الوسم');
    expect(await page.locator('main h1').textContent()).toBe('تقنية');
    expect(await page.locator('main header').textContent()).toContain('4 مقالات موسومة بـ «تقنية»');
    expect(await page.title()).toBe('الوسم: تقنية – مدونة التجارب');
    expect(await page.getByRole('link', { name: 'خلاصة هذا الوسم' }).count()).toBe(1);
  });

  it('the month archive and the archives page', async () => {
    const month = await open('/2021/03/');
    expect(await month.locator('main h1').textContent()).toBe('مارس 2021');
    expect(await month.locator('main header').textContent()).toContain('3 مقالات نُشرت في مارس 2021');
    const archives = await open('/archives/');
    expect(await archives.locator('main h1').textContent()).toBe('الأرشيف');
    expect(await archives.locator('main header').textContent()).toContain('5 مقالات، حسب السنة والشهر');
    expect(await archives.locator('main h3 a').allTextContents()).toEqual(['مارس', 'فبراير']);
  });

  it('the search page: its words, and the client script\'s result count, in Arabic', async () => {
    const page = await open('/search/?q=الخامسة');
    expect(await page.locator('main h1').textContent()).toBe('بحث');
    expect(await page.locator('#search-help').textContent()).toBe('تظهر النتائج أثناء الكتابة. استخدم مفاتيح الأسهم للتنقل بينها.');
    await page.waitForFunction(() => (document.querySelector('[role="status"]')?.textContent ?? '').includes('«الخامسة»'), null, { timeout: 15_000 });
    expect(await page.getByRole('status').textContent()).toBe('نتيجة واحدة لـ «الخامسة»');
    expect(await page.getByRole('list', { name: 'نتائج البحث' }).count()).toBe(1);
  });

  it('the 404 page is in Arabic, with status 404', async () => {
    const res = await get('i18n', '/no-such-page/');
    expect(res.status).toBe(404);
    expect(res.body).toContain('الصفحة غير موجودة');
    expect(res.body).toContain('<html lang="ar" dir="rtl"');
  });

  it('feeds keep their machine-readable dates (RFC 822 in the post\'s offset), not Arabic ones', async () => {
    const rss = await get('i18n', '/feed/');
    expect(rss.body).toContain('<pubDate>Tue, 02 Mar 2021 01:30:00 +0300</pubDate>');
    expect(rss.body).toContain('<language>ar</language>');
  });
});
