import { decodeHTML } from 'entities';
import { htmlTagNames } from 'html-tag-names';

// HTML as WordPress writes it: lower-case names of real elements. `3 < 5 > 2`, `<X Days>` and
// `<Summary of the day>` are text, not tags.
const TAG = new RegExp(`<\\/?(?:${htmlTagNames.join('|')})(?:\\s[^<>]*)?\\/?>`, 'g');

/** Front-matter text as a reader should see it: entities decoded once, tags and extra whitespace gone. */
export function plainText(value: string): string {
  return decodeHTML(value.replace(TAG, ''))
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first `count` words of a text, with an ellipsis when it was cut. Reads no further than word `count + 1`. */
export function firstWords(text: string, count: number): string {
  const words: string[] = [];
  const word = /\S+/g;
  for (let match = word.exec(text); match && words.length <= count; match = word.exec(text)) words.push(match[0]);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}
