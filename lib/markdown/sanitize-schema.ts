import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/** The class of the `#` link the pipeline adds beside each heading: page chrome, which feeds leave out. */
export const HEADING_ANCHOR_CLASS = 'heading-anchor';

/** The SVG elements kept in bodies (basic shapes and text; no `use`, `image`, `foreignObject`, animation). */
export const SVG_TAG_NAMES = ['svg', 'g', 'path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse', 'text', 'tspan', 'title', 'desc', 'defs', 'linearGradient', 'radialGradient', 'stop'];
const SVG_ATTRIBUTES = ['viewBox', 'xmlns', 'width', 'height', 'fill', 'fillOpacity', 'fillRule', 'clipRule', 'stroke', 'strokeWidth', 'strokeLinecap', 'strokeLinejoin', 'strokeOpacity', 'strokeDasharray', 'opacity', 'transform', 'd', 'cx', 'cy', 'r', 'rx', 'ry', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'dx', 'dy', 'points', 'offset', 'stopColor', 'stopOpacity', 'gradientUnits', 'textAnchor', 'fontSize', 'fontFamily', 'role', 'ariaHidden', 'ariaLabel'];

/**
 * The allowlist WordPress HTML passes through: GitHub's (no script, style, forms, object/embed, `on*`
 * handlers, `style` attributes, or `javascript:`/`data:` URLs) plus what WordPress posts legitimately use:
 * figures, cite/abbr/mark, iframes (the embed step keeps only YouTube and Vimeo), basic inline SVG, the
 * classes of captions and tweet/Instagram quotes, `target` on links.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'cite', 'abbr', 'mark', 'small', 'u', 'iframe', ...SVG_TAG_NAMES],
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), ['target', '_blank']],
    abbr: ['title'],
    blockquote: [...(defaultSchema.attributes?.blockquote ?? []), ['className', 'twitter-tweet', 'instagram-media']],
    figure: [['className', 'wp-caption', 'alignleft', 'alignright', 'aligncenter', 'alignnone']],
    iframe: ['src', 'title'],
    ...Object.fromEntries(SVG_TAG_NAMES.map((tag) => [tag, SVG_ATTRIBUTES])),
  },
  // Math from remark-math travels as <code class="language-math math-inline"> (allowed by GitHub's `language-*`
  // rule for code) until KaTeX renders it after sanitising.
  protocols: { ...defaultSchema.protocols, src: ['http', 'https'] },
  strip: [...(defaultSchema.strip ?? []), 'style', 'template', 'noscript'],
};
