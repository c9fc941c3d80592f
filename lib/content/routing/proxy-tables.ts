/** The lookups proxy.ts makes on every request, built once from the manifest (again when `next dev` sees a new one). */
import { hrefFor } from '../core/urls';
import type { KnownPages } from './known-pages';
import { readManifest, type SiteManifest } from './manifest';
import { ogImagePath } from './og-images';
import { indexOldUrls, type OldUrlIndex } from './old-urls';

export interface ProxyTables {
  /** Scheduled posts' URLs and the listing pages they open, to when. */
  upcoming: Map<string, number>;
  oldUrls: OldUrlIndex;
  /** Generated Open Graph images by their URL as pages link them (`/og/caf%C3%A9/image.png`), to their post's URL. */
  ogImages: Map<string, string>;
  known: KnownPages;
}

const built = new WeakMap<SiteManifest, ProxyTables>();

export function proxyTables(manifest: SiteManifest = readManifest()): ProxyTables {
  let tables = built.get(manifest);
  if (!tables) {
    const oldUrls = indexOldUrls(manifest.routes);
    tables = {
      upcoming: new Map(manifest.upcoming),
      oldUrls,
      ogImages: new Map(manifest.ogImages.map((url) => [hrefFor(ogImagePath(url)), url])),
      known: { perPage: manifest.listings.perPage, listings: new Map(Object.entries(manifest.listings.counts)), documents: oldUrls.paths },
    };
    built.set(manifest, tables);
  }
  return tables;
}
