/**
 * WordPress Markdown -> safe HTML, once per document at content-build time:
 *
 *   source text   code masked; shortcodes, kramdown attribute lists, `<X Days>` (text, not a tag) and
 *                 \( \) math delimiters handled; over-long single-line paragraphs as plain text; characters that
 *                 can be no syntax hidden from the parser (see inert.ts)
 *   remark        CommonMark + GFM (+ math), raw HTML kept as nodes
 *   rehype        raw HTML parsed into the tree, then sanitised with an allowlist
 *   after that    trusted transforms only: embeds, images, links, headings, highlighting, KaTeX
 */
import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeHighlight from 'rehype-highlight';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { escapeTextInBrackets } from './angle-text';
import { maskCode } from './code-mask';
import { hideInert, restoreInert } from './inert';
import { removeAttributeLists } from './kramdown';
import { capLongLines, restoreLongLines } from './long-lines';
import { rehypeRawLongTexts } from './raw';
import {
  headingAnchor,
  rehypeCaptureText,
  rehypeDemoteHeadings,
  rehypeEmbeds,
  rehypeFigcaptionText,
  rehypeFixFragmentLinks,
  rehypeImages,
  rehypeInsecureImages,
  rehypeLowerCaseSchemes,
  rehypeLinks,
  rehypeMarkMoreBreak,
  rehypeSafeHeadingIds,
  rehypeTaskListInputsOnly,
} from './rehype-wordpress';
import { HEADING_ANCHOR_CLASS, sanitizeSchema } from './sanitize-schema';
import { replaceShortcodes } from './shortcodes';

export interface RenderOptions {
  /** The old site's address: absolute links to it become root-relative. */
  siteUrl?: string;
  /** Four-space-indented text is code (programming blogs) rather than text (WordPress's own behaviour). */
  indentedCode?: boolean;
  /** Typeset `$$…$$`, `$…$`, `\(…\)` and `\[…\]` with KaTeX; off, a dollar sign is money. */
  math?: boolean;
}

export interface RenderedBody {
  html: string;
  /** The body as plain text, for excerpts and reading time. */
  text: string;
  /** Plain text before `<!--more-->`, WordPress's excerpt break; null without one. */
  excerptText: string | null;
  /** Shortcodes removed from the body (`gallery`, `contact-form-7`…), for the build output. */
  removedShortcodes: string[];
  /** Root-relative link targets of the body, for the build's missing-link report. */
  internalLinks: string[];
  /** Lengths of the lines shown as plain text for being over LONG_LINE (see long-lines.ts), for the build output. */
  longLines: number[];
  /** Image URLs fetched over plain http (see rehypeInsecureImages), for the CSP and the build output. */
  insecureImages: string[];
}

/** Turns off CommonMark's indented code blocks (micromark's `codeIndented` construct). */
function remarkNoIndentedCode(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}

/** What math needs, loaded the first time a document has math on: KaTeX is large, and most sites have none. */
type MathPlugins = { remarkMath: typeof import('remark-math').default; rehypeKatex: typeof import('rehype-katex').default };
let mathPlugins: Promise<MathPlugins> | undefined;
const loadMathPlugins = (): Promise<MathPlugins> =>
  (mathPlugins ??= Promise.all([import('remark-math'), import('rehype-katex')]).then(([remarkMath, rehypeKatex]) => ({
    remarkMath: remarkMath.default,
    rehypeKatex: rehypeKatex.default,
  })));

function buildProcessor({ siteUrl, indentedCode = false }: RenderOptions, math: MathPlugins | null) {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (!indentedCode) processor.use(remarkNoIndentedCode);
  // MathJax's defaults: `$$…$$` and `\(…\)`, never a single `$` (that is money: `$400-$600`).
  if (math) processor.use(math.remarkMath, { singleDollarTextMath: false });
  processor
    // The sanitiser adds the one `user-content-` prefix; remark-rehype's own would double it on footnotes.
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    .use(rehypeRawLongTexts)
    .use(rehypeMarkMoreBreak)
    .use(rehypeLowerCaseSchemes)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeFixFragmentLinks)
    .use(rehypeCaptureText)
    .use(rehypeEmbeds)
    .use(rehypeFigcaptionText)
    .use(rehypeTaskListInputsOnly)
    .use(rehypeImages)
    .use(rehypeLinks, { siteUrl })
    .use(rehypeInsecureImages)
    .use(rehypeDemoteHeadings)
    .use(rehypeSlug)
    .use(rehypeSafeHeadingIds)
    .use(rehypeAutolinkHeadings, {
      behavior: 'append',
      properties: { className: [HEADING_ANCHOR_CLASS], ariaLabel: 'Link to this section' },
      content: headingAnchor,
    })
    .use(rehypeHighlight, { detect: false });
  if (math) processor.use(math.rehypeKatex, { strict: 'ignore' });
  return processor.freeze();
}

const processors = new Map<string, Promise<ReturnType<typeof buildProcessor>>>();

function processorFor(options: RenderOptions) {
  const key = JSON.stringify([options.siteUrl ?? '', !!options.indentedCode, !!options.math]);
  let processor = processors.get(key);
  if (!processor) {
    processor = options.math ? loadMathPlugins().then((math) => buildProcessor(options, math)) : Promise.resolve(buildProcessor(options, null));
    processors.set(key, processor);
  }
  return processor;
}

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

/** `\(x\)` and `\[x\]` (MathJax's delimiters) as remark-math's inline `$$x$$` and display `$$…$$` block. */
function mathDelimiters(text: string): string {
  const display = replaceDelimited(text, '\\[', '\\]', (tex) => `\n$$\n${tex.trim()}\n$$\n`);
  return replaceDelimited(display, '\\(', '\\)', (tex) => `$$${tex}$$`);
}

/** Renders one post body (front matter already removed). */
export async function renderMarkdown(markdown: string, options: RenderOptions = {}): Promise<RenderedBody> {
  const masked = maskCode(markdown, !!options.indentedCode);
  const shortcodes = replaceShortcodes(masked.text);
  let text = escapeTextInBrackets(removeAttributeLists(shortcodes.text));
  if (options.math) text = mathDelimiters(text);
  const longLines = capLongLines(text, masked.unmask, { math: !!options.math, codeMarks: masked.marks });
  const inert = hideInert(masked.unmask(longLines.text));

  const processor = await processorFor(options);
  const file = new VFile(inert.text);
  const parsed = processor.parse(file);
  restoreInert(parsed as MdastRoot, inert.originals);
  restoreLongLines(parsed as MdastRoot, longLines);
  const tree = (await processor.run(parsed, file)) as Root;
  return {
    html: toHtml(tree),
    text: file.data.text ?? '',
    excerptText: file.data.excerptText ?? null,
    removedShortcodes: shortcodes.removed,
    internalLinks: file.data.internalLinks ?? [],
    longLines: longLines.lines.map((line) => line.length),
    insecureImages: file.data.insecureImages ?? [],
  };
}
