/**
 * Markdown the exporter wrote inside raw HTML. Its HTML-to-Markdown converter keeps the tags it has no
 * Markdown for (`<figure>`, `<div>`, `<figcaption>`…) and converts what is inside them, so a linked, captioned
 * image comes out as `<figure class="wp-block-image">[<img src="…"/>](https://…)<figcaption>A *caption*…`.
 * CommonMark reads such a line as an HTML block, whose content is raw: the reader would see `[`, `](https://…)`
 * and the asterisks. Those blocks are parsed again as Markdown in which HTML is never a block, so the tags are
 * inline HTML around Markdown; the block then holds that Markdown rendered, for the HTML parser (rehype-raw).
 *
 * Only blocks whose text, outside their tags, holds something Markdown acts on are parsed again; never the raw
 * kinds (`<pre>`, `<script>`, `<style>`, `<textarea>`, declarations), nor a block with code in it, nor one longer
 * than LONG_LINE (a paragraph that long is not parsed as Markdown either: see long-lines.ts).
 */
import type { Nodes as HastNodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Html, Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { LONG_LINE } from './long-lines';

// mdast parents whose children are blocks: an `html` node there is an HTML block (elsewhere it is inline HTML).
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);
// CommonMark's HTML blocks of kinds 1, 3, 4 and 5, whose content is never Markdown. (A comment's block, kind 2,
// may go on after the comment: `<!-- wp:paragraph --><p>A [link](…)</p>`.)
const RAW_KIND = /^ {0,3}<(?:\?|![A-Z[]|(?:pre|script|style|textarea)(?![\w-]))/i;
// Code inside a block stays as written: never parsed as Markdown.
const HOLDS_CODE = /<(?:pre|code|kbd|samp|script|style|textarea|xmp|listing|plaintext)(?![\w-])/i;

const isAsciiPunctuation = (c: number) => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether the text of `html` outside its tags holds Markdown: a link or image (`](`), emphasis or code (`*`,
 * `_`, a backtick), a backslash escape, a hard line break (two spaces at a line's end), math (`$`, with math
 * on). One pass; quoted attribute values are inside their tag.
 */
export function hasMarkdownOutsideTags(html: string, math: boolean): boolean {
  let quote = 0; // the quote an attribute value is open with, inside a tag
  let inTag = false;
  for (let i = 0; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (inTag) {
      if (quote) quote = c === quote ? 0 : quote;
      else if (c === 34 || c === 39) quote = c;
      else if (c === 62) inTag = false; // `>`
      continue;
    }
    const next = html.charCodeAt(i + 1);
    if (c === 60 && (isLetter(next) || next === 47 || next === 33)) inTag = true; // `<a`, `</`, `<!--`
    else if (c === 42 || c === 95 || c === 96) return true; // `*`, `_`, backtick
    else if (c === 93 && next === 40) return true; // `](`
    else if (c === 92 && isAsciiPunctuation(next)) return true; // `\[`
    else if (c === 36 && math) return true; // `$`
    else if (c === 32 && next === 32 && /^ +(?:\r?\n|\r)/.test(html.slice(i, i + 8))) return true; // a hard break
  }
  return false;
}

/** Whether a re-parsed block left a tag as text (one the inline HTML grammar refuses, which a browser takes). */
function leftTagAsText(nodes: RootContent[]): boolean {
  let found = false;
  for (const node of nodes) {
    visit(node, 'text', (text) => {
      found ||= /<[A-Za-z/]/.test(text.value);
    });
  }
  return found;
}

/**
 * A block's content as HTML: its Markdown rendered, its raw HTML as written. A paragraph gives its content
 * only (the block had no `<p>` around its `<figure>`); other blocks (a list the exporter wrote) are themselves.
 */
function blockHtml(content: RootContent[]): string {
  const html = (node: RootContent) => {
    const hast = toHast(node, { allowDangerousHtml: true }) as HastNodes;
    return toHtml(node.type === 'paragraph' && hast.type === 'element' ? hast.children : hast, { allowDangerousHtml: true });
  };
  return content.map(html).join('\n');
}

/**
 * Parses the Markdown inside the HTML blocks of `tree` (see the module comment): each becomes one HTML block
 * again, of that Markdown rendered. `parseFragment` parses text as Markdown without HTML blocks. Each block is
 * read and parsed once.
 */
export function parseMarkdownInHtmlBlocks(tree: Root, parseFragment: (markdown: string) => Root, math: boolean): void {
  visit(tree, 'html', (node: Html, _index, parent) => {
    if (!parent || !FLOW_PARENTS.has(parent.type)) return;
    const html = node.value;
    if (html.length > LONG_LINE || RAW_KIND.test(html) || HOLDS_CODE.test(html) || !hasMarkdownOutsideTags(html, math)) return;
    const content = parseFragment(html).children;
    if (!leftTagAsText(content)) node.value = blockHtml(content);
  });
}
