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

/** Text with the characters XML forbids removed; escaping is the XML library's job. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}
