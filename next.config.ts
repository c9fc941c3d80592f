import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { readInventory, type Inventory } from './lib/content/source/inventory';
import { listingCounts, ogImageOwners } from './lib/content/routing/known-pages';
import { legacySlugRedirects, legacySlugRules, type SlugRedirect } from './lib/content/routing/legacy-slugs';
import { oldUrlTable } from './lib/content/routing/old-urls';
import { exportHasHttpImages } from './lib/content/generated/insecure-images';
import { contentDir } from './lib/content/source/site';
import { upcomingUrls } from './lib/content/routing/upcoming';
import { securityHeaders } from './lib/security-headers';

const builtAt = process.env.BLOG_BUILD_TIME || String(Date.now());

/** The export, read once for what the config derives from it; null if it is broken (the content step reports that). */
function readExport(): Inventory | null {
  try {
    return readInventory(contentDir());
  } catch {
    return null;
  }
}

export default function nextConfig(phase: string): NextConfig {
  // `env` is inlined into the code when it is built: `next start` serves those values, so it need not read the
  // export again to compute them.
  const building = phase !== PHASE_PRODUCTION_SERVER;
  const inventory = building ? readExport() : null;
  const upcoming = inventory ? upcomingUrls(inventory.posts, inventory.site.paginate, Number(builtAt)) : [];
  const oldUrls = inventory ? oldUrlTable([...inventory.posts, ...inventory.pages], Number(builtAt)) : { ids: {}, paths: [] };
  const listings = inventory ? listingCounts(inventory.posts, inventory.site.paginate, Number(builtAt)) : { perPage: 10, counts: {} };
  // Redirects are compiled into the build's routes manifest: `next start` does not need them computed again.
  const slugRedirects: SlugRedirect[] = inventory ? legacySlugRedirects(inventory.posts) : [];
  // `next build` runs after the content step, which wrote the entry index; `next dev` renders alongside
  // Contentlayer, so it allows http: images whatever the export holds.
  const httpImages = phase === PHASE_DEVELOPMENT_SERVER || (building && inventory !== null && exportHasHttpImages());
  return {
    // WordPress URLs end in a slash; keeping it means every old link and feed item still resolves.
    trailingSlash: true,
    poweredByHeader: false,
    // No page uses next/image: its optimiser endpoint (`/_next/image?url=…`) would only let visitors fill the
    // disk cache with resized copies. Unoptimized, Next answers it 404.
    images: { unoptimized: true },
    // A content build checks the content, not the engine's code: `npm test` type-checks the code (tsc --noEmit),
    // which here took 5-10 s of every build.
    typescript: { ignoreBuildErrors: true },
    experimental: {
      // Prerendering runs in worker processes while the main build process waits: one per core, not Next's default
      // of one fewer, nearly halves a 2-core build (bench/build.mjs).
      cpus: Math.max(1, availableParallelism()),
      // Server code is read by no one but Node: minifying it and mapping it back cost build time only.
      serverMinification: false,
      serverSourceMaps: false,
    },
    // Lets the test suite build two sites (the bundled one and a fixture export) side by side.
    distDir: process.env.NEXT_DIST_DIR || '.next',
    // The instant the site is built: every page of the build is judged as of it, and feeds send it as
    // Last-Modified until a scheduled post goes live.
    // BLOG_UPCOMING: the URLs scheduled posts open (their own, listing pages) and when, for proxy.ts.
    // BLOG_OLD_URLS: WordPress IDs and canonical paths, for proxy.ts to redirect `/?p=123` and other old URLs.
    // BLOG_LISTINGS: each listing's post count, for proxy.ts to tell its pages from URLs the site has not.
    // BLOG_GENERATED_DIR: where this build's generated content is (lib/content/generated.ts).
    env: {
      BLOG_BUILD_TIME: builtAt,
      BLOG_UPCOMING: JSON.stringify(upcoming),
      BLOG_OLD_URLS: JSON.stringify(oldUrls),
      BLOG_LISTINGS: JSON.stringify(listings),
      // The posts whose `/og/…/image.png` may be drawn, for proxy.ts to answer every other `/og/` URL 404.
      BLOG_OG_IMAGES: JSON.stringify(inventory ? ogImageOwners(inventory.posts, Number(builtAt)) : []),
      BLOG_GENERATED_DIR: process.env.BLOG_GENERATED_DIR ?? '',
    },
    // Compiled into the routes manifest at build, like the redirects.
    async headers() {
      const headers = securityHeaders({ dev: phase === PHASE_DEVELOPMENT_SERVER, siteUrl: inventory?.site.url ?? null, httpImages });
      const csp = headers.filter((header) => header.key === 'Content-Security-Policy');
      return [
        { source: '/:path*', headers: headers.filter((header) => !csp.includes(header)) },
        // The export's media keep the stricter policy their route sets (lib/media.ts): this one would replace it.
        { source: '/((?!wp-content/|assets/).*)', headers: csp },
      ];
    },
    async redirects() {
      return [
        { source: '/page/1/', destination: '/', permanent: true },
        { source: '/:taxonomy(tag|category|author)/:slug/page/1/', destination: '/:taxonomy/:slug/', permanent: true },
        { source: '/:date(\\d{4}|\\d{4}/\\d{2}|\\d{4}/\\d{2}/\\d{2})/page/1/', destination: '/:date/', permanent: true },
        ...legacySlugRules(slugRedirects),
        // Feed URLs of other engines and of WordPress's older shapes, so every reader already polling one keeps
        // finding the feed. 301 rather than 308: the oldest feed readers only know 301.
        ...[
          // File-like paths get no trailing slash (Next.js removes one), directory-like ones always have it.
          { source: '/:old(feed\\.xml|rss\\.xml|index\\.xml|rss2\\.xml)', destination: '/feed/' },
          { source: '/:old(rss|rss2|feed/rss2|feed/rss|feed/rdf)/', destination: '/feed/' },
          { source: '/atom.xml', destination: '/feed/atom/' },
          // WordPress's own sitemap (5.5 and later) and Yoast's.
          { source: '/:old(wp-sitemap\\.xml|sitemap_index\\.xml)', destination: '/sitemap.xml' },
          { source: '/atom/', destination: '/feed/atom/' },
          // `/?feed=rss2` and the other query-string feeds are redirected by proxy.ts.
          { source: '/:taxonomy(tag|category|author)/:slug/feed/:old(rss2|rss|rdf)/', destination: '/:taxonomy/:slug/feed/' },
        ].map((redirect) => ({ ...redirect, statusCode: 301 as const })),
      ];
    },
  };
}
