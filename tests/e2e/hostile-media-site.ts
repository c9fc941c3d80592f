/**
 * The `hostile` test site is served from a copy of tests/fixtures/hostile-site made just before its build,
 * into which symbolic links are added: the repository holds no links (an export arrives as a zip that
 * `unzip` restores links from; the fixture's ordinary hostile media, such as .htaccess-protected folders, keys
 * and dumps, are committed). media-hostile.test.ts requests each link and expects a 404.
 */
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export const HOSTILE_FIXTURE = 'tests/fixtures/hostile-site';

/** Where the links are, under the media folder: `/wp-content/uploads/links/...`. */
export const LINKS_URL = '/wp-content/uploads/links';

/**
 * Each link: its name under `links/`, and its target. Names carry a type the media routes serve, so that
 * only the link rule stands between a request and the target.
 */
export function hostileLinks(distDir: string): Record<string, string> {
  return {
    'passwd.txt': '/etc/passwd',
    'environ.txt': '/proc/self/environ',
    // The site's own build folder (NEXT_DIST_DIR): server code, manifests, the preview secret's hash…
    build: path.resolve(distDir),
    // A folder outside the export: another fixture's uploads.
    elsewhere: path.resolve('tests/fixtures/paginated-site/wp-content/uploads'),
    // A folder and a file inside the export: refused all the same.
    inside: '../2021/03',
    'report.pdf': '../2021/03/report.pdf',
  };
}

export function writeHostileSite(dir: string, distDir: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(HOSTILE_FIXTURE, dir, { recursive: true });
  const links = path.join(dir, 'wp-content', 'uploads', 'links');
  mkdirSync(links, { recursive: true });
  for (const [name, target] of Object.entries(hostileLinks(distDir))) symlinkSync(target, path.join(links, name));
}
