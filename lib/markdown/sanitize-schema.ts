import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/** The class of the `#` link the pipeline adds beside each heading: page chrome, which feeds leave out. */
export const HEADING_ANCHOR_CLASS = 'heading-anchor';

/** The SVG elements kept in bodies (basic shapes and text; no `use`, `image`, `foreignObject`, animation). */
export const SVG_TAG_NAMES = ['svg', 'g', 'path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse', 'text', 'tspan', 'title', 'desc', 'defs', 'linearGradient', 'radialGradient', 'stop'];
const SVG_ATTRIBUTES = ['viewBox', 'xmlns', 'width', 'height', 'fill', 'fillOpacity', 'fillRule', 'clipRule', 'stroke', 'strokeWidth', 'strokeLinecap', 'strokeLinejoin', 'strokeOpacity', 'strokeDasharray', 'opacity', 'transform', 'd', 'cx', 'cy', 'r', 'rx', 'ry', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'dx', 'dy', 'points', 'offset', 'stopColor', 'stopOpacity', 'gradientUnits', 'textAnchor', 'fontSize', 'fontFamily', 'role', 'ariaHidden', 'ariaLabel'];

/**
 * The classes WordPress writes on its blocks and embeds that the article styles use (app/globals.css, "WordPress
 * blocks and media"). Only these prefixes: a free `class` could reach the page's own utility classes.
 */
const WORDPRESS_CLASSES = [
  /^wp-block-[a-z][a-z0-9-]*(?:__[a-z][a-z0-9-]*)?$/,
  /^wp-element-(?:caption|button)$/,
  /^blocks-gallery-(?:grid|item|caption|item__caption)$/,
  /^columns-[1-8]$/,
  /^align(?:left|right|center|wide|full|none)$/,
  /^is-(?:style-[a-z0-9-]+|cropped|type-[a-z]+|provider-[a-z0-9-]+|vertically-aligned-(?:top|center|bottom))$/,
  /^has-(?:text-align-(?:left|center|right)|nested-images|background-dim(?:-\d{1,3})?)$/,
  /^wp-embed-aspect-\d{1,2}-\d{1,2}$/,
  'wp-has-aspect-ratio',
  'wp-caption',
];
/**
 * The blockquote classes of the embed codes of X (Twitter), Instagram, TikTok and Facebook, and the kind of post
 * each is: rehypeEmbeds makes them styled quotes (see social-embeds.ts).
 */
export const QUOTE_EMBED_KINDS = {
  'twitter-tweet': 'tweet',
  'twitter-video': 'tweet',
  'instagram-media': 'instagram',
  'tiktok-embed': 'tiktok',
  'fb-xfbml-parse-ignore': 'facebook',
} as const;
const WORDPRESS_CLASS_TAGS = ['figure', 'figcaption', 'div', 'p', 'span', 'hr', 'table', 'pre', 'img', 'video', 'audio', 'cite'];
const wordpressClasses = (tag: string, ...others: string[]) =>
  [...(defaultSchema.attributes?.[tag] ?? []).filter((a) => !(Array.isArray(a) && a[0] === 'className')), ['className', ...others, ...WORDPRESS_CLASSES]] as NonNullable<Schema['attributes']>[string];

const MEDIA = ['src', 'controls', 'autoPlay', 'muted', 'loop', 'preload', 'width', 'height'];

/**
 * The allowlist WordPress HTML passes through: GitHub's (no script, style, forms, object/embed, `on*`
 * handlers, `style` attributes, or `javascript:`/`data:` URLs) plus what WordPress posts legitimately use:
 * figures, cite/abbr/mark, iframes (the embed step keeps only YouTube and Vimeo), basic inline SVG, the
 * classes of captions, blocks and embed quotes, `target` on links, responsive images (`srcset`, `<picture>`),
 * `<video>` and `<audio>` with their `<source>` and `<track>`. Every URL attribute (`poster` and `srcset`
 * included) takes the protocol check of `src`; a `srcset` is one string here, so rehypeImages then checks each
 * of its candidates the same way (media.ts), and sees to `controls`, `preload` and `autoplay`.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'cite', 'abbr', 'mark', 'small', 'u', 'iframe', 'video', 'audio', 'track', ...SVG_TAG_NAMES],
  attributes: {
    ...defaultSchema.attributes,
    ...Object.fromEntries(WORDPRESS_CLASS_TAGS.map((tag) => [tag, wordpressClasses(tag)])),
    a: [...wordpressClasses('a', 'data-footnote-backref'), ['target', '_blank'], 'download'],
    abbr: ['title'],
    blockquote: wordpressClasses('blockquote', ...Object.keys(QUOTE_EMBED_KINDS)),
    li: wordpressClasses('li', 'task-list-item'),
    ul: wordpressClasses('ul', 'contains-task-list'),
    iframe: ['src', 'title'],
    img: [...wordpressClasses('img'), 'srcSet', 'sizes'],
    source: ['src', 'srcSet', 'sizes', 'type', 'media', 'width', 'height'],
    video: [...wordpressClasses('video'), ...MEDIA, 'poster', 'playsInline'],
    audio: [...wordpressClasses('audio'), ...MEDIA],
    track: ['src', 'kind', 'srcLang', 'label', 'default'],
    ...Object.fromEntries(SVG_TAG_NAMES.map((tag) => [tag, SVG_ATTRIBUTES])),
  },
  // Math from remark-math travels as <code class="language-math math-inline"> (allowed by GitHub's `language-*`
  // rule for code) until KaTeX renders it after sanitising.
  protocols: { ...defaultSchema.protocols, src: ['http', 'https'], srcSet: ['http', 'https'], poster: ['http', 'https'] },
  strip: [...(defaultSchema.strip ?? []), 'style', 'template', 'noscript'],
};
