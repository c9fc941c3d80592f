/** Where a scope's feeds live and what they are called: shared by the feeds and the pages that link to them. */
import type { SiteConfig } from '../content/source/site';
import { archivePath, type Taxonomy, type Term } from '../content/core/terms';
import { translator } from '../i18n';

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

/** The human name of a scope's feed, as discovery links and readers show it, in the site's language. */
export function feedTitle(site: SiteConfig, scope: { taxonomy: Taxonomy; term: Term } | null): string {
  if (!scope) return site.title;
  const t = translator(site.language);
  return `${site.title} – ${t.text('listing.labelled', { label: t.text(`listing.${scope.taxonomy}`), name: scope.term.name })}`;
}

const SCOPE_DESCRIPTION = { tag: 'feed.tagged', category: 'feed.filedUnder', author: 'feed.by' } as const satisfies Record<Taxonomy, string>;

/** What a scope's feed holds, in the site's language (`Posts tagged AI`). */
export const feedDescription = (site: SiteConfig, scope: { taxonomy: Taxonomy; term: Term }): string =>
  translator(site.language).text(SCOPE_DESCRIPTION[scope.taxonomy], { name: scope.term.name });

