import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // WordPress URLs end in a slash; keeping it means every old link and feed item still resolves.
  trailingSlash: true,
  poweredByHeader: false,
  // Lets the test suite build two sites (the bundled one and a fixture export) side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  async redirects() {
    return [
      { source: '/page/1/', destination: '/', permanent: true },
      { source: '/:taxonomy(tag|category)/:slug/page/1/', destination: '/:taxonomy/:slug/', permanent: true },
    ];
  },
};

export default nextConfig;
