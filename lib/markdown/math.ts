/**
 * Math, for a site or post that has it on, typeset only when it is math:
 *
 * - `\(…\)` and `\[…\]` (MathJax's delimiters) become remark-math's `$$…$$` only where their content parses as
 *   TeX. The exporter writes a literal bracket as `\[`, so `\[copyright Taylor & Francis\]` stays as written,
 *   and Markdown shows it as `[copyright Taylor & Francis]`.
 * - A formula KaTeX still cannot render (`$$…$$` holding a TeX error) never reaches a reader as KaTeX's red
 *   error: its source shows as text.
 *
 * Either way the body's `mathErrors` name the formula, and the build report names the post.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { KatexOptions } from 'katex';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** What math needs, loaded the first time a document has math on: KaTeX is large, and most sites have none. */
export interface MathPlugins {
  remarkMath: typeof import('remark-math').default;
  rehypeKatex: typeof import('rehype-katex').default;
  /** Whether `tex` parses as TeX (KaTeX's parser alone, without laying the formula out). */
  isTex: (tex: string, displayMode: boolean) => boolean;
}

// KaTeX's parser on its own (`katex.__parse`): rendering only to learn whether a formula parses would lay out
// every `\(…\)` twice. It is exported by the pinned KaTeX; renderToString stands in should it ever go.
type KatexModule = typeof import('katex') & { __parse?: (tex: string, options: KatexOptions) => unknown };

let mathPlugins: Promise<MathPlugins> | undefined;
export const loadMathPlugins = (): Promise<MathPlugins> =>
  (mathPlugins ??= Promise.all([import('remark-math'), import('rehype-katex'), import('katex')]).then(([remarkMath, rehypeKatex, katexModule]) => {
    const katex = (katexModule.default ?? katexModule) as KatexModule;
    const parse = katex.__parse ?? ((tex: string, options: KatexOptions) => katex.renderToString(tex, options));
    return {
      remarkMath: remarkMath.default,
      rehypeKatex: rehypeKatex.default,
      isTex: (tex, displayMode) => {
        try {
          parse(tex, { displayMode, strict: 'ignore', throwOnError: true });
          return true;
        } catch {
          return false;
        }
      },
    };
  }));

/** A formula as the build report quotes it: on one line, at most 80 characters. */
export const quoteFormula = (source: string): string => {
  const line = source.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

/**
 * Each `open…close` of `text` (at least one character between), as the lazy `/open([\s\S]+?)close/g` finds
 * them: that regex reads to the end of the text for every opening left unclosed; once no closing is left after
 * an opening, none is left after any later one either, and the search stops.
 */
function replaceDelimited(text: string, open: string, close: string, replace: (inner: string) => string): string {
  let out = '';
  let copied = 0;
  for (let start = text.indexOf(open); start !== -1; start = text.indexOf(open, copied)) {
    const end = text.indexOf(close, start + open.length + 1);
    if (end === -1) break;
    out += text.slice(copied, start) + replace(text.slice(start + open.length, end));
    copied = end + close.length;
  }
  return out + text.slice(copied);
}

/**
 * `\(x\)` and `\[x\]` as remark-math's inline `$$x$$` and display `$$…$$` block where `x` is TeX; as written
 * where it is not, each named in `notTex`.
 */
export function mathDelimiters(text: string, isTex: MathPlugins['isTex']): { text: string; notTex: string[] } {
  const notTex: string[] = [];
  const convert = (open: string, close: string, display: boolean, toMath: (tex: string) => string) => (tex: string) => {
    if (isTex(tex, display)) return toMath(tex);
    notTex.push(quoteFormula(`${open}${tex}${close}`));
    return `${open}${tex}${close}`;
  };
  const display = replaceDelimited(text, '\\[', '\\]', convert('\\[', '\\]', true, (tex) => `\n$$\n${tex.trim()}\n$$\n`));
  return { text: replaceDelimited(display, '\\(', '\\)', convert('\\(', '\\)', false, (tex) => `$$${tex}$$`)), notTex };
}

// Elements in which a display formula stood as a block of its own (its error then takes a paragraph).
const FLOW_PARENTS = new Set(['blockquote', 'li', 'div', 'section', 'figure', 'td', 'th', 'dd', 'details']);

/**
 * After rehype-katex: each formula it could not render (it then writes KaTeX's red `.katex-error`) shows its
 * source, `$$…$$`, as text, and is named in `file.data.mathErrors`. Reads the tree only when rehype-katex
 * reported an error.
 */
export function rehypeMathErrorsAsText() {
  return (tree: Root, file: VFile) => {
    if (!file.messages.some((message) => message.source === 'rehype-katex')) return;
    const errors = (file.data.mathErrors ??= []);
    visit(tree, 'element', (node, index, parent) => {
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      if (!parent || index === undefined || !classes.includes('katex-error')) return undefined;
      const tex = (node.children[0]?.type === 'text' ? node.children[0].value : '').trim();
      errors.push(quoteFormula(`$$${tex}$$`));
      const display = parent.type === 'root' || FLOW_PARENTS.has((parent as Element).tagName);
      const source: ElementContent = { type: 'text', value: display ? `$$\n${tex}\n$$` : `$$${tex}$$` };
      parent.children[index] = display ? { type: 'element', tagName: 'p', properties: {}, children: [source] } : source;
      return SKIP;
    });
  };
}

declare module 'vfile' {
  interface DataMap {
    /** Formulas shown as text: `\(…\)`/`\[…\]` that are not TeX, and `$$…$$` KaTeX could not render. */
    mathErrors: string[];
  }
}
