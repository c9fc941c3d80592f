/**
 * kramdown inline attribute lists that Markdown would show as text: `## Heading {.western}` and `{#id}` at the
 * end of a heading, `{: .class}` at the end of any line, and a line holding nothing but an attribute list.
 * Braces elsewhere in prose (`{.5}`, `{a=1}`, `{{name}}`) are text and stay.
 *
 * As in kramdown, a value holds no brace (a `}` ends the list) and stays on its line; a value that opens a
 * quote closes it. So a list is always the tail of its line from the line's last `{`: each line is read once,
 * with one anchored match, where a search for the list (`.*?` before it, an unanchored `\{:` …) would try
 * every `{` and every length of what precedes it (`#` and a million spaces: minutes).
 */
const NAME = String.raw`[.#][A-Za-z][\w-]*`;
const PAIR = String.raw`[A-Za-z][\w-]*=(?:"[^"{}\n\r]*"|'[^'{}\n\r]*'|[^\s{}"'][^\s{}]*)`;
const SHORT = String.raw`\{[ \t]*${NAME}(?:[ \t]+${NAME})*[ \t]*\}`;
const COLON = String.raw`\{:[ \t]*(?:(?:${NAME}|${PAIR}|[A-Za-z][\w-]*)(?:[ \t]+(?:${NAME}|${PAIR}))*)?[ \t]*\}`;
const SHORT_LIST = new RegExp(`^${SHORT}$`);
const COLON_LIST = new RegExp(`^${COLON}$`);
const HEADING_START = /^[ \t]{0,3}#{1,6}[ \t]/;

type ListKind = 'short' | 'colon';

/** End of `line` without its trailing spaces and tabs. */
function trimmedEnd(line: string, from = line.length): number {
  let end = from;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end;
}

/** The attribute list ending `line` (before trailing spaces and tabs): where it starts, and its kind. */
function listAtEnd(line: string): { start: number; kind: ListKind } | null {
  const end = trimmedEnd(line);
  if (line[end - 1] !== '}') return null;
  const start = line.lastIndexOf('{', end - 1);
  if (start === -1) return null;
  const list = line.slice(start, end);
  if (SHORT_LIST.test(list)) return { start, kind: 'short' };
  return COLON_LIST.test(list) ? { start, kind: 'colon' } : null;
}

/** One line, through the three rules in turn: after a heading, alone on its line, `{: …}` at the end. */
function removeFromLine(line: string): string {
  let list = listAtEnd(line);
  const heading = list && HEADING_START.exec(line);
  // The heading keeps its text up to the whitespace before the list, and the one blank after its `#`s.
  if (list && heading && list.start >= heading[0].length) {
    line = line.slice(0, Math.max(heading[0].length, trimmedEnd(line, list.start)));
    list = listAtEnd(line);
  }
  if (list && trimmedEnd(line, list.start) === 0) return '';
  if (list?.kind === 'colon') return line.slice(0, trimmedEnd(line, list.start));
  return line;
}

export function removeAttributeLists(markdown: string): string {
  if (!markdown.includes('{')) return markdown;
  // Lines and the breaks between them (`$` and `^` of a multiline regex: \n, \r, \u2028, \u2029).
  const parts = markdown.split(/(\r\n|[\n\r\u2028\u2029])/);
  for (let i = 0; i < parts.length; i += 2) {
    if (parts[i]!.includes('}')) parts[i] = removeFromLine(parts[i]!);
  }
  return parts.join('');
}
