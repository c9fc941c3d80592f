/**
 * The site manifest: what the content step learnt reading the export, written once beside the generated content
 * (`manifest.json`) and read by next.config.ts (redirects, headers) and proxy.ts (which URLs exist, and when) —
 * neither reads the export again. The app reads its site settings and build time from it too.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readGeneratedJson } from '../core/generated-file';
import { publicationState } from '../core/publication';
import { generatedDir } from '../generated/store';
import type { Inventory, SkippedFile } from '../source/inventory';
import type { MenuItem } from '../source/menu';
import type { SiteConfig } from '../source/site';
import { listingCounts, ogImageOwners, type ListingCounts } from './known-pages';
import { legacySlugRedirects, type SlugRedirect } from './legacy-slugs';
import { oldUrlTable, type OldUrlTable } from './old-urls';
import { pageMenu } from './page-menu';
import { upcomingUrls } from './upcoming';

const MANIFEST_FILE = 'manifest.json';

export interface SiteManifest {
  /** The instant the site was built (epoch ms): every page of the build is judged as of it. */
  builtAt: number;
  site: SiteConfig;
  /** Every canonical path a request may be redirected to (documents, term archives), and WordPress IDs to them. */
  routes: OldUrlTable;
  /** Each listing's post count, to tell its pages from URLs the site has not. */
  listings: ListingCounts;
  /** The URLs scheduled posts open (their own, listing pages) and when, as `[path, epoch ms]`. */
  upcoming: [string, number][];
  /** The posts whose `/og/…/image.png` may be drawn. */
  ogImages: string[];
  /** Archives whose WordPress slug differed from ours, redirected (next.config's redirects). */
  legacySlugs: SlugRedirect[];
  /** Files of the export that are not documents, and why. */
  skipped: SkippedFile[];
  /** Whether some body shows an image over plain http (the CSP then allows `http:` images). */
  httpImages: boolean;
  /** The export's pages as WordPress's default page menu (routing/page-menu.ts): the menu when `_config.yml` sets none. */
  pageMenu: MenuItem[];
  /** Documents by publication state at `builtAt`. */
  counts: { posts: number; scheduled: number; pages: number; drafts: number };
}

/**
 * The manifest of an export, as of `builtAt`. The tables cover what is public then or scheduled after it: a
 * scheduled post's URLs are held back by the proxy until its time, then served without a rebuild.
 */
export function buildManifest(inventory: Inventory, { builtAt, httpImages }: { builtAt: number; httpImages: boolean }): SiteManifest {
  const { site, posts, pages, drafts, skipped } = inventory;
  return {
    builtAt,
    site,
    routes: oldUrlTable([...posts, ...pages], builtAt),
    listings: listingCounts(posts, site.paginate, builtAt),
    upcoming: upcomingUrls(posts, site.paginate, builtAt),
    ogImages: ogImageOwners(posts, builtAt),
    legacySlugs: legacySlugRedirects(posts),
    skipped,
    httpImages,
    pageMenu: pageMenu(pages, site.language),
    counts: {
      posts: posts.length,
      scheduled: posts.filter((post) => publicationState(post, builtAt) === 'scheduled').length,
      pages: pages.length,
      drafts: drafts.length,
    },
  };
}

export function writeManifest(manifest: SiteManifest, dir: string = generatedDir()): void {
  writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest));
}

/** The manifest of the build, read once per process (again under `next dev` when the content step rewrites it). */
export const readManifest = (dir: string = generatedDir()): SiteManifest => readGeneratedJson<SiteManifest>(path.join(dir, MANIFEST_FILE));
