/**
 * `next/link` normalises hrefs by a flag `next build` inlines from next.config (`trailingSlash: true` keeps
 * `/page/2/` as written; without it Link renders `/page/2`). Tests render Links outside a Next build, so set
 * the flag from the project's real config. Import this before rendering a component that uses Link.
 */
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import nextConfig from '../../next.config';

process.env.__NEXT_TRAILING_SLASH = nextConfig(PHASE_PRODUCTION_SERVER).trailingSlash ? 'true' : '';
