import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../core/errors';
import { parseYamlMapping } from './front-matter';
import { menuOnSite, readMenu, type MenuItem } from './menu';
import { AddressVotes, isLocalHost, type InferredAddress } from './site-address';

export interface SiteConfig {
  title: string;
  description: string;
  /**
   * The site's address, origin and base path, no trailing slash: `https://new.blicio.us`, `https://example.com/blog`.
   * Canonical links, feeds, the sitemap and JSON-LD hang off it. `BLOG_SITE_URL`, else `url` (with `baseurl`) in
   * `_config.yml`, else the host the export's guids name (with `baseurl`).
   */
  url: string;
  /**
   * The old site's address as the export gives it (`url` in `_config.yml`, else the guids' host; with `baseurl`):
   * the export's links to it are the site's own, made root-relative. The same as `url` unless `BLOG_SITE_URL` moved
   * the site to another address.
   */
  exportUrl: string;
  email: string | null;
  /** Posts per listing page (WordPress's "Blog pages show at most"). */
  paginate: number;
  language: string;
  /** `indented_code: true`: four-space-indented text is code (programming blogs). Off, it is text, as on WordPress. */
  indentedCode: boolean;
  /** `math: true`: every post's `$$…$$` and `\(…\)` are typeset. Posts can opt in alone with `mathjax: true`. */
  math: boolean;
  /** `feed_items`: how many of the newest posts each feed carries (WordPress's "Syndication feeds show"). */
  feedItems: number;
  /** `icon`: the site icon feeds show, root-relative or absolute; the bundled `/icon.png` when unset. */
  icon: string;
  /** `menu`: the site menu, as written (source/menu.ts); null when unset (the header then links the pages). */
  menu: MenuItem[] | null;
}

/**
 * `_config.yml` as read, before the export's documents are: the address is complete only when `url` is usable.
 * Otherwise it is inferred from the documents (`completeSiteConfig`).
 */
export interface SiteSettings extends Omit<SiteConfig, 'url' | 'exportUrl'> {
  /** `url` with `baseurl`, when `url` is a public address; null when it is missing, empty or local. */
  configUrl: string | null;
  /** `url` as written; `''` when missing. */
  writtenUrl: string;
  /** `baseurl`: `/blog`, or `''` for none. */
  baseurl: string;
}

/** The export folder the whole build reads: `BLOG_CONTENT_DIR`, else the bundled `content/`. */
export function contentDir(): string {
  // Read at run time from wherever the export is; the bundler must not trace it as part of the app.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.BLOG_CONTENT_DIR || 'content');
}

/**
 * The site's language as a BCP 47 tag (`en`, `en-US`, `pt-BR`), for `<html lang>`, RSS `<language>` and Atom
 * `xml:lang`. Jekyll configs often write `en_US`: the underscore becomes a hyphen.
 */
function readLanguage(value: string, file: string): string {
  const tag = value.replace(/_/g, '-');
  if (!/^[a-z]{2,3}(-[a-z\d]{2,8})*$/i.test(tag)) {
    throw new ContentError(file, 'lang', `"${value}" is not a language tag like en or en-US`);
  }
  return tag;
}

const ADDRESS_EXAMPLE = "must be the site's address, like https://example.com";

/** An http(s) address as the site uses it: origin and path, no trailing slash; null when `value` is not one. */
function parseAddress(value: string): URL | null {
  if (!/^https?:\/\/[^/\s]/i.test(value)) return null;
  try {
    const url = new URL(value);
    return url.username || url.password || url.search || url.hash || /\s/.test(value) ? null : url;
  } catch {
    return null;
  }
}

const addressOf = (url: URL) => `${url.origin}${url.pathname.replace(/\/+$/, '')}`;

/** `baseurl` as a path with a leading slash and none at the end (`blog/` -> `/blog`); `''` for none. */
function readBaseurl(value: string, file: string): string {
  const base = value.replace(/\/+$/, '');
  if (base === '') return '';
  if (!/^\/?[^\s?#:]+$/.test(base) || base.includes('//')) {
    throw new ContentError(file, 'baseurl', `must be a path like /blog (got "${value}")`);
  }
  return base.startsWith('/') ? base : `/${base}`;
}

/** Jekyll's rule: the site is at `url` + `baseurl` (a `url` that already ends with the base path keeps it once). */
const withBase = (address: string, baseurl: string) => (baseurl && !address.endsWith(baseurl) ? `${address}${baseurl}` : address);

/** Reads `_config.yml` in the exporter's format (`name`/`title`, `description`, `url`, `paginate`…). */
export function readSiteSettings(dir: string): SiteSettings {
  // Errors name the file as every content error does: by its path inside the export.
  const file = '_config.yml';
  let text: string;
  try {
    text = readFileSync(path.join(dir, file), 'utf8');
  } catch {
    throw new ContentError(file, '_config.yml', 'missing: the export folder needs its site settings file');
  }
  const data = parseYamlMapping(text, file, '_config.yml');
  const str = (key: string) => (typeof data[key] === 'string' ? (data[key] as string).trim() : '');

  const title = str('title') || str('name');
  if (!title) throw new ContentError(file, 'title', 'missing: set `title:` (or `name:`) to the site name');
  const baseurl = readBaseurl(str('baseurl'), file);
  // A theme's config leaves `url` out, empty, or at its development server: the documents tell the address then.
  const writtenUrl = str('url');
  let configUrl: string | null = null;
  if (writtenUrl !== '') {
    const address = parseAddress(writtenUrl);
    if (!address) throw new ContentError(file, 'url', `${ADDRESS_EXAMPLE} (got "${writtenUrl}")`);
    if (!isLocalHost(address.hostname)) configUrl = withBase(addressOf(address), baseurl);
  }
  const count = (key: string, fallback: number, what: string): number => {
    const value = data[key] ?? fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      throw new ContentError(file, key, `must be a whole number of ${what} (got "${String(value)}")`);
    }
    return value;
  };
  const paginate = count('paginate', 10, 'posts per page');
  const feedItems = count('feed_items', 20, 'posts per feed');
  return {
    title,
    description: str('description'),
    configUrl,
    writtenUrl,
    baseurl,
    email: str('email') || null,
    paginate,
    language: readLanguage(str('lang') || str('language') || 'en', file),
    indentedCode: data.indented_code === true,
    math: data.math === true,
    feedItems,
    icon: str('icon') || '/icon.png',
    menu: readMenu(data.menu),
  };
}

/** `BLOG_SITE_URL`, checked: the address the site moves to, whatever the export says. Null when unset. */
function siteUrlFromEnvironment(value: string | undefined): string | null {
  const written = value?.trim() ?? '';
  if (written === '') return null;
  const address = parseAddress(written);
  if (!address) throw new ContentError('environment', 'BLOG_SITE_URL', `${ADDRESS_EXAMPLE} or https://example.com/blog (got "${written}")`);
  return addressOf(address);
}

/** How the export's documents gave the address, for the build's line. */
function fromDocuments(inferred: InferredAddress, { writtenUrl, baseurl }: SiteSettings): string {
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const votes = [inferred.guids > 0 && count(inferred.guids, 'guid'), inferred.permalinks > 0 && count(inferred.permalinks, 'permalink')];
  const others = inferred.others.slice(0, 3).map(([host, n]) => `${host} (${n})`);
  const more = inferred.others.length > 3 ? ` and ${inferred.others.length - 3} more` : '';
  return [
    `from ${votes.filter(Boolean).join(' and ')}${baseurl && `, baseurl ${baseurl}`}`,
    others.length > 0 && `other hosts: ${others.join(', ')}${more}`,
    writtenUrl && `url in _config.yml, ${writtenUrl}, is a local address`,
    'set url in _config.yml to change it',
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * The complete settings: the address from `BLOG_SITE_URL`, else `_config.yml`, else `votes` (what the export's
 * guids and absolute permalinks name), and `note`, the line the build prints about it. Throws when none gives one.
 */
export function completeSiteConfig(
  settings: SiteSettings,
  votes: AddressVotes,
  env: Record<string, string | undefined> = process.env,
): { site: SiteConfig; note: string } {
  const { configUrl, writtenUrl, baseurl, ...rest } = settings;
  const moved = siteUrlFromEnvironment(env.BLOG_SITE_URL);
  let exportUrl = configUrl;
  let how = baseurl ? 'url and baseurl in _config.yml' : 'url in _config.yml';
  if (exportUrl === null) {
    const inferred = votes.infer();
    if (inferred) {
      exportUrl = withBase(inferred.origin, baseurl);
      how = fromDocuments(inferred, settings);
    } else if (moved === null) {
      throw new ContentError(
        '_config.yml',
        'url',
        `${ADDRESS_EXAMPLE} (got "${writtenUrl}"), and no guid or permalink of the export names a public host: set url, or BLOG_SITE_URL`,
      );
    }
  }
  // Menu links to the old address are the site's own, wherever it now is.
  const menu = rest.menu && exportUrl !== null ? menuOnSite(rest.menu, exportUrl) : rest.menu;
  if (moved !== null) {
    const old = exportUrl === null || exportUrl === moved ? '' : `; links to ${exportUrl} are the site's own (${how})`;
    return { site: { ...rest, menu, url: moved, exportUrl: exportUrl ?? moved }, note: `site url: ${moved} (BLOG_SITE_URL)${old}` };
  }
  return { site: { ...rest, menu, url: exportUrl!, exportUrl: exportUrl! }, note: `site url: ${exportUrl} (${how})` };
}

/**
 * The site's settings when `_config.yml` (or `BLOG_SITE_URL`) gives the address; throws the export's "no address"
 * error otherwise. The build reads them through the inventory, which infers a missing address from the documents.
 */
export function loadSiteConfig(dir: string = contentDir()): SiteConfig {
  return completeSiteConfig(readSiteSettings(dir), new AddressVotes()).site;
}
