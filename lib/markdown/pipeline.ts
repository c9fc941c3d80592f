import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * What survives sanitising: GitHub's allowlist (no script, no `on*=` handlers, no `javascript:` URLs) plus the
 * elements WordPress posts use that it lacks.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'cite', 'abbr', 'mark', 'small', 'u'],
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), 'loading', 'decoding'],
    abbr: ['title'],
  },
};

/**
 * WordPress Markdown, with the raw HTML the exporter left in it, to a sanitised HTML tree. Raw HTML is parsed
 * into the tree, not passed through as text, so the sanitiser sees every element.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .freeze();

export interface RenderedBody {
  html: string;
  /** The body as plain text, for excerpts and reading time. */
  text: string;
}

/** Renders one post body (front matter already removed). Runs once per document, at content-build time. */
export async function renderMarkdown(markdown: string): Promise<RenderedBody> {
  const tree = (await processor.run(processor.parse(markdown))) as Root;
  return { html: toHtml(tree), text: toText(tree).replace(/\s+/g, ' ').trim() };
}
