import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../core/errors';
import { parseYamlMapping } from './front-matter';

export interface SiteConfig {
  title: string;
  description: string;
  /** Origin and base path, no trailing slash: `https://new.blicio.us`. */
  url: string;
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
}

/** The export folder the whole build reads: `BLOG_CONTENT_DIR`, else the bundled `content/`. */
export function contentDir(): string {
  // Read at run time from wherever the export is; the bundler must not trace it as part of the app.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.BLOG_CONTENT_DIR || 'content');
}

const cache = new Map<string, SiteConfig>();

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

/** Reads `_config.yml` in the exporter's format (`name`/`title`, `description`, `url`, `paginate`…). */
export function loadSiteConfig(dir: string = contentDir()): SiteConfig {
  const cached = cache.get(dir);
  if (cached) return cached;
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
  const url = str('url').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+/i.test(url)) {
    throw new ContentError(file, 'url', `must be the site's address, like https://example.com (got "${str('url')}")`);
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
  const config: SiteConfig = {
    title,
    description: str('description'),
    url,
    email: str('email') || null,
    paginate,
    language: readLanguage(str('lang') || str('language') || 'en', file),
    indentedCode: data.indented_code === true,
    math: data.math === true,
    feedItems,
    icon: str('icon') || '/icon.png',
  };
  cache.set(dir, config);
  return config;
}
