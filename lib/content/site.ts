import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from './errors';
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
}

/** The export folder the whole build reads: `BLOG_CONTENT_DIR`, else the bundled `content/`. */
export function contentDir(): string {
  // Read at run time from wherever the export is; the bundler must not trace it as part of the app.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.BLOG_CONTENT_DIR || 'content');
}

const cache = new Map<string, SiteConfig>();

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
  const paginate = data.paginate ?? 10;
  if (typeof paginate !== 'number' || !Number.isInteger(paginate) || paginate < 1) {
    throw new ContentError(file, 'paginate', `must be a whole number of posts per page (got "${String(paginate)}")`);
  }
  const config: SiteConfig = {
    title,
    description: str('description'),
    url,
    email: str('email') || null,
    paginate,
    language: str('lang') || str('language') || 'en',
    indentedCode: data.indented_code === true,
    math: data.math === true,
  };
  cache.set(dir, config);
  return config;
}
