import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { legacySlugRules } from './lib/content/routing/legacy-slugs';
import { readManifest } from './lib/content/routing/manifest';
import { securityHeaders } from './lib/security-headers';

export default function nextConfig(phase: string): NextConfig {
  // Headers and redirects are compiled into the build's routes manifest: `next start` serves those, so it need not
  // read the content's manifest again; building does (readManifest says to run the content step if it is missing).
  const manifest = phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER ? readManifest() : null;
  // `next dev` allows http: images whatever the export holds: a post edited meanwhile may show one.
  const httpImages = phase === PHASE_DEVELOPMENT_SERVER || manifest?.httpImages === true;
  return {
    // WordPress URLs end in a slash; keeping it means every old link and feed item still resolves.
    trailingSlash: true,
    poweredByHeader: false,
    // No page uses next/image: its optimiser endpoint (`/_next/image?url=…`) would only let visitors fill the
    // disk cache with resized copies. Unoptimized, Next answers it 404.
    images: { unoptimized: true },
    // A content build checks the content, not the engine's code: `npm test` type-checks the code (tsc --noEmit),
    // which here took 5-10 s of every build.
    // `tsconfig.build.json` (which only extends tsconfig.json): Next rewrites the tsconfig it is given to name its
    // build folder, and the test and benchmark builds each have their own.
    typescript: { ignoreBuildErrors: true, tsconfigPath: 'tsconfig.build.json' },
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
    // BLOG_GENERATED_DIR: where this build's generated content and manifest are (lib/content/generated/store.ts),
    // inlined so that `next start` and proxy.ts read the folder the build was made from.
    env: { BLOG_GENERATED_DIR: process.env.BLOG_GENERATED_DIR ?? '' },
    // Compiled into the routes manifest at build, like the redirects.
    async headers() {
      const headers = securityHeaders({ dev: phase === PHASE_DEVELOPMENT_SERVER, siteUrl: manifest?.site.url ?? null, httpImages });
      const csp = headers.filter((header) => header.key === 'Content-Security-Policy');
      return [
        { source: '/:path*', headers: headers.filter((header) => !csp.includes(header)) },
        // The export's media keep the stricter policy their route sets (lib/media): this one would replace it.
        { source: '/((?!wp-content/|assets/).*)', headers: csp },
      ];
    },
    async redirects() {
      return [
        { source: '/page/1/', destination: '/', permanent: true },
        { source: '/:taxonomy(tag|category|author)/:slug/page/1/', destination: '/:taxonomy/:slug/', permanent: true },
        { source: '/:date(\\d{4}|\\d{4}/\\d{2}|\\d{4}/\\d{2}/\\d{2})/page/1/', destination: '/:date/', permanent: true },
        ...legacySlugRules(manifest?.legacySlugs ?? []),
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
