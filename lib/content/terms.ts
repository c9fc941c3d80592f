import { plainText } from './text';

export interface Term {
  name: string;
  slug: string;
}

/**
 * The slug WordPress gives a term name (`sanitize_title_with_dashes`), so old `/tag/<slug>/` URLs keep
 * working: accents dropped, lower case, `.` as a hyphen, other punctuation removed, spaces as hyphens.
 * Letters of other scripts (CJK, Cyrillic) are kept, as WordPress keeps them (percent-encoded in URLs).
 */
export function termSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '-')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
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
