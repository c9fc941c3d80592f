/**
 * rehype-raw (raw HTML parsed into the tree), without reading long texts character by character.
 *
 * rehype-raw runs the whole tree through the HTML parser, every text included, as one token per run of
 * whitespace or non-whitespace: a megabyte of short words is half a million tokens (a third of a second),
 * though the parser leaves text as it is. Texts longer than LONG_TEXT are swapped for a short placeholder
 * while it runs and swapped back after. What the parser does with a text depends only on whether it holds
 * anything but whitespace (in a table, such text is moved before it), so only texts that do are swapped, for a
 * placeholder that does too.
 */
import type { Root, Text } from 'hast';
import rehypeRaw from 'rehype-raw';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { freePrivateUse } from './scan';

const LONG_TEXT = 1024;

export function rehypeRawLongTexts() {
  const raw = rehypeRaw();
  return (tree: Root, file: VFile): Root => {
    const long: Text[] = [];
    const texts: string[] = [];
    visit(tree, (node) => {
      if (node.type !== 'text' && node.type !== 'raw' && node.type !== 'comment') return;
      texts.push(node.value);
      if (node.type === 'text' && node.value.length > LONG_TEXT && /\S/.test(node.value)) long.push(node);
    });
    if (long.length === 0) return raw(tree, file);
    const [open, close] = freePrivateUse(texts, 2) as [string, string];
    const saved = long.map((node, i) => {
      const value = node.value;
      node.value = `${open}${i}${close}`;
      return value;
    });
    const result = raw(tree, file);
    const placeholder = new RegExp(`${open}(\\d+)${close}`, 'g');
    visit(result, 'text', (node) => {
      if (node.value.includes(open)) node.value = node.value.replace(placeholder, (_, i: string) => saved[Number(i)]!);
    });
    return result;
  };
}
