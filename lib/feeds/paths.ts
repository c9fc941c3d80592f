/** Where a scope's feeds live and what they are called: shared by the feeds and the pages that link to them. */
import type { SiteConfig } from '../content/source/site';
import { TAXONOMY_LABEL, archivePath, type Taxonomy, type Term } from '../content/core/terms';

/** Which posts a feed follows: the whole site, or one tag's, category's or author's archive. */
export type FeedScope = { taxonomy: Taxonomy; slug: string } | null;

/** Root-relative paths of a scope's feeds. Term feeds follow WordPress (`/tag/<slug>/feed/`) and have no JSON form. */
export interface FeedPaths {
  rss: string;
  atom: string;
  json: string | null;
}

export function feedPaths(scope: FeedScope): FeedPaths {
  if (!scope) return { rss: '/feed/', atom: '/feed/atom/', json: '/feed.json' };
  const base = `${archivePath(scope.taxonomy, scope.slug)}feed/`;
  return { rss: base, atom: `${base}atom/`, json: null };
}

/** The human name of a scope's feed, as discovery links and readers show it. */
export function feedTitle(site: SiteConfig, scope: { taxonomy: Taxonomy; term: Term } | null): string {
  return scope ? `${site.title} – ${TAXONOMY_LABEL[scope.taxonomy]}: ${scope.term.name}` : site.title;
}

