import { htmlTagNames } from 'html-tag-names';
import type { Html, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

const SVG_TAGS = ['svg', 'g', 'path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse', 'text', 'tspan',
  'defs', 'lineargradient', 'radialgradient', 'stop', 'title', 'desc', 'use', 'symbol', 'foreignobject', 'animate', 'set'];
const KNOWN_TAGS = new Set([...htmlTagNames, ...SVG_TAGS]);
const TAG_NAME = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/;

/**
 * `<X Days>` parses as an HTML tag in Markdown, and the sanitiser would then drop it with its text. Raw HTML
 * whose tag name is not an HTML or SVG element is text the author typed: keep it as text.
 */
export function remarkTextThatIsNotHtml() {
  return (tree: Root) => {
    visit(tree, 'html', (node: Html, index, parent) => {
      const name = TAG_NAME.exec(node.value)?.[1]?.toLowerCase();
      if (!name || KNOWN_TAGS.has(name) || !parent || index === undefined) return;
      const text: Text = { type: 'text', value: node.value, position: node.position };
      // A block of such "HTML" becomes a paragraph of text.
      parent.children[index] = (parent.type === 'root' ? { type: 'paragraph', children: [text] } : text) as never;
    });
  };
}

declare module 'vfile' {
  interface DataMap {
    excerptText: string;
    text: string;
    internalLinks: string[];
  }
}
