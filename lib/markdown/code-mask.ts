/**
 * Text transforms on the Markdown source (shortcodes, kramdown attribute lists, math delimiters) must never
 * touch code samples. `maskCode` swaps every code region for a placeholder; `unmask` puts them back.
 */
import { finder, freePrivateUse } from './scan';

// Fenced blocks (to their closing fence, or to the end of the text). A fence may be indented (inside a list
// item) or quoted (`> ```). The fence is matched whole (`(?!`)`): were a shorter run tried after the whole one
// failed (a last line of backticks with no line break after it), each length would read the line again.
const FENCED = /^[ \t>]*(`{3,}(?!`)|~{3,}(?!~))[^\n]*\n[\s\S]*?(?:^[ \t>]*\1[`~]*[ \t]*$|(?![\s\S]))/gm;
// Four-space-indented blocks after a blank line, only where indentation means code.
const INDENTED = /(^|\n[ \t]*\n)((?:(?: {4}|\t)[^\n]*(?:\n|$))+)/g;

/**
 * Placeholders are a number between two private-use characters that occur nowhere in the body (a code sample
 * may well show a placeholder): a placeholder must only ever be one `maskCode` wrote, or unmasking would put a
 * sample inside itself, again and again.
 */
/**
 * `<pre>…</pre>` and `<code>…</code>` elements, as `/<(pre|code)\b[^>]*>[\s\S]*?<\/\1\s*>/gi` finds them. That
 * regex reads to the end of the text for each element left open; here each opening is paired with the next
 * closing of its name, looked up once.
 */
function replaceHtmlCode(text: string, keep: (code: string) => string): string {
  const OPEN = /<(pre|code)(?![\w])/gi;
  const tagEnd = finder(text, />/g);
  const closing = { pre: finder(text, /<\/pre\s*>/gi), code: finder(text, /<\/code\s*>/gi) };
  let out = '';
  let copied = 0;
  for (let match = OPEN.exec(text); match; match = OPEN.exec(text)) {
    const end = tagEnd(OPEN.lastIndex);
    if (end === -1) break; // no `>` left: no element can open any more
    const close = closing[match[1]!.toLowerCase() as 'pre' | 'code'](end + 1);
    if (close === -1) continue; // open to the end: text, and the search goes on after its `<`
    const after = text.indexOf('>', close) + 1;
    out += text.slice(copied, match.index) + keep(text.slice(match.index, after));
    OPEN.lastIndex = copied = after;
  }
  return out + text.slice(copied);
}

interface Run {
  start: number;
  end: number;
  /** The next run longer than this one (index into the runs), or -1. */
  nextLonger: number;
}

/** The maximal runs of backticks, each with the next longer run (a monotonic stack, one pass). */
function backtickRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (let at = text.indexOf('`'); at !== -1; at = text.indexOf('`', at)) {
    const start = at;
    while (text[at] === '`') at++;
    runs.push({ start, end: at, nextLonger: -1 });
  }
  const waiting: number[] = [];
  runs.forEach((run, i) => {
    const length = run.end - run.start;
    while (waiting.length && runs[waiting.at(-1)!]!.end - runs[waiting.at(-1)!]!.start < length) runs[waiting.pop()!]!.nextLonger = i;
    waiting.push(i);
  });
  return runs;
}

/**
 * Inline code spans, as ``/(`+)(?!`)(?:(?!\n[ \t]*\n)[^`]|`(?!\1))*?[^`]\1(?!`)/g`` finds them: a span may
 * start anywhere in a run of backticks (its opening is the rest of the run), ends at the first run of exactly
 * its length, and never crosses a blank line (a stray backtick in `don`t`) nor a longer run. That regex
 * reads on to the blank line for every unmatched run; here, for each run, only the runs that are longer than
 * every run before them are visited (at most one per length up to the run's own), through `nextLonger`.
 */
function replaceInlineCode(text: string, keep: (code: string) => string): string {
  const runs = backtickRuns(text);
  const blank = finder(text, /\n[ \t]*\n/g);
  let out = '';
  let copied = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (run.start < copied) continue;
    const stop = blank(run.end);
    // The runs after this one that are longer than all before them, up to the blank line: a span opened by the
    // last `k` backticks of this run closes at the first of them of length ≥ k, if its length is exactly k.
    let closing = -1;
    for (let j = i + 1 < runs.length ? i + 1 : -1; j !== -1; j = runs[j]!.nextLonger) {
      const candidate = runs[j]!;
      if (stop !== -1 && candidate.start > stop) break;
      const length = candidate.end - candidate.start;
      if (length > run.end - run.start) break;
      closing = j; // the first run of its length: a span opened by that many backticks of this run closes there
    }
    if (closing === -1) continue;
    const close = runs[closing]!;
    const start = run.end - (close.end - close.start);
    out += text.slice(copied, start) + keep(text.slice(start, close.end));
    copied = close.end;
    i = closing;
  }
  return out + text.slice(copied);
}

export interface Masked {
  text: string;
  /** The two characters around every placeholder's number. */
  marks: [string, string];
  unmask(text: string): string;
}

export function maskCode(markdown: string, indentedCode: boolean): Masked {
  const saved: string[] = [];
  const [open, close] = freePrivateUse([markdown], 2) as [string, string];
  const keep = (code: string) => `${open}${saved.push(code) - 1}${close}`;
  let text = replaceHtmlCode(markdown.replace(FENCED, keep), keep);
  if (indentedCode) text = text.replace(INDENTED, (_, before: string, block: string) => before + keep(block));
  text = replaceInlineCode(text, keep);
  const placeholder = new RegExp(`${open}(\\d+)${close}`, 'g');
  return {
    text,
    marks: [open, close],
    unmask: (masked) => {
      // Placeholders nest (a fence inside a <pre>, a span inside an indented block), at most one level per pass.
      let out = masked;
      for (let pass = 0; pass < 4 && out.includes(open); pass++) out = out.replace(placeholder, (_, i: string) => saved[Number(i)] ?? '');
      return out;
    },
  };
}
