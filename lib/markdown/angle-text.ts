import { htmlTagNames } from 'html-tag-names';
import { SVG_TAG_NAMES } from './sanitize-schema';
import { isSpace } from './scan';

const KNOWN_TAGS = new Set([...htmlTagNames, ...SVG_TAG_NAMES.map((name) => name.toLowerCase())]);
// Attributes written without a value in real markup (Vimeo's iframes carry `webkitallowfullscreen`, WordPress's
// file block `download`, Instagram's embed `data-instgrm-captioned`: see also isMarkupBareWord).
const BOOLEAN_ATTRIBUTES = new Set(['allowfullscreen', 'async', 'autofocus', 'autoplay', 'checked', 'controls', 'default',
  'defer', 'disabled', 'hidden', 'itemscope', 'loop', 'multiple', 'muted', 'nowrap', 'open', 'playsinline', 'readonly',
  'required', 'reversed', 'selected', 'noshade', 'compact', 'download', 'webkitallowfullscreen', 'mozallowfullscreen',
  'crossorigin', 'inert', 'ismap', 'nomodule', 'novalidate', 'formnovalidate']);
/** A valueless word that only markup writes: a boolean attribute, or a `data-…`/`aria-…` one. */
const isMarkupBareWord = (word: string) => BOOLEAN_ATTRIBUTES.has(word.toLowerCase()) || /^(?:data|aria)-[\w-]+$/i.test(word);
// A start or end tag with its attributes (quoted values may hold `>`). Only ever run on one tag that
// `findTags` found, never searched for across a body (see findTags).
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
  return bareWords.some((word) => !isMarkupBareWord(word));
}

// ------------------------------------------------------------------------------------------ tag scanner

/** The states of TAG as an automaton; TAG's grammar is deterministic once every run is taken whole. */
const enum S {
  Open, // after `<`
  OpenSlash, // after `</`
  Name, // in the tag name
  Space, // whitespace after the tag name or after a value: an attribute, `/>` or `>` may follow
  AttrName,
  AttrSpace, // whitespace after an attribute name: `=`, another attribute, `/>` or `>`
  Equals, // after `=` (and whitespace)
  DoubleQuoted,
  SingleQuoted,
  Unquoted,
  AfterQuote, // right after a quoted value: whitespace, `/>` or `>`
  Slash, // `/` before the closing `>`
}
const STATES = 12;
const ACCEPT = -1;
const FAIL = -2;

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isTagNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 45;
const isQuote = (c: number) => c === 34 || c === 39;
// `[^\s"'>/=]`
const isAttrNameChar = (c: number) => !isSpace(c) && !isQuote(c) && c !== 62 && c !== 47 && c !== 61;

/** One character of TAG: the next state, ACCEPT on the closing `>`, or FAIL. */
function step(state: S, c: number): number {
  switch (state) {
    case S.Open:
      return c === 47 ? S.OpenSlash : isLetter(c) ? S.Name : FAIL;
    case S.OpenSlash:
      return isLetter(c) ? S.Name : FAIL;
    case S.Name:
      if (isTagNameChar(c)) return S.Name;
      return isSpace(c) ? S.Space : c === 47 ? S.Slash : c === 62 ? ACCEPT : FAIL;
    case S.Space:
    case S.AfterQuote:
      if (isSpace(c)) return S.Space;
      if (c === 47) return S.Slash;
      if (c === 62) return ACCEPT;
      return state === S.Space && isAttrNameChar(c) ? S.AttrName : FAIL;
    case S.AttrName:
    case S.AttrSpace:
      if (isSpace(c)) return S.AttrSpace;
      if (c === 61) return S.Equals;
      if (c === 47) return S.Slash;
      if (c === 62) return ACCEPT;
      return isAttrNameChar(c) ? S.AttrName : FAIL; // (a quote here ends every reading of TAG)
    case S.Equals:
      if (isSpace(c)) return S.Equals;
      return c === 34 ? S.DoubleQuoted : c === 39 ? S.SingleQuoted : c === 62 ? FAIL : S.Unquoted;
    case S.DoubleQuoted:
      return c === 34 ? S.AfterQuote : S.DoubleQuoted;
    case S.SingleQuoted:
      return c === 39 ? S.AfterQuote : S.SingleQuoted;
    case S.Unquoted:
      if (isSpace(c)) return S.Space;
      return c === 62 ? ACCEPT : isQuote(c) ? FAIL : S.Unquoted;
    case S.Slash:
      return c === 62 ? ACCEPT : FAIL;
  }
}

/**
 * Where TAG matches, as `String.replace` with a global TAG would find them: `[start, end)` pairs in order, not
 * overlapping. A regex tries every `<` anew and reads on to the end of the text each time when no `>` comes
 * (`<a <a <a …`): quadratic. Here every `<` is followed at once, like a regex engine that runs all its attempts
 * side by side (Thompson's construction): attempts that reach the same state at the same character share
 * their fate from then on, so at most one per state is kept, and each character is read once per state.
 */
function findTags(text: string): [number, number][] {
  // Union-find over attempts: an attempt merged into another one ends where that one ends (-1: no match).
  const parent: number[] = [];
  const end: number[] = [];
  const startOf: number[] = [];
  const root = (a: number): number => {
    while (parent[a] !== a) a = parent[a] = parent[parent[a]!]!;
    return a;
  };
  // The attempt in each state (-1: none), and which states hold one, for this character and the next.
  let slot = new Int32Array(STATES).fill(-1);
  let nextSlot = new Int32Array(STATES).fill(-1);
  let states: S[] = [];
  let nextStates: S[] = [];
  for (let i = text.indexOf('<'); i !== -1 && i < text.length; i++) {
    if (states.length === 0) {
      i = text.indexOf('<', i); // nothing to follow: jump to the next `<`
      if (i === -1) break;
    }
    const c = text.charCodeAt(i);
    for (const state of states) {
      const attempt = slot[state]!;
      slot[state] = -1;
      const to = step(state, c);
      if (to === ACCEPT) end[attempt] = i + 1;
      else if (to === FAIL) continue;
      else if (nextSlot[to] !== -1) parent[attempt] = nextSlot[to]!;
      else {
        nextSlot[to] = attempt;
        nextStates.push(to);
      }
    }
    if (c === 60) {
      const attempt = parent.length;
      parent.push(attempt);
      end.push(-1);
      startOf.push(i);
      nextSlot[S.Open] = attempt;
      nextStates.push(S.Open);
    }
    [slot, nextSlot] = [nextSlot, slot];
    [states, nextStates] = [nextStates, states];
    nextStates.length = 0;
  }
  const tags: [number, number][] = [];
  let from = 0;
  for (let attempt = 0; attempt < startOf.length; attempt++) {
    const start = startOf[attempt]!;
    const stop = end[root(attempt)]!;
    if (start < from || stop === -1) continue;
    tags.push([start, stop]);
    from = stop;
  }
  return tags;
}

/**
 * `<X Days>` parses as an HTML tag in Markdown, and the sanitiser would then drop it with its text. Angle
 * brackets that are not markup (see isTextInBrackets) are escaped in the source, so Markdown shows them as
 * the text the author typed and goes on parsing the rest of the line.
 */
export function escapeTextInBrackets(markdown: string): string {
  if (!markdown.includes('<')) return markdown;
  let out = '';
  let from = 0;
  for (const [start, stop] of findTags(markdown)) {
    if (!isTextInBrackets(markdown.slice(start, stop))) continue;
    out += `${markdown.slice(from, start)}&lt;`;
    from = start + 1;
  }
  return out + markdown.slice(from);
}
