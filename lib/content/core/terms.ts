import { plainText } from './text';

/** The ways posts are grouped into archives at `/<taxonomy>/<slug>/`, as on WordPress. */
export type Taxonomy = 'tag' | 'category' | 'author';

/** How a taxonomy is named in archive headings, titles and feed names. */
export const TAXONOMY_LABEL: Record<Taxonomy, string> = { tag: 'Tag', category: 'Category', author: 'Author' };

export interface Term {
  name: string;
  slug: string;
}

/**
 * A term's slug, as WordPress's `sanitize_title_with_dashes` makes it: lower case, `.` as a hyphen, other
 * punctuation removed, spaces as hyphens. Letters of every script are kept, accented ones too (`español`,
 * `東京`): the URL stays readable and is percent-encoded in links. (WordPress itself also dropped accents, so its
 * slug for `Español` was `espanol`; see legacyTermSlug, whose old URLs redirect here.)
 */
export function termSlug(name: string): string {
  return slugify(name.normalize('NFC'));
}

/**
 * The slug WordPress gave a term: termSlug with accents dropped (`Café` -> `cafe`), as `remove_accents` does
 * when WordPress saves a term. Old links to `/tag/cafe/` are redirected to `/tag/café/`.
 */
export function legacyTermSlug(name: string): string {
  return slugify(name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC'));
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/\./g, '-')
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Categories or tags in any shape the exporter wrote them: a list, a single string (one term, even with spaces
 * in it: a legacy tag string is one WordPress term), `['']`, numbers. Empty values are dropped, duplicates
 * (by slug) kept once.
 */
export function readTerms(value: unknown): Term[] {
  const items: unknown[] = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? [value]
      : value === null || value === undefined
        ? []
        : [value];
  const seen = new Set<string>();
  const terms: Term[] = [];
  for (const item of items) {
    if (typeof item !== 'string' && typeof item !== 'number') continue;
    const name = plainText(String(item));
    const slug = termSlug(name);
    if (!name || !slug || seen.has(slug)) continue;
    seen.add(slug);
    terms.push({ name, slug });
  }
  return terms;
}

/** An author as an archive term: the display name, slugged like a term (`/author/jane-doe/`); null if it gives no slug. */
export function authorTerm(name: string | null): Term | null {
  const slug = name ? termSlug(name) : '';
  return slug ? { name: name!, slug } : null;
}

/** `/tag/<slug>/`: an archive's URL, decoded like every stored path (`hrefFor` encodes it for links). */
export function archivePath(taxonomy: Taxonomy, slug: string): string {
  return `/${taxonomy}/${slug}/`;
}

/** The archives a post is listed in: each of its tags and categories, and its author. */
export function archivesOf(post: { tags: Term[]; categories: Term[]; author: string | null }): { taxonomy: Taxonomy; term: Term }[] {
  const author = authorTerm(post.author);
  return [
    ...post.tags.map((term) => ({ taxonomy: 'tag' as const, term })),
    ...post.categories.map((term) => ({ taxonomy: 'category' as const, term })),
    ...(author ? [{ taxonomy: 'author' as const, term: author }] : []),
  ];
}
