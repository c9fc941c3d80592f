/** The sites the browser tests build and serve: the bundled content, and fixture exports. */
export const SITES = {
  bundled: { contentDir: 'content', distDir: '.next-e2e-bundled', port: 3101 },
  paginated: { contentDir: 'tests/fixtures/paginated-site', distDir: '.next-e2e-paginated', port: 3102 },
  bodies: { contentDir: 'tests/fixtures/wp-bodies', distDir: '.next-e2e-bodies', port: 3103 },
  // A copy of tests/fixtures/hostile-site with symbolic links added, written by global-setup (hostile-media-site.ts).
  hostile: { contentDir: 'tests/.generated/hostile-site', distDir: '.next-e2e-hostile', port: 3104 },
  // Date permalinks, colliding and Unicode terms, three authors, posts across midnight in different offsets.
  archive: { contentDir: 'tests/fixtures/archive-site', distDir: '.next-e2e-archive', port: 3106 },
  // An Arabic site (lang: ar, right to left) with pages ordered by menu_order and no `menu:` (menu-language.test.ts).
  i18n: { contentDir: 'tests/fixtures/i18n-site', distDir: '.next-e2e-i18n', port: 3108 },
  // What real exports still lose (issue 19): a theme's _config.yml without `url`, posts locked with a password, and
  // the body shapes of fidelity-bodies.test.ts.
  fidelity: { contentDir: 'tests/fixtures/fidelity-site', distDir: '.next-e2e-fidelity', port: 3107 },
  // Written by global-setup just before its build: a post scheduled a little after the build (scheduled.test.ts).
  scheduled: { contentDir: 'tests/.generated/scheduled-site', distDir: '.next-e2e-scheduled', port: 3105 },
} as const;

export type SiteName = keyof typeof SITES;

/** Where a site's build keeps its generated content (BLOG_GENERATED_DIR): beside its Next.js output. */
export const generatedDirOf = (name: SiteName) => `${SITES[name].distDir}-content`;

export const siteUrl = (name: SiteName) => `http://127.0.0.1:${SITES[name].port}`;

/** The preview secret of the sites that have preview on (the paginated and fidelity fixtures); the others have none. */
export const PREVIEW_SECRETS: Partial<Record<SiteName, string>> = { paginated: 'e2e-preview-Secret-7f3a9c41', fidelity: 'e2e-fidelity-Secret-2b8e5d17' };

/** The production server the sites are served with (server.ts, built by `npm run build:server`). */
export const SERVER_ENTRY = 'dist/server.mjs';

/** Where global-setup writes everything a site's server prints (front-door.test.ts reads it). */
export const serverLogOf = (name: SiteName) => `tests/.generated/server-logs/${name}.log`;
