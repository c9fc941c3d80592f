/**
 * Minutes to read a text, as the `reading-time` package counts them (200 words a minute; each CJK character is a
 * word; a CJK character eats the punctuation after it). The same rules, read by character code instead of by
 * one-character strings tested against lists of ranges: that package took a tenth of a content build.
 * tests/unit/reading-time.test.ts checks the counts against the package.
 */
const WORDS_PER_MINUTE = 200;

const isBound = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

// Hiragana, CJK unified ideographs, Hangul. (The package also lists CJK extensions above U+FFFF, which a UTF-16
// code unit never reaches.)
const isCjk = (code: number) => (code >= 0x3040 && code <= 0x309f) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3);

const isPunctuation = (code: number) =>
  (code >= 0x21 && code <= 0x2f) ||
  (code >= 0x3a && code <= 0x40) ||
  (code >= 0x5b && code <= 0x60) ||
  (code >= 0x7b && code <= 0x7e) ||
  (code >= 0x3000 && code <= 0x303f) ||
  (code >= 0xff00 && code <= 0xffef);

/** The words of a text, counted as `reading-time` counts them. */
export function countWords(text: string): number {
  const length = text.length;
  // The package reads past the end as one line break, then as nothing.
  const at = (i: number) => (i < length ? text.charCodeAt(i) : i === length ? 10 : Number.NaN);
  let start = 0;
  let end = length - 1;
  while (start < length && isBound(at(start))) start++;
  while (end >= 0 && isBound(at(end))) end--;
  let words = 0;
  for (let i = start; i <= end; i++) {
    const code = at(i);
    const next = at(i + 1);
    if (isCjk(code) || (!isBound(code) && (isBound(next) || isCjk(next)))) words++;
    if (isCjk(code)) while (i <= end && (isPunctuation(at(i + 1)) || isBound(at(i + 1)))) i++;
  }
  return words;
}

/** Whole minutes to read a text, at least 1. */
export const readingMinutes = (text: string): number => Math.max(1, Math.round(countWords(text) / WORDS_PER_MINUTE));
