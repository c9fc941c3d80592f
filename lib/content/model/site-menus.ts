/** The menus the layout draws: `menu:` from `_config.yml`, else WordPress's default page menu. */
import { translator } from '../../i18n';
import { readManifest } from '../routing/manifest';
import type { MenuItem } from '../source/menu';
import type { SiteConfig } from '../source/site';

export type { MenuItem } from '../source/menu';

export interface SiteMenus {
  /** The header's links, before the blog's own (Tags, Archives): the menu, or Home and the top-level pages. */
  header: MenuItem[];
  /** The footer's: the menu, or every page (top-level ones with the pages below them). */
  footer: MenuItem[];
}

/** The menus of a site whose settings are `site` and whose pages make `pageMenu` (routing/page-menu.ts). */
export function siteMenus(site: Pick<SiteConfig, 'menu' | 'language'>, pageMenu: MenuItem[]): SiteMenus {
  if (site.menu) return { header: site.menu, footer: site.menu };
  const home: MenuItem = { title: translator(site.language).text('nav.home'), url: '/', children: [] };
  return { header: [home, ...pageMenu.map(({ title, url }) => ({ title, url, children: [] }))], footer: pageMenu };
}

/** The menus of the build, from its manifest (the layout asks on every page: no document data is loaded). */
export function getSiteMenus(): SiteMenus {
  const { site, pageMenu } = readManifest();
  return siteMenus(site, pageMenu);
}
