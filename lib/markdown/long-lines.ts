/**
 * The one limit of the pipeline: a paragraph written as a single line longer than LONG_LINE characters (a
 * body that lost its line breaks, a pasted dump) is shown as plain text, not parsed as Markdown, and the build
 * names the post (`longLines`, reported by lib/content/generated/verify.ts).
 *
 * The Markdown parser takes time in proportion to the tokens of a line: a megabyte of `<a ` or of two-letter
 * words is a third of a million tokens, several seconds, and some of its rules grow faster than the line
 * (emphasis that can never close is looked for again from every `_`). No article has a 64 KB paragraph;
 * HTML is never cut this way (a line with a `>` is left alone), nor code, headings, lists or quotes.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { freePrivateUse, trimEndSpacesTabs } from './scan';

export const LONG_LINE = 64 * 1024;

// CommonMark's HTML block start conditions 1 and 6: these names start raw HTML even without a `>`.
const HTML_BLOCK_NAMES = new Set(
  ('pre script style textarea address article aside base basefont blockquote body caption center col colgroup dd ' +
    'details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header ' +
    'hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary ' +
    'table tbody td tfoot th thead title tr track ul').split(' '),
);

export interface LongLines {
  text: string;
  /** Each capped line's text, in order: the paragraph `«i»` (see `marks`) shows `lines[i]`. */
  lines: string[];
  /** The private-use characters around a capped line's number. */
  marks: [string, string];
}

const isBlankLine = (line: string | undefined) => line === undefined || /^[ \t]*$/.test(line);

/** Whether `content` (a line without its indentation) can only be a paragraph: no heading, list, quote, fence, HTML… */
function isParagraph(content: string, math: boolean, codeMark: string): boolean {
  const first = content[0] ?? '';
  if (first === ' ' || first === '\t' || '#-*+_=`~>'.includes(first) || /\d/.test(first) || first === codeMark) return false;
  if (math && first === '$') return false;
  if (first === '[' && content.includes(']:')) return false; // a link or footnote definition
  if (first === '<') {
    const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/]|$)/.exec(content)?.[1];
    if ('!?'.includes(content[1] ?? '') || (name && HTML_BLOCK_NAMES.has(name.toLowerCase()))) return false;
  }
  return true;
}

/**
 * Each line break, with the spaces and tabs before it and all whitespace after it, as one line feed: what the
 * regex `[ \t]*(?:\r\n|\n|\r)\s*` replaced, in one pass (the regex reads a long run of spaces that no break
 * follows again from each of its positions).
 */
function collapseBreaks(text: string): string {
  const [first = '', ...rest] = text.split(/\r\n|\n|\r/);
  let out = rest.length > 0 ? trimEndSpacesTabs(first) : first;
  let pendingBreak = false;
  rest.forEach((part, i) => {
    const content = part.trimStart();
    pendingBreak = true;
    if (content === '') return;
    out += `\n${i === rest.length - 1 ? content : trimEndSpacesTabs(content)}`;
    pendingBreak = false;
  });
  return pendingBreak ? `${out}\n` : out;
}

/**
 * Replaces each over-long single-line paragraph of `masked` (the body with its code masked, see code-mask.ts)
 * with a placeholder paragraph, which `restoreLongLines` fills with the line's text once the body is parsed.
 * `unmask` gives the line its code back.
 */
export function capLongLines(masked: string, unmask: (text: string) => string, options: { math: boolean; codeMarks: [string, string] }): LongLines {
  const lines: string[] = [];
  // (Raw text of a <textarea>, or a `$$` block, may run across blank lines: what looks like a paragraph may be neither.)
  if (masked.length < LONG_LINE || /<textarea/i.test(masked) || (options.math && masked.includes('$$'))) return { text: masked, lines, marks: ['', ''] };
  const marks = freePrivateUse([masked, ...options.codeMarks], 2) as [string, string];
  const parts = masked.split(/(\r\n|\n|\r)/);
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i]!;
    if (line.length < LONG_LINE || !isBlankLine(parts[i - 2]) || !isBlankLine(parts[i + 2])) continue;
    const indent = /^ {0,3}/.exec(line)![0].length;
    const content = trimEndSpacesTabs(line.slice(indent));
    if (!isParagraph(content, options.math, options.codeMarks[0])) continue;
    const text = collapseBreaks(unmask(content));
    if (text.includes('>')) continue; // HTML, or a quote: never cut
    parts[i] = `${line.slice(0, indent)}${marks[0]}${lines.push(text) - 1}${marks[1]}`;
  }
  return { text: lines.length ? parts.join('') : masked, lines, marks };
}

/** Gives each placeholder paragraph of the parsed body its line's text, as text (not Markdown). */
export function restoreLongLines(tree: Root, { lines, marks }: LongLines): void {
  if (lines.length === 0) return;
  const placeholder = new RegExp(`^${marks[0]}(\\d+)${marks[1]}$`);
  visit(tree, 'text', (node) => {
    const index = placeholder.exec(node.value)?.[1];
    if (index !== undefined) node.value = lines[Number(index)] ?? '';
  });
}
