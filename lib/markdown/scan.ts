/**
 * Helpers for the text passes over a body, which must each read the body a bounded number of times.
 *
 * A regex searched across a body restarts at every position, and an attempt that reads far before it fails
 * (`[^\]]*` with no `]` after, a lazy `[\s\S]*?` whose end never comes) is read again from the next position:
 * quadratic time on a body made of such starts. The passes instead find each start once and ask "where is
 * the next X after here?" of a finder, which never reads a character twice.
 */

/**
 * Where `pattern` (a global regex) next matches, at or after `from`, asked with `from` never decreasing: each
 * character is searched once over all the calls. -1 when it does not match again.
 */
export function finder(text: string, pattern: RegExp): (from: number) => number {
  if (!pattern.global) throw new Error('finder needs a global regex');
  let found = -2; // not searched yet
  let searchedFrom = 0;
  return (from) => {
    if (from < searchedFrom) throw new Error('finder asked backwards');
    searchedFrom = from;
    if (found === -2 || (found !== -1 && found < from)) {
      pattern.lastIndex = from;
      found = pattern.exec(text)?.index ?? -1;
    }
    return found;
  };
}

/**
 * For every position of `text`, the first position at or after it whose character passes `test` (-1: none):
 * for scans that ask in no particular order.
 */
export function nextIndexTable(text: string, test: (code: number) => boolean): Int32Array {
  const table = new Int32Array(text.length + 1);
  let next = -1;
  table[text.length] = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    if (test(text.charCodeAt(i))) next = i;
    table[i] = next;
  }
  return table;
}

/**
 * `text` without its trailing spaces and tabs. (`/[ \t]+$/` is quadratic on a long run of them that does not
 * end the text: it is tried from every position of the run.)
 */
export function trimEndSpacesTabs(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** JavaScript's `\s`. */
export const isSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** `text` with some characters swapped one for one (`replaceAll` per character is far slower on many matches). */
export function swapChars(text: string, swaps: Map<number, number>, only?: Uint8Array): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = only && !only[i] ? c : (swaps.get(c) ?? c);
  }
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}

/** `count` private-use characters that occur in none of `texts` (placeholders that cannot be confused with text). */
export function freePrivateUse(texts: string[], count: number): string[] {
  const used = new Set<string>();
  for (const text of texts) for (const [c] of text.matchAll(/[\uE000-\uF8FF]/g)) used.add(c);
  const free: string[] = [];
  for (let code = 0xe000; code <= 0xf8ff && free.length < count; code++) {
    const c = String.fromCharCode(code);
    if (!used.has(c)) free.push(c);
  }
  if (free.length < count) throw new Error('no private-use character is free for a placeholder');
  return free;
}
