/**
 * kramdown inline attribute lists that Markdown would show as text: `## Heading {.western}` and `{#id}` at the
 * end of a heading, `{: .class}` at the end of any line, and a line holding nothing but an attribute list.
 * Braces elsewhere in prose (`{.5}`, `{a=1}`, `{{name}}`) are text and stay.
 */
const NAME = String.raw`[.#][A-Za-z][\w-]*`;
const PAIR = String.raw`[A-Za-z][\w-]*=(?:"[^"]*"|'[^']*'|[^\s}]+)`;
const SHORT = String.raw`\{[ \t]*${NAME}(?:[ \t]+${NAME})*[ \t]*\}`;
const COLON = String.raw`\{:[ \t]*(?:(?:${NAME}|${PAIR}|[A-Za-z][\w-]*)(?:[ \t]+(?:${NAME}|${PAIR}))*)?[ \t]*\}`;

const AFTER_HEADING = new RegExp(String.raw`^([ \t]{0,3}#{1,6}[ \t].*?)[ \t]*(?:${SHORT}|${COLON})[ \t]*$`, 'gm');
const COLON_AT_END = new RegExp(String.raw`[ \t]*${COLON}[ \t]*$`, 'gm');
const ALONE = new RegExp(String.raw`^[ \t]*(?:${SHORT}|${COLON})[ \t]*$`, 'gm');

export function removeAttributeLists(markdown: string): string {
  return markdown.replace(AFTER_HEADING, '$1').replace(ALONE, '').replace(COLON_AT_END, '');
}
