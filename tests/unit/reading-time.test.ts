import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import readingTime from 'reading-time';
import { describe, expect, test } from 'vitest';
import { countWords } from '../../lib/content/core/reading-time';
import { FIXTURES_DIR } from '../helpers/fixtures';

const words = (text: string) => readingTime(text).words;

describe('countWords counts as the reading-time package does', () => {
  test.each([
    '',
    ' ',
    'one',
    '  two words  ',
    'tabs\tand\nlines\r\nhere',
    'Hello, world! How are you?',
    '東京は日本の首都です。',
    '東京、大阪 and Kyoto。 ok',
    'ひらがな、カタカナ。漢字!',
    '한국어 텍스트입니다.',
    'mixed英語and日本語text',
    'trailing CJK 字',
    '字',
    '字。',
    '字 ',
    'emoji 😀 and 𠀀 astral',
    '— dashes – and … ellipses',
    'a\u00a0non-breaking\u00a0space',
  ])('%j', (text) => {
    expect(countWords(text)).toBe(words(text));
  });

  test('on every body of the fixture exports, and on random text', () => {
    const texts: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.md')) texts.push(readFileSync(full, 'utf8'));
      }
    };
    walk(FIXTURES_DIR);
    expect(texts.length).toBeGreaterThan(100);
    const alphabet = ['a', 'b', ' ', '\n', '\t', ',', '.', '字', '。', 'ひ', '한', '!', '(', '😀', '\u00a0'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 300; n++) texts.push(Array.from({ length: Math.floor(random() * 60) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    for (const text of texts) expect(countWords(text)).toBe(words(text));
  });
});
