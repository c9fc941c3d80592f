import type { DocumentMeta } from '../source/document';
import { archivesOf, legacyTermSlug, type Taxonomy } from '../core/terms';
import { hrefFor } from '../core/urls';

export interface SlugRedirect {
  taxonomy: Taxonomy;
  /** WordPress's slug (`cafe`), ASCII. */
  from: string;
  /** The archive's slug (`café`). */
  to: string;
}

/**
 * Archives whose WordPress slug differed from ours: WordPress dropped accents (`Café` -> `cafe`), this blog keeps
 * them (`café`). Old links to `/tag/cafe/` are redirected, unless another term has that slug itself.
 */
export function legacySlugRedirects(posts: DocumentMeta[]): SlugRedirect[] {
  const slugs = new Set<string>();
  const candidates = new Map<string, SlugRedirect>();
  for (const post of posts) {
    for (const { taxonomy, term } of archivesOf(post)) {
      slugs.add(`${taxonomy}/${term.slug}`);
      const from = legacyTermSlug(term.name);
      if (from && from !== term.slug) candidates.set(`${taxonomy}/${from}`, { taxonomy, from, to: term.slug });
    }
  }
  return [...candidates].filter(([key]) => !slugs.has(key)).map(([, redirect]) => redirect);
}

/** The redirects() rules for them: the archive, and its pages and feeds below it. */
export function legacySlugRules(redirects: SlugRedirect[]) {
  return redirects.flatMap(({ taxonomy, from, to }) => {
    const source = `/${taxonomy}/${encodeURIComponent(from)}/`;
    const destination = hrefFor(`/${taxonomy}/${to}/`);
    // Two rules: with `:rest*` alone the archive itself would lose its trailing slash, and take two redirects.
    return [
      { source, destination, permanent: true },
      { source: `${source}:rest+/`, destination: `${destination}:rest+/`, permanent: true },
    ];
  });
}
