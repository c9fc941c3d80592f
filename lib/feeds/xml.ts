/** What the RSS and Atom serialisers share: namespaces, and text made safe for XML 1.0. */

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

// Characters XML 1.0 cannot carry at all, escaped or not: C0 controls other than tab/LF/CR, lone surrogates,
// U+FFFE/U+FFFF. Old WordPress posts contain stray ones (a pasted backspace, a form feed).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A string as xmlbuilder2 must be given it (text or attribute value): without the characters XML forbids, and
 * with every `&` escaped. The library escapes `<` and `>`, but leaves `&lt;`, `&amp;`… alone to avoid double
 * encoding, which is exactly wrong for HTML carried as text: `&lt;script&gt;` in a body would reach readers
 * as `<script>`. Escaping `&` first makes every entity literal text, as it must be.
 */
export function xmlText(text: string): string {
  return withoutForbiddenCharacters(text).replace(/&/g, '&amp;');
}

/** Text without the characters XML 1.0 cannot carry. */
export function withoutForbiddenCharacters(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Attribute values made safe as `xmlText` makes text. */
export function xmlAttributes(attributes: Record<string, string | null | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attributes)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([name, value]) => [name, xmlText(value)]),
  );
}
