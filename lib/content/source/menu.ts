/**
 * The site menu an export may set in `_config.yml` (WordPress's "Primary menu", written out by hand):
 *
 *   menu:
 *     - title: About
 *       url: /about/
 *       children:
 *         - title: The team
 *           url: /about/team/
 *     - title: Our shop
 *       url: https://shop.example.com/
 *
 * Titles and URLs, one level of children. A URL is root-relative (`/about/`) or absolute http(s); anything else
 * (`javascript:`, `mailto:`, `//host`, `about`) stops the build, naming the entry.
 */
import { ContentError } from '../core/errors';
import { ownSitePath } from '../core/urls';

export interface MenuItem {
  title: string;
  /** An href: root-relative (`/about/`) or absolute http(s); the page menu's are percent-encoded (`/caf%C3%A9/`). */
  url: string;
  children: MenuItem[];
}

const FILE = '_config.yml';
/** Enough for any real menu; past this a config is more likely generated garbage than a menu. */
const MAX_ITEMS = 100;
const MAX_TITLE_LENGTH = 200;

/**
 * A menu URL as written, if it is root-relative or absolute http(s); null otherwise. Resolving against a
 * placeholder origin catches what a browser would take off-site: `//evil.example`, `/\evil.example`.
 */
export function menuUrl(value: string): string | null {
  const url = value.trim();
  // Whitespace, control characters and backslashes (which browsers read as `/`) are never in a menu URL.
  if (url === '' || /[\s\u0000-\u001f\u007f\\]/.test(url)) return null;
  const base = 'https://menu.invalid';
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return null;
  }
  if (url.startsWith('/')) return parsed.origin === base ? url : null;
  if (/^https?:\/\//i.test(url) && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname) return url;
  return null;
}

function readItem(value: unknown, where: string, depth: number): MenuItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ContentError(FILE, where, 'must be an entry with `title:` and `url:`');
  }
  const entry = value as Record<string, unknown>;
  const title = typeof entry.title === 'string' || typeof entry.title === 'number' ? String(entry.title).trim() : '';
  if (!title) throw new ContentError(FILE, `${where}.title`, 'missing: each menu entry needs a `title:`, the text of its link');
  if (title.length > MAX_TITLE_LENGTH) throw new ContentError(FILE, `${where}.title`, `longer than ${MAX_TITLE_LENGTH} characters`);
  const named = `${where} ("${title}")`;
  if (typeof entry.url !== 'string' || !entry.url.trim()) {
    throw new ContentError(FILE, `${named}.url`, 'missing: each menu entry needs a `url:`, like /about/ or https://example.com/');
  }
  const url = menuUrl(entry.url);
  if (url === null) {
    throw new ContentError(FILE, `${named}.url`, `"${entry.url}" is not a root-relative URL (/about/) or an http(s) address`);
  }
  const unknown = Object.keys(entry).filter((key) => !['title', 'url', 'children'].includes(key));
  if (unknown.length > 0) {
    throw new ContentError(FILE, named, `unknown ${unknown.length === 1 ? 'key' : 'keys'} ${unknown.map((k) => `\`${k}\``).join(', ')}: an entry has title, url and children`);
  }
  let children: MenuItem[] = [];
  if (entry.children !== undefined && entry.children !== null) {
    if (depth > 0) throw new ContentError(FILE, `${named}.children`, 'a menu has one level of children: this entry is already a child');
    children = readList(entry.children, `${where}.children`, depth + 1);
  }
  return { title, url, children };
}

function readList(value: unknown, where: string, depth: number): MenuItem[] {
  if (!Array.isArray(value)) throw new ContentError(FILE, where, 'must be a list of entries, each with `title:` and `url:`');
  if (value.length > MAX_ITEMS) throw new ContentError(FILE, where, `has ${value.length} entries; a menu holds at most ${MAX_ITEMS}`);
  return value.map((item, i) => readItem(item, `${where}[${i + 1}]`, depth));
}

/**
 * The `menu:` of `_config.yml`, checked: null when there is none (the header then links the export's pages), a
 * list otherwise (`menu: []` is a menu with no entries). Entries are numbered from 1 in errors: `menu[2].url`.
 */
export function readMenu(value: unknown): MenuItem[] | null {
  if (value === undefined || value === null) return null;
  return readList(value, 'menu', 0);
}

/** The menu with its links to the site's own address (`https://www.example.com/about/`) root-relative, as body links are. */
export function menuOnSite(menu: MenuItem[], siteUrl: string): MenuItem[] {
  const onSite = (item: MenuItem): MenuItem => ({ ...item, url: ownSitePath(item.url, siteUrl) ?? item.url, children: item.children.map(onSite) });
  return menu.map(onSite);
}
