/**
 * WordPress Markdown -> safe HTML, once per document at content-build time:
 *
 *   source text   code masked; shortcodes, kramdown attribute lists, `<X Days>` (text, not a tag) and
 *                 \( \) math delimiters handled; over-long single-line paragraphs as plain text; characters that
 *                 can be no syntax hidden from the parser (see inert.ts)
 *   remark        CommonMark + GFM (+ math), raw HTML kept as nodes; Markdown the exporter left inside HTML
 *                 blocks parsed too (html-blocks.ts)
 *   rehype        raw HTML parsed into the tree, then sanitised with an allowlist
 *   after that    trusted transforms only: embeds, images and media, links, headings, highlighting, KaTeX
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
import { parseMarkdownInHtmlBlocks } from './html-blocks';
import { hideInert, restoreInert } from './inert';
import { removeAttributeLists } from './kramdown';
import { capLongLines, restoreLongLines } from './long-lines';
import { loadMathPlugins, mathDelimiters, rehypeMathErrorsAsText, type MathPlugins } from './math';
import { rehypeRawLongTexts } from './raw';
import {
  headingAnchor,
  rehypeBeforeSanitizing,
  rehypeCaptureText,
  rehypeDemoteHeadings,
  rehypeEmbeds,
  rehypeFigcaptionText,
  rehypeFixFragmentLinks,
  rehypeImages,
  rehypeInsecureImages,
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
  /** Formulas shown as their source text rather than typeset (see math.ts), for the build output. */
  mathErrors: string[];
}

/** Turns off micromark constructs: `codeIndented` (indented code blocks), `htmlFlow` (HTML blocks). */
function remarkWithout(this: Processor, constructs: string[]) {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: constructs } });
}

/** The parser for Markdown inside an HTML block (see html-blocks.ts): no HTML blocks, no indented code. */
function buildFragmentParser(math: MathPlugins | null) {
  const parser = unified().use(remarkParse).use(remarkGfm).use(remarkWithout, ['htmlFlow', 'codeIndented']);
  if (math) parser.use(math.remarkMath, { singleDollarTextMath: false });
  return parser.freeze();
}

function buildProcessor({ siteUrl, indentedCode = false }: RenderOptions, math: MathPlugins | null) {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (!indentedCode) processor.use(remarkWithout, ['codeIndented']);
  // MathJax's defaults: `$$…$$` and `\(…\)`, never a single `$` (that is money: `$400-$600`).
  if (math) processor.use(math.remarkMath, { singleDollarTextMath: false });
  processor
    // The sanitiser adds the one `user-content-` prefix; remark-rehype's own would double it on footnotes.
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    .use(rehypeRawLongTexts)
    .use(rehypeMarkMoreBreak)
    .use(rehypeBeforeSanitizing)
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
  if (math) processor.use(math.rehypeKatex, { strict: 'ignore' }).use(rehypeMathErrorsAsText);
  return processor.freeze();
}

interface Processors {
  processor: ReturnType<typeof buildProcessor>;
  fragmentParser: ReturnType<typeof buildFragmentParser>;
  math: MathPlugins | null;
}

const processors = new Map<string, Promise<Processors>>();

function processorsFor(options: RenderOptions): Promise<Processors> {
  const key = JSON.stringify([options.siteUrl ?? '', !!options.indentedCode, !!options.math]);
  let built = processors.get(key);
  if (!built) {
    const build = (math: MathPlugins | null): Processors => ({ processor: buildProcessor(options, math), fragmentParser: buildFragmentParser(math), math });
    built = options.math ? loadMathPlugins().then(build) : Promise.resolve(build(null));
    processors.set(key, built);
  }
  return built;
}

/** Renders one post body (front matter already removed). */
export async function renderMarkdown(markdown: string, options: RenderOptions = {}): Promise<RenderedBody> {
  const { processor, fragmentParser, math } = await processorsFor(options);
  const masked = maskCode(markdown, !!options.indentedCode);
  const shortcodes = replaceShortcodes(masked.text);
  let text = escapeTextInBrackets(removeAttributeLists(shortcodes.text));
  const delimited = math ? mathDelimiters(text, math.isTex) : null;
  if (delimited) text = delimited.text;
  const longLines = capLongLines(text, masked.unmask, { math: !!options.math, codeMarks: masked.marks });
  const inert = hideInert(masked.unmask(longLines.text));

  const file = new VFile(inert.text);
  const parsed = processor.parse(file) as MdastRoot;
  // (Before the hidden characters are put back: the blocks are parsed again with them still hidden.)
  parseMarkdownInHtmlBlocks(parsed, (html) => fragmentParser.parse(html) as MdastRoot, !!math);
  restoreInert(parsed, inert.originals);
  restoreLongLines(parsed, longLines);
  const tree = (await processor.run(parsed, file)) as Root;
  return {
    html: toHtml(tree),
    text: file.data.text ?? '',
    excerptText: file.data.excerptText ?? null,
    removedShortcodes: shortcodes.removed,
    internalLinks: file.data.internalLinks ?? [],
    longLines: longLines.lines.map((line) => line.length),
    insecureImages: file.data.insecureImages ?? [],
    mathErrors: [...(delimited?.notTex ?? []), ...(file.data.mathErrors ?? [])],
  };
}
