import { htmlTagNames } from 'html-tag-names';
import { SVG_TAG_NAMES } from './sanitize-schema';

const KNOWN_TAGS = new Set([...htmlTagNames, ...SVG_TAG_NAMES.map((name) => name.toLowerCase())]);
const BOOLEAN_ATTRIBUTES = new Set(['allowfullscreen', 'async', 'autofocus', 'autoplay', 'checked', 'controls', 'default',
  'defer', 'disabled', 'hidden', 'itemscope', 'loop', 'multiple', 'muted', 'nowrap', 'open', 'playsinline', 'readonly',
  'required', 'reversed', 'selected', 'noshade', 'compact']);
// A start or end tag with its attributes (quoted values may hold `>`).
const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/;
const ATTRIBUTE = /([^\s"'>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;

/** Whether raw "HTML" is really text in angle brackets: `<X Days>`, `<Summary of the day>`, `<Select one>`. */
function isTextInBrackets(html: string): boolean {
  const m = TAG.exec(html);
  if (!m) return false; // not a well-formed tag: leave it to the HTML parser and the sanitiser
  const [, , name, rest] = m as unknown as [string, string, string, string];
  // Markup is written in lower case (WordPress and converters write it so); `<Summary …>` is a person typing.
  if (!KNOWN_TAGS.has(name) && !KNOWN_TAGS.has(name.toLowerCase())) return true;
  if (name !== name.toLowerCase() && name !== name.toUpperCase()) return true;
  // Bare words that are not boolean attributes: `<Image here>`, `<Data Not Available>`.
  const bareWords = [...rest.matchAll(ATTRIBUTE)].filter((a) => a[2] === undefined).map((a) => a[1]!);
  return bareWords.some((word) => !BOOLEAN_ATTRIBUTES.has(word.toLowerCase()));
}

const CANDIDATE = new RegExp(TAG.source.slice(1), 'g');

/**
 * `<X Days>` parses as an HTML tag in Markdown, and the sanitiser would then drop it with its text. Angle
 * brackets that are not markup (see isTextInBrackets) are escaped in the source, so Markdown shows them as
 * the text the author typed and goes on parsing the rest of the line.
 */
export function escapeTextInBrackets(markdown: string): string {
  return markdown.replace(CANDIDATE, (tag) => (isTextInBrackets(tag) ? `&lt;${tag.slice(1)}` : tag));
}
