/**
 * Text transforms on the Markdown source (shortcodes, kramdown attribute lists, math delimiters) must never
 * touch code samples. `maskCode` swaps every code region for a placeholder; `unmask` puts them back.
 */

const PLACEHOLDER = /\uE000(\d+)\uE001/g;

// Fenced blocks (to their closing fence, or to the end of the text), <pre>/<code> elements, inline code spans.
// A fence may be indented (inside a list item) or quoted (`> ```).
const FENCED = /^[ \t>]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t>]*\1[`~]*[ \t]*$|(?![\s\S]))/gm;
const HTML_CODE = /<(pre|code)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
// A code span ends within its paragraph: never across a blank line (a stray backtick in `don`t`).
const INLINE_CODE = /(`+)(?!`)(?:(?!\n[ \t]*\n)[^`]|`(?!\1))*?[^`]\1(?!`)/g;
// Four-space-indented blocks after a blank line, only where indentation means code.
const INDENTED = /(^|\n[ \t]*\n)((?:(?: {4}|\t)[^\n]*(?:\n|$))+)/g;

export interface Masked {
  text: string;
  unmask(text: string): string;
}

export function maskCode(markdown: string, indentedCode: boolean): Masked {
  const saved: string[] = [];
  const keep = (code: string) => `\uE000${saved.push(code) - 1}\uE001`;
  let text = markdown.replace(FENCED, keep).replace(HTML_CODE, keep);
  if (indentedCode) text = text.replace(INDENTED, (_, before: string, block: string) => before + keep(block));
  text = text.replace(INLINE_CODE, keep);
  return {
    text,
    unmask: (masked) => {
      // Placeholders can nest (a fence that held an inline span): restore until none is left.
      let out = masked;
      while (PLACEHOLDER.test(out)) out = out.replace(PLACEHOLDER, (_, i: string) => saved[Number(i)]!);
      return out;
    },
  };
}
