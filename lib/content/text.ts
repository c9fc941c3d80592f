import { decodeHTML } from 'entities';

// Inline HTML elements WordPress titles and excerpts carry. Only these are stripped: `3 < 5 > 2` and
// `<X Days>` are text, not tags.
const INLINE_TAG =
  /<\/?(?:a|abbr|b|br|cite|code|del|em|i|ins|mark|q|s|small|span|strong|sub|sup|u)(?:\s[^<>]*)?\/?>/gi;

/** Front-matter text as a reader should see it: entities decoded once, tags and extra whitespace gone. */
export function plainText(value: string): string {
  return decodeHTML(value.replace(INLINE_TAG, ''))
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first `count` words of a text, with an ellipsis when it was cut. */
export function firstWords(text: string, count: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}
