import type { Metadata } from 'next';
import type { SiteConfig } from '../content/source/site';
import type { Taxonomy, Term } from '../content/core/terms';
import { hrefFor } from '../content/core/urls';
import { feedPaths, feedTitle } from './paths';

type AlternateTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>;

/**
 * `<link rel="alternate">` for the site's feeds, and for an archive's own feeds on that archive's pages:
 * how browsers and readers find a feed from any page. Pages that set `alternates` (for a canonical URL)
 * must include these, as Next.js replaces the layout's `alternates` as a whole.
 */
export function feedAlternates(site: SiteConfig, archive?: { taxonomy: Taxonomy; term: Term }): AlternateTypes {
  const main = feedPaths(null);
  const types = {
    'application/rss+xml': [{ url: main.rss, title: `${feedTitle(site, null)} (RSS)` }],
    'application/atom+xml': [{ url: main.atom, title: `${feedTitle(site, null)} (Atom)` }],
    'application/feed+json': [{ url: main.json!, title: `${feedTitle(site, null)} (JSON Feed)` }],
  };
  if (archive) {
    const own = feedPaths({ taxonomy: archive.taxonomy, slug: archive.term.slug });
    const title = feedTitle(site, archive);
    types['application/rss+xml'].push({ url: hrefFor(own.rss), title: `${title} (RSS)` });
    types['application/atom+xml'].push({ url: hrefFor(own.atom), title: `${title} (Atom)` });
  }
  return types;
}

/** A page's `alternates`: its canonical URL plus the feed links every page carries. */
export function pageAlternates(site: SiteConfig, canonical: string, archive?: { taxonomy: Taxonomy; term: Term }) {
  return { canonical, types: feedAlternates(site, archive) };
}
