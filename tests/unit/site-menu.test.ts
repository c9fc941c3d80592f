/**
 * The site menu: `menu:` in `_config.yml` (parsed and checked by lib/content/source/menu.ts) and, without one,
 * WordPress's default page menu (routing/page-menu.ts) over the i18n fixture's pages, ordered by menu_order.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readInventory } from '../../lib/content/source/inventory';
import { menuUrl } from '../../lib/content/source/menu';
import { loadSiteConfig } from '../../lib/content/source/site';
import { pageMenu } from '../../lib/content/routing/page-menu';
import { buildManifest } from '../../lib/content/routing/manifest';
import { siteMenus } from '../../lib/content/model/site-menus';
import { FIXTURES_DIR, contentErrorsIn, thrownBy } from '../helpers/fixtures';

const I18N_DIR = path.join(FIXTURES_DIR, 'i18n-site');

/** The settings of a `_config.yml` made of a title, an address and `yaml`. */
function settingsOf(yaml: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'site-menu-'));
  try {
    writeFileSync(path.join(dir, '_config.yml'), `title: T\nurl: https://t.example\n${yaml}\n`);
    return loadSiteConfig(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('menu: in _config.yml', () => {
  test('links to the site\'s own address, with or without www or https, become root-relative; others stay', () => {
    const { menu } = settingsOf(`
menu:
  - title: About
    url: https://www.t.example/about/
    children:
      - title: Team
        url: http://t.example/about/team/#people
  - title: Shop
    url: https://shop.t.example/
  - title: Sneaky
    url: https://t.example//evil.example/x`);
    expect(menu).toEqual([
      { title: 'About', url: '/about/', children: [{ title: 'Team', url: '/about/team/#people', children: [] }] },
      { title: 'Shop', url: 'https://shop.t.example/', children: [] },
      { title: 'Sneaky', url: '/evil.example/x', children: [] },
    ]);
  });

  test('titles, URLs and one level of children, in the order written', () => {
    const { menu } = settingsOf(`
menu:
  - title: Home
    url: /
  - title: About us
    url: /about/
    children:
      - title: The team
        url: /about/team/
      - title: 2024
        url: /about/2024/
  - title: Shop
    url: https://shop.example.com/?ref=blog
  - title: Old site
    url: http://old.example/`);
    expect(menu).toEqual([
      { title: 'Home', url: '/', children: [] },
      {
        title: 'About us',
        url: '/about/',
        children: [
          { title: 'The team', url: '/about/team/', children: [] },
          { title: '2024', url: '/about/2024/', children: [] },
        ],
      },
      { title: 'Shop', url: 'https://shop.example.com/?ref=blog', children: [] },
      { title: 'Old site', url: 'http://old.example/', children: [] },
    ]);
  });

  test('no menu: key, or an empty one, is no menu (the page menu is used); menu: [] is a menu with no entries', () => {
    expect(settingsOf('').menu).toBeNull();
    expect(settingsOf('menu:').menu).toBeNull();
    expect(settingsOf('menu: []').menu).toEqual([]);
  });

  test.each([
    ['menu: about', 'menu', /must be a list of entries/],
    ['menu:\n  - /about/', 'menu[1]', /must be an entry with `title:` and `url:`/],
    ['menu:\n  - url: /about/', 'menu[1].title', /missing: each menu entry needs a `title:`/],
    ['menu:\n  - title: About', 'menu[1] ("About").url', /missing: each menu entry needs a `url:`/],
    ['menu:\n  - title: Home\n    url: /\n  - title: Evil\n    url: "javascript:alert(1)"', 'menu[2] ("Evil").url', /"javascript:alert\(1\)" is not a root-relative URL/],
    ['menu:\n  - title: Evil\n    url: " JavaScript:alert(1)"', 'menu[1] ("Evil").url', /is not a root-relative URL/],
    ['menu:\n  - title: Mail\n    url: mailto:a@b.example', 'menu[1] ("Mail").url', /is not a root-relative URL/],
    ['menu:\n  - title: Relative\n    url: about/', 'menu[1] ("Relative").url', /is not a root-relative URL/],
    ['menu:\n  - title: Off-site\n    url: //evil.example/', 'menu[1] ("Off-site").url', /is not a root-relative URL/],
    ['menu:\n  - title: Off-site\n    url: /\\evil.example/', 'menu[1] ("Off-site").url', /is not a root-relative URL/],
    ['menu:\n  - title: Data\n    url: "data:text/html,x"', 'menu[1] ("Data").url', /is not a root-relative URL/],
    ['menu:\n  - title: About\n    url: /about/\n    link: /x/', 'menu[1] ("About")', /unknown key `link`/],
    ['menu:\n  - title: About\n    url: /about/\n    children: /team/', 'menu[1].children', /must be a list of entries/],
    [
      'menu:\n  - title: About\n    url: /about/\n    children:\n      - title: Team\n        url: /team/\n        children:\n          - title: Ada\n            url: /ada/',
      'menu[1].children[1] ("Team").children',
      /one level of children/,
    ],
    ['menu:\n  - title: About\n    url: /about/\n    children:\n      - title: Bad\n        url: "javascript:x"', 'menu[1].children[1] ("Bad").url', /is not a root-relative URL/],
  ])('%j stops the build, naming _config.yml and the entry', (yaml, field, reason) => {
    const [error] = contentErrorsIn(thrownBy(() => settingsOf(yaml)));
    expect(error).toMatchObject({ file: '_config.yml', field });
    expect(error!.message).toMatch(reason);
    expect(error!.message.startsWith(`_config.yml: ${field}: `)).toBe(true);
  });

  test.each([
    ['/', '/'],
    ['/about/', '/about/'],
    ['/café/', '/café/'],
    ['/search/?q=a#top', '/search/?q=a#top'],
    ['https://example.com/', 'https://example.com/'],
    ['HTTP://EXAMPLE.COM/x', 'HTTP://EXAMPLE.COM/x'],
    ['javascript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['vbscript:x', null],
    ['//example.com/', null],
    ['/\\example.com/', null],
    ['/a b/', null],
    ['https://', null],
    ['ftp://example.com/', null],
    ['', null],
  ])('menuUrl(%j) is %j', (url, expected) => {
    expect(menuUrl(url)).toBe(expected);
  });
});

describe('the default page menu (no menu: in _config.yml)', () => {
  const inventory = readInventory(I18N_DIR);

  test('the i18n fixture has four pages, menu_order as a number and as a string, and no menu:', () => {
    expect(inventory.site.menu).toBeNull();
    expect(inventory.pages.map((page) => [page.url, page.menuOrder]).sort()).toEqual([
      ['/about/', 2],
      ['/about/team/', 0],
      ['/contact/', 1],
      ['/privacy/', 2],
    ]);
  });

  test('top-level pages by menu_order, then title in the site language; pages below a page are its children', () => {
    expect(pageMenu(inventory.pages, inventory.site.language)).toEqual([
      { title: 'اتصل بنا', url: '/contact/', children: [] },
      // Both menu_order 2: alif (الخصوصية) sorts before meem (من نحن).
      { title: 'الخصوصية', url: '/privacy/', children: [] },
      { title: 'من نحن', url: '/about/', children: [{ title: 'فريق العمل', url: '/about/team/', children: [] }] },
    ]);
  });

  test('the order does not depend on the order the files were read in', () => {
    const reversed = [...inventory.pages].reverse();
    expect(pageMenu(reversed, 'ar')).toEqual(pageMenu(inventory.pages, 'ar'));
  });

  test('URLs are hrefs (percent-encoded); an untitled page is named by its path', () => {
    const [page] = inventory.pages;
    const menu = pageMenu([{ ...page!, url: '/café/', title: null, menuOrder: 0 }], 'fr');
    expect(menu).toEqual([{ title: 'café', url: '/caf%C3%A9/', children: [] }]);
  });

  test('a page whose parent is not a page is top-level', () => {
    const [page] = inventory.pages;
    const menu = pageMenu([{ ...page!, url: '/legal/terms/', title: 'Terms', menuOrder: 0 }], 'en');
    expect(menu).toEqual([{ title: 'Terms', url: '/legal/terms/', children: [] }]);
  });

  test('the header has Home (in the site language) then the top-level pages; the footer every page', () => {
    const manifest = buildManifest(inventory, { builtAt: Date.parse('2026-01-01T00:00:00Z'), httpImages: false });
    const { header, footer } = siteMenus(manifest.site, manifest.pageMenu);
    expect(header.map(({ title, url, children }) => [title, url, children.length])).toEqual([
      ['الرئيسية', '/', 0],
      ['اتصل بنا', '/contact/', 0],
      ['الخصوصية', '/privacy/', 0],
      ['من نحن', '/about/', 0],
    ]);
    expect(footer).toEqual(manifest.pageMenu);
    expect(footer.flatMap((item) => [item.url, ...item.children.map((child) => child.url)])).toEqual(['/contact/', '/privacy/', '/about/', '/about/team/']);
  });

  test('with a menu: the header and the footer are that menu, whatever the pages', () => {
    const menu = [{ title: 'Blog', url: '/', children: [] }];
    expect(siteMenus({ menu, language: 'en' }, pageMenu(inventory.pages, 'en'))).toEqual({ header: menu, footer: menu });
  });

  test('menu_order that is not a whole number stops the build, naming the file and the field', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'menu-order-'));
    try {
      writeFileSync(path.join(dir, '_config.yml'), 'title: T\nurl: https://t.example\n');
      writeFileSync(path.join(dir, 'about.md'), '---\ntitle: About\nmenu_order: first\n---\nText\n');
      const [error] = contentErrorsIn(thrownBy(() => readInventory(dir)));
      expect(error).toMatchObject({ file: 'about.md', field: 'menu_order' });
      expect(error!.message).toMatch(/"first" is not a whole number/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
