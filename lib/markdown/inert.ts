/**
 * Characters that can never take part in Markdown syntax where they stand, hidden from the Markdown parser
 * (micromark) and put back in the syntax tree it returns. The output is the same; the parser's time is not.
 *
 * micromark spends time on characters that might start syntax, and some of that time grows with the
 * paragraph: every `]` looks back through the whole paragraph for its `[` (a paragraph of `]`: quadratic),
 * every `[` becomes a token of its own (a megabyte of `[`: ten seconds), and every `#` and space of a heading
 * line is a token (`# # # …`). Such characters are swapped for a private stand-in that reads as plain text,
 * of the same kind for the rules that look at neighbours (emphasis flanking: punctuation for punctuation,
 * whitespace for whitespace), and `restoreInert` swaps them back in every string of the tree.
 *
 * A stand-in is only used where the character provably does nothing:
 * - a `[` with no `]` after it in its block (text between blank lines), nor any `@`, `:` or `ww.` after it
 *   (a bare URL looks back for open brackets: kept where one may follow);
 * - a `]` with no `[` before it in its block;
 * - a `#`, or a space, inside a heading line between other `#`s and spaces (not its opening `#`s, not its
 *   closing ones nor the space before them, not `&#…;` nor `\#`).
 * and, for the brackets, never in a word that holds `.`, `@` or `:` (it might be part of a bare URL or address).
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { swapChars } from './scan';

// Unicode punctuation and whitespace that no export is likely to hold; the first ones absent from a body are used.
const PUNCTUATION = ['\u2E3A', '\u2E3B', '\u2E41', '\u2E4C', '\u2E50', '\u2E51', '\u2E52', '\u2E2E', '\u2E18', '\u2E1E', '\u2E1F'];
const WHITESPACE = ['\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A'];

export interface Inert {
  text: string;
  /** Stand-in -> the character it hides; empty when nothing was hidden. */
  originals: Map<string, string>;
}

function standIns(text: string, count: number, from: string[]): string[] | null {
  const free = from.filter((c) => !text.includes(c));
  return free.length >= count ? free.slice(0, count) : null;
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

const code = (c: string) => c.charCodeAt(0);
const [OPEN, CLOSE, AT, COLON, DOT, BACKSLASH, SPACE, TAB, LF, CR] = ['[', ']', '@', ':', '.', '\\', ' ', '\t', '\n', '\r'].map(code) as number[];
const isW = (c: number) => c === 119 || c === 87;

/** Positions of `[` and `]` that do nothing, found in two passes over the block. */
function inertBrackets(text: string, chosen: Uint8Array, blockStart: number, blockEnd: number) {
  let firstOpen = -1;
  let lastClose = -1;
  let lastTrigger = -1;
  for (let i = blockStart; i < blockEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN) firstOpen = firstOpen === -1 ? i : firstOpen;
    else if (c === CLOSE) lastClose = i;
    else if (c === AT || c === COLON || (c === DOT && isW(text.charCodeAt(i - 1)) && isW(text.charCodeAt(i - 2)))) lastTrigger = i;
  }
  if (firstOpen === -1 && lastClose === -1) return;
  let wordStart = blockStart;
  let wordIsPlain = true;
  let escaped = false;
  for (let i = blockStart; i <= blockEnd; i++) {
    const c = i === blockEnd ? SPACE : text.charCodeAt(i);
    if (c === SPACE || c === TAB || c === LF || c === CR) {
      // A word that might be part of a bare URL or address keeps its brackets.
      if (!wordIsPlain) for (let at = wordStart; at < i; at++) chosen[at] = 0;
      wordStart = i + 1;
      wordIsPlain = true;
      escaped = false;
      continue;
    }
    if (c === DOT || c === AT || c === COLON) wordIsPlain = false;
    else if (!escaped && c === OPEN && i > lastClose && i > lastTrigger) chosen[i] = 1;
    else if (!escaped && c === CLOSE && (firstOpen === -1 || i < firstOpen)) chosen[i] = 1;
    escaped = c === BACKSLASH && !escaped;
  }
}

/** Positions of `#` and spaces inside a heading line that do nothing (see the module comment). */
function inertHeadingMarks(text: string, chosen: Uint8Array, lineStart: number, lineEnd: number) {
  let i = lineStart;
  while (i < lineEnd && i - lineStart < 3 && text[i] === ' ') i++;
  const hashes = i;
  while (i < lineEnd && text[i] === '#') i++;
  if (i === hashes || i - hashes > 6 || (i < lineEnd && !isBlank(text[i]))) return;
  while (i < lineEnd && isBlank(text[i])) i++;
  const contentStart = i;
  // The closing sequence, and the blanks before and after it, stay as they are.
  let contentEnd = lineEnd;
  while (contentEnd > contentStart && isBlank(text[contentEnd - 1])) contentEnd--;
  let closing = contentEnd;
  while (closing > contentStart && text[closing - 1] === '#') closing--;
  if (closing < contentEnd && (closing === contentStart || isBlank(text[closing - 1]))) {
    contentEnd = closing;
    while (contentEnd > contentStart && isBlank(text[contentEnd - 1])) contentEnd--;
  }
  const isMark = (c: number) => c === 35 || c === 32; // `#`, space
  let before = isMark(text.charCodeAt(contentStart - 1));
  let here = isMark(text.charCodeAt(contentStart));
  for (let at = contentStart; at < contentEnd; at++) {
    const after = isMark(text.charCodeAt(at + 1));
    if (before && here && after) chosen[at] = 1;
    [before, here] = [here, after];
  }
}

/** Hides the inert characters of `markdown` (the text the parser is about to read). */
export function hideInert(markdown: string): Inert {
  const originals = new Map<string, string>();
  if (!markdown.includes('[') && !markdown.includes(']') && !markdown.includes('#')) return { text: markdown, originals };
  const chosen = new Uint8Array(markdown.length);
  // Blocks: runs of lines between blank lines (a paragraph never crosses one).
  const BLANK_LINE = /(?:^|\r\n|\r|\n)[ \t]*(?=\r\n|\r|\n|$)/g;
  let blockStart = 0;
  for (const m of [...markdown.matchAll(BLANK_LINE), { index: markdown.length, 0: '' }]) {
    if (m.index > blockStart) inertBrackets(markdown, chosen, blockStart, m.index);
    blockStart = m.index + m[0].length;
  }
  for (const m of markdown.matchAll(/(?:^|(?<=[\n\r]))[ ]{0,3}#[^\n\r]*/g)) inertHeadingMarks(markdown, chosen, m.index, m.index + m[0].length);
  if (!chosen.includes(1)) return { text: markdown, originals };

  const punctuation = standIns(markdown, 3, PUNCTUATION);
  const [space] = standIns(markdown, 1, WHITESPACE) ?? [];
  if (!punctuation || !space) return { text: markdown, originals }; // (a body using them all: left as it is)
  const standIn: Record<string, string> = { '[': punctuation[0]!, ']': punctuation[1]!, '#': punctuation[2]!, ' ': space };
  for (const [original, stand] of Object.entries(standIn)) originals.set(stand, original);
  const swaps = new Map(Object.entries(standIn).map(([original, stand]) => [code(original), code(stand)]));
  return { text: swapChars(markdown, swaps, chosen), originals };
}

const STRING_FIELDS = ['value', 'url', 'title', 'alt', 'label', 'identifier', 'lang', 'meta'] as const;

/** Puts the hidden characters back, in every string of the Markdown tree. */
export function restoreInert(tree: Root, originals: Map<string, string>): void {
  if (originals.size === 0) return;
  const hidden = new RegExp(`[${[...originals.keys()].join('')}]`);
  const swaps = new Map([...originals].map(([stand, original]) => [code(stand), code(original)]));
  const restore = (node: object) => {
    const fields = node as Record<string, unknown>;
    for (const field of STRING_FIELDS) {
      const value = fields[field];
      if (typeof value === 'string' && hidden.test(value)) fields[field] = swapChars(value, swaps);
    }
    // Math keeps a copy of its TeX for the HTML it becomes (`data.hChildren`, made while parsing).
    const children = (fields.data as { hChildren?: object[] } | undefined)?.hChildren;
    if (Array.isArray(children)) for (const child of children) visit(child as Root, restore);
  };
  visit(tree, restore);
}
