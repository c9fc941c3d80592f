/**
 * WordPress Markdown -> safe HTML, once per document at content-build time:
 *
 *   source text   code masked; shortcodes, kramdown attribute lists, `<X Days>` (text, not a tag) and
 *                 \( \) math delimiters handled
 *   remark        CommonMark + GFM (+ math), raw HTML kept as nodes
 *   rehype        raw HTML parsed into the tree, then sanitised with an allowlist
 *   after that    trusted transforms only: embeds, images, links, headings, highlighting, KaTeX
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeHighlight from 'rehype-highlight';
import rehypeKatex from 'rehype-katex';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { escapeTextInBrackets } from './angle-text';
import { maskCode } from './code-mask';
import { removeAttributeLists } from './kramdown';
import {
  headingAnchor,
  rehypeCaptureText,
  rehypeDemoteHeadings,
  rehypeEmbeds,
  rehypeFigcaptionText,
  rehypeFixFragmentLinks,
  rehypeImages,
  rehypeLowerCaseSchemes,
  rehypeLinks,
  rehypeMarkMoreBreak,
  rehypeSafeHeadingIds,
  rehypeTaskListInputsOnly,
} from './rehype-wordpress';
import { sanitizeSchema } from './sanitize-schema';
import { HEADING_ANCHOR_CLASS } from './heading-anchor';
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
}

/** Turns off CommonMark's indented code blocks (micromark's `codeIndented` construct). */
function remarkNoIndentedCode(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}

function buildProcessor({ siteUrl, indentedCode = false, math = false }: RenderOptions) {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (!indentedCode) processor.use(remarkNoIndentedCode);
  // MathJax's defaults: `$$…$$` and `\(…\)`, never a single `$` (that is money: `$400-$600`).
  if (math) processor.use(remarkMath, { singleDollarTextMath: false });
  processor
    // The sanitiser adds the one `user-content-` prefix; remark-rehype's own would double it on footnotes.
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    .use(rehypeRaw)
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
    .use(rehypeDemoteHeadings)
    .use(rehypeSlug)
    .use(rehypeSafeHeadingIds)
    .use(rehypeAutolinkHeadings, {
      behavior: 'append',
      properties: { className: [HEADING_ANCHOR_CLASS], ariaLabel: 'Link to this section' },
      content: headingAnchor,
    })
    .use(rehypeHighlight, { detect: false });
  if (math) processor.use(rehypeKatex, { strict: 'ignore' });
  return processor.freeze();
}

const processors = new Map<string, ReturnType<typeof buildProcessor>>();

function processorFor(options: RenderOptions) {
  const key = JSON.stringify([options.siteUrl ?? '', !!options.indentedCode, !!options.math]);
  let processor = processors.get(key);
  if (!processor) processors.set(key, (processor = buildProcessor(options)));
  return processor;
}

/** `\(x\)` and `\[x\]` (MathJax's delimiters) as remark-math's inline `$$x$$` and display `$$…$$` block. */
function mathDelimiters(text: string): string {
  return text
    .replace(/\\\[([\s\S]+?)\\\]/g, (_, tex: string) => `\n$$\n${tex.trim()}\n$$\n`)
    .replace(/\\\(([\s\S]+?)\\\)/g, (_, tex: string) => `$$${tex}$$`);
}

/** Renders one post body (front matter already removed). */
export async function renderMarkdown(markdown: string, options: RenderOptions = {}): Promise<RenderedBody> {
  const masked = maskCode(markdown, !!options.indentedCode);
  const shortcodes = replaceShortcodes(masked.text);
  let text = escapeTextInBrackets(removeAttributeLists(shortcodes.text));
  if (options.math) text = mathDelimiters(text);

  const processor = processorFor(options);
  const file = new VFile(masked.unmask(text));
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return {
    html: toHtml(tree),
    text: file.data.text ?? '',
    excerptText: file.data.excerptText ?? null,
    removedShortcodes: shortcodes.removed,
    internalLinks: file.data.internalLinks ?? [],
  };
}
