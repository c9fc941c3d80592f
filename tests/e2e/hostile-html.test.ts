/**
 * The fixture post whose body is hostile HTML (a live <script>, an onerror= handler, a javascript: link, an
 * onmouseover= handler, a javascript: iframe, and a <script> inside a code sample).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { get, withBrowser, waitForPath } from './helpers';
import { HOSTILE_POST, post } from './paginated-fixture';

const browser = withBrowser();
const hostile = post(HOSTILE_POST);

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

async function expectHarmlessArticle(page: Page) {
  const article = page.locator('article');
  expect(await article.locator('script').count()).toBe(0);
  expect(await article.locator('iframe').count()).toBe(0);
  expect(await article.locator('[href^="javascript:" i], [src^="javascript:" i]').count()).toBe(0);
  const handlers = await article.evaluate((el) =>
    [...el.querySelectorAll('*')].flatMap((node) =>
      [...node.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${node.tagName} ${a.name}`),
    ),
  );
  expect(handlers).toEqual([]);
  // The sample inside the code block stays visible, as text.
  expect(await article.locator('pre code').textContent()).toContain('<script>window.__pwned=1</script>');
  expect(await pwned(page)).toBeUndefined();
}

describe('hostile HTML in a post body', () => {
  it('runs nothing when the post is loaded directly, hovered and clicked', async () => {
    const page = await browser.open('paginated', hostile.url);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    expect(await page.locator('h1').textContent()).toBe(hostile.title);
    // The image with the onerror= handler is still there (its src fails to load), only the handler is gone.
    expect(await page.locator('article img[src="x"]').count()).toBe(1);
    await page.getByText('Hover me').hover();
    await page.locator('article a', { hasText: /^x$/ }).click();
    await page.waitForTimeout(200);
    await expectHarmlessArticle(page);
    expect(dialogs).toEqual([]);
  });

  it('runs nothing when the post is reached by client-side navigation', async () => {
    const page = await browser.open('paginated', post(HOSTILE_POST - 1).url);
    await page.locator('nav[aria-label="More posts"] a[rel="next"]').click();
    await waitForPath(page, hostile.url);
    await expect.poll(() => page.locator('h1').textContent()).toBe(hostile.title);
    await expectHarmlessArticle(page);
  });

  it('serves article HTML with no script element, handler or javascript: URL', async () => {
    const res = await get('paginated', hostile.url);
    expect(res.status).toBe(200);
    const article = /<article\b[\s\S]*?<\/article>/.exec(res.body)?.[0];
    expect(article).toBeDefined();
    expect(article).toContain('Spammers tried to post this into a comment.');
    expect(article).not.toMatch(/<script/i);
    expect(article).not.toMatch(/\son[a-z]+\s*=/i);
    expect(article).not.toMatch(/javascript:/i);
    expect(article).not.toMatch(/<iframe/i);
    // The code sample is escaped, not dropped (highlighted at build time: read it without the highlighter's spans).
    expect(article!.replace(/<\/?span[^>]*>/g, '')).toMatch(/&(lt|#x3C|#60);script>window\.__pwned=1/i);
  });
});
