/**
 * renderMarkdown on focused inputs: every body case of issue 3 (WordPress leftovers, embeds, headings, links,
 * images, entities, text that is not HTML, math, GFM and raw HTML), one small input each. The same cases are
 * rendered from a whole export in markdown-bodies.test.ts; the attacks are in markdown-hostile.test.ts.
 *
 * Assertions parse the HTML (jsdom) and look at elements and attributes, not at the exact serialisation.
 */
import GithubSlugger from 'github-slugger';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { renderMarkdown, type RenderedBody } from '../../lib/markdown/pipeline';
import { all, classes, headingText, none, one, visible } from '../helpers/dom';

// jsdom ships without type declarations here; only its fragment parser is used (no scripts run, nothing loads).
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: { fragment(html: string): DocumentFragment } };

const SITE = 'https://bodies.example';

type Options = Parameters<typeof renderMarkdown>[1];
type Rendered = RenderedBody & { dom: DocumentFragment };

async function render(markdown: string, options: Options = {}): Promise<Rendered> {
  const rendered = await renderMarkdown(markdown, options);
  return { ...rendered, dom: JSDOM.fragment(rendered.html) };
}

const relTokens = (el: Element): string[] => (el.getAttribute('rel') ?? '').split(/\s+/).filter(Boolean);

describe('the result', () => {
  test('has html, text, excerptText, removedShortcodes, internalLinks, longLines, insecureImages and mathErrors', async () => {
    const result = await renderMarkdown('Hello [there](/there/). ![a](http://old-cdn.example/a.png)', { siteUrl: SITE });
    expect(result).toEqual({
      html: expect.stringContaining('Hello'),
      text: 'Hello there.',
      excerptText: null,
      removedShortcodes: [],
      internalLinks: ['/there/'],
      longLines: [],
      insecureImages: ['http://old-cdn.example/a.png'],
      mathErrors: [],
    });
  });

  test('options are optional', async () => {
    const { html } = await renderMarkdown('Plain *text*.');
    expect(html).toBe('<p>Plain <em>text</em>.</p>');
  });
});

describe('[caption] shortcodes', () => {
  test('id, align and width: a figure with the linked image and a figcaption', async () => {
    const { dom, html, removedShortcodes } = await render(
      '[caption id="attachment_1" align="aligncenter" width="300"]<a href="/x.jpg"><img src="/wp-content/uploads/2020/01/x-300x200.jpg" alt="A" /></a> The caption[/caption]',
    );
    const figure = one(dom, 'figure');
    expect(classes(figure)).toEqual(expect.arrayContaining(['wp-caption', 'aligncenter']));
    const img = one(figure, 'a[href="/x.jpg"] > img');
    expect(img.getAttribute('src')).toBe('/wp-content/uploads/2020/01/x-300x200.jpg');
    expect(img.getAttribute('alt')).toBe('A');
    expect(visible(one(figure, 'figcaption'))).toBe('The caption');
    expect(html).not.toContain('[caption');
    expect(html).not.toContain('[/caption]');
    expect(html).not.toMatch(/<p>\s*<figure/);
    expect(removedShortcodes).toEqual([]);
  });

  test('the caption="…" attribute form', async () => {
    const { dom, html } = await render(
      '[caption id="attachment_2" align="alignright" width="250" caption="Written as an attribute"]<img src="/wp-content/uploads/2020/01/y.jpg" alt="Y" />[/caption]',
    );
    const figure = one(dom, 'figure');
    expect(classes(figure)).toEqual(expect.arrayContaining(['wp-caption', 'alignright']));
    expect(one(figure, 'img').getAttribute('alt')).toBe('Y');
    expect(visible(one(figure, 'figcaption'))).toBe('Written as an attribute');
    expect(html).not.toContain('caption=');
  });

  test('a Markdown image inside a caption', async () => {
    const { dom } = await render(
      '[caption id="attachment_3" align="alignleft" width="400"]![Z](/wp-content/uploads/2020/01/z.jpg) A Markdown caption[/caption]',
    );
    const figure = one(dom, 'figure');
    expect(classes(figure)).toEqual(expect.arrayContaining(['wp-caption', 'alignleft']));
    expect(one(figure, 'img').getAttribute('src')).toBe('/wp-content/uploads/2020/01/z.jpg');
    expect(one(figure, 'img').getAttribute('alt')).toBe('Z');
    expect(visible(one(figure, 'figcaption'))).toBe('A Markdown caption');
    expect(visible(dom)).not.toContain('![');
  });

  test('text around a caption stays in its own paragraphs', async () => {
    const { dom } = await render(
      'Before.\n\n[caption id="attachment_4" align="alignnone" width="300"]<img src="/a.jpg" alt="a" /> Cap[/caption]\n\nAfter.',
    );
    expect(all(dom, 'p').map(visible)).toEqual(['Before.', 'After.']);
    expect(visible(one(dom, 'figcaption'))).toBe('Cap');
  });
});

describe('embeds', () => {
  const NOCOOKIE = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ';

  function expectVideo(dom: DocumentFragment, src: string) {
    const iframe = one(dom, 'iframe');
    expect(iframe.getAttribute('src')).toBe(src);
    const wrapper = iframe.parentElement!;
    expect(wrapper.tagName).toBe('DIV');
    expect(classes(wrapper)).toEqual(expect.arrayContaining(['embed', 'embed-video']));
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.getAttribute('title')?.trim()).toBeTruthy();
    expect(iframe.hasAttribute('allowfullscreen')).toBe(true);
  }

  test('[embed]URL[/embed] becomes a youtube-nocookie iframe', async () => {
    const { dom, html, removedShortcodes } = await render('[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]');
    expectVideo(dom, NOCOOKIE);
    expect(html).not.toContain('[embed]');
    expect(removedShortcodes).toEqual([]);
  });

  test.each([
    ['youtube.com/watch?v=', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', NOCOOKIE],
    ['youtu.be/', 'https://youtu.be/dQw4w9WgXcQ', NOCOOKIE],
    ['youtube.com/embed/', 'https://www.youtube.com/embed/dQw4w9WgXcQ', NOCOOKIE],
    ['vimeo.com/', 'https://vimeo.com/123456', 'https://player.vimeo.com/video/123456?dnt=1'],
  ])('a %s URL alone on a line becomes an embed', async (_case, url, src) => {
    const { dom } = await render(`Before.\n\n${url}\n\nAfter.`);
    expectVideo(dom, src);
    expect(all(dom, 'p').map(visible)).toEqual(['Before.', 'After.']);
  });

  test('an oEmbed YouTube iframe is rewritten to youtube-nocookie, keeps its title and gets loading=lazy', async () => {
    const { dom } = await render(
      '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed" frameborder="0" allowfullscreen title="Never Gonna Give You Up"></iframe>',
    );
    const iframe = one(dom, 'iframe');
    const src = new URL(iframe.getAttribute('src')!);
    expect(`${src.origin}${src.pathname}`).toBe(NOCOOKIE);
    expect(iframe.getAttribute('title')).toBe('Never Gonna Give You Up');
    expect(iframe.getAttribute('loading')).toBe('lazy');
  });

  test('an oEmbed YouTube iframe without a title gets one', async () => {
    const { dom } = await render('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" allowfullscreen></iframe>');
    const iframe = one(dom, 'iframe');
    expect(new URL(iframe.getAttribute('src')!).hostname).toBe('www.youtube-nocookie.com');
    expect(iframe.getAttribute('title')?.trim()).toBeTruthy();
  });

  test.each([
    ['Google Maps', '<iframe src="https://www.google.com/maps/embed?pb=1" width="600" height="450"></iframe>'],
    ['an ad server', '<iframe src="https://player.ads.example/x"></iframe>'],
    ['a look-alike host', '<iframe src="https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ"></iframe>'],
  ])('an iframe from %s is removed', async (_case, iframe) => {
    const { dom } = await render(`Before.\n\n${iframe}\n\nAfter.`);
    none(dom, 'iframe');
    expect(visible(dom)).toBe('Before. After.');
  });

  test('a YouTube URL inside a sentence stays a link', async () => {
    const { dom } = await render('Watch https://www.youtube.com/watch?v=dQw4w9WgXcQ before the talk.');
    none(dom, 'iframe');
    expect(one(dom, 'a').getAttribute('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(visible(dom)).toBe('Watch https://www.youtube.com/watch?v=dQw4w9WgXcQ before the talk.');
  });

  test('a Markdown link to a YouTube video stays a link', async () => {
    const { dom } = await render('[the video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)');
    none(dom, 'iframe');
    expect(visible(one(dom, 'a[href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"]'))).toBe('the video');
  });

  test('a tweet blockquote without its script becomes a styled quote that keeps its link', async () => {
    const { dom } = await render(
      '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Launching today!</p>&mdash; Some One (@someone) <a href="https://twitter.com/someone/status/1">January 1, 2020</a></blockquote>',
    );
    const quote = one(dom, 'blockquote');
    expect(classes(quote)).toContain('embed-tweet');
    expect(one(quote, 'a').getAttribute('href')).toBe('https://twitter.com/someone/status/1');
    expect(visible(quote)).toContain('Launching today!');
  });

  test('a tweet with its widgets.js script keeps the quote and loses the script', async () => {
    const { dom, html } = await render(
      '<blockquote class="twitter-tweet"><p>Second.</p><a href="https://twitter.com/other/status/2">Feb 2</a></blockquote> <script async src="https://platform.twitter.com/widgets.js"></script>',
    );
    expect(classes(one(dom, 'blockquote'))).toContain('embed-tweet');
    expect(html).not.toMatch(/<script|platform\.twitter\.com/i);
  });

  test('an Instagram blockquote becomes a styled quote that keeps its link, without script or inline styles', async () => {
    const { dom, html } = await render(
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/B1a2/" data-instgrm-version="12" style="background:#FFF;"><div style="padding:16px;"><a href="https://www.instagram.com/p/B1a2/" target="_blank">View this post on Instagram</a></div></blockquote> <script async src="//www.instagram.com/embed.js"></script>',
    );
    const quote = one(dom, 'blockquote');
    expect(classes(quote)).toContain('embed-instagram');
    expect(one(quote, 'a').getAttribute('href')).toBe('https://www.instagram.com/p/B1a2/');
    expect(html).not.toMatch(/<script|embed\.js|style=/i);
  });
});

describe('other shortcodes', () => {
  test.each([
    ['[gallery ids="1,2"]', 'gallery'],
    ['[contact-form-7 id="5" title="Contact"]', 'contact-form-7'],
    ['[wpforms id="9"]', 'wpforms'],
  ])('%s is removed and named', async (shortcode, name) => {
    const { html, text, removedShortcodes } = await render(`Before.\n\n${shortcode}\n\nAfter.`);
    expect(removedShortcodes).toEqual([name]);
    expect(text).toBe('Before. After.');
    expect(html).not.toContain('[');
  });

  test('an enclosing unknown shortcode loses its tags and keeps its inner text', async () => {
    const { dom, removedShortcodes } = await render('[su_box title="x"]inner text[/su_box]');
    expect(visible(dom)).toBe('inner text');
    expect(removedShortcodes).toEqual(['su_box']);
  });

  test('removedShortcodes is unique and in order of first appearance', async () => {
    const { removedShortcodes, text } = await render(
      '[gallery ids="1"]\n\nText [contact-form-7 id="2"] here.\n\n[gallery ids="3"]\n\n[wpforms id="4"]',
    );
    expect(removedShortcodes).toEqual(['gallery', 'contact-form-7', 'wpforms']);
    expect(text).toBe('Text here.');
  });

  test('Markdown links, reference links, [sic] and task lists are not shortcodes', async () => {
    const { dom, removedShortcodes } = await render(
      'A [link](https://example.com/) and a [reference][ref].\n\nHe said "teh best" [sic] and left [citation needed].\n\n- [x] done\n- [ ] open\n\n[ref]: https://example.org/',
    );
    expect(removedShortcodes).toEqual([]);
    expect(visible(one(dom, 'a[href="https://example.com/"]'))).toBe('link');
    expect(visible(one(dom, 'a[href="https://example.org/"]'))).toBe('reference');
    expect(visible(dom)).toContain('"teh best" [sic] and left [citation needed].');
    expect(all(dom, 'li').map(visible)).toEqual(['done', 'open']);
  });

  test('shortcodes inside fenced code, inline code and <pre> stay as written', async () => {
    const { dom, removedShortcodes } = await render(
      '```\n[gallery ids="1,2"]\n```\n\nInline `[contact-form-7 id="5" title="Contact"]` here.\n\n<pre>[caption id="x" width="1"]kept[/caption]</pre>',
    );
    expect(removedShortcodes).toEqual([]);
    const codes = all(dom, 'pre, code').map((el) => el.textContent ?? '');
    expect(codes.some((c) => c.includes('[gallery ids="1,2"]'))).toBe(true);
    expect(codes.some((c) => c.includes('[contact-form-7 id="5" title="Contact"]'))).toBe(true);
    expect(codes.some((c) => c.includes('[caption id="x" width="1"]kept[/caption]'))).toBe(true);
    none(dom, 'figure');
  });
});

describe('comments and the more tag', () => {
  test('Gutenberg block comments vanish and their content stays', async () => {
    const { html, dom, text } = await render(
      '<!-- wp:paragraph -->\n<p>First.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:heading {"level":3} -->\n<h3>Block heading</h3>\n<!-- /wp:heading -->',
    );
    expect(html).not.toContain('<!--');
    expect(html).not.toContain('wp:');
    expect(text).not.toContain('wp:');
    expect(visible(one(dom, 'p'))).toBe('First.');
    expect(headingText(one(dom, 'h3'))).toBe('Block heading');
  });

  test('<!--more--> vanishes and what precedes it is the excerpt', async () => {
    const { html, text, excerptText } = await render('Intro **before** the break.\n\n<!--more-->\n\nThe rest.');
    expect(html).not.toContain('<!--');
    expect(html).not.toContain('more-->');
    expect(excerptText).toBe('Intro before the break.');
    expect(text).toBe('Intro before the break. The rest.');
  });

  test('<!--more--> inside a paragraph also marks the break', async () => {
    const { html, excerptText } = await render('First sentence.<!--more--> Second sentence.');
    expect(excerptText).toBe('First sentence.');
    expect(html).not.toContain('<!--');
  });

  test('without <!--more--> there is no excerpt text', async () => {
    expect((await render('Just a post.\n\n<!-- a comment -->')).excerptText).toBeNull();
  });

  test('any other HTML comment vanishes too', async () => {
    const { html } = await render('Text.\n\n<!-- a note to self -->\n\nMore <!-- inline --> text.');
    expect(html).not.toContain('<!--');
    expect(html).not.toContain('note to self');
  });
});

describe('kramdown attribute lists', () => {
  test('## Final Thoughts {.western} is a heading without the attribute list', async () => {
    const { dom, html } = await render('## Final Thoughts {.western}\n\nText.');
    expect(headingText(one(dom, 'h2'))).toBe('Final Thoughts');
    expect(html).not.toContain('{');
    expect(html).not.toContain('western}');
  });

  test('{#id .class} on a heading vanishes too', async () => {
    const { dom } = await render('### Next Steps {#next .western}');
    expect(headingText(one(dom, 'h3'))).toBe('Next Steps');
  });

  test('{: .class} after a paragraph and on its own line vanish', async () => {
    const { dom, html } = await render('A paragraph.\n{: .lead}\n\n{: .notice}\n\nAnother paragraph.');
    expect(all(dom, 'p').map(visible)).toEqual(['A paragraph.', 'Another paragraph.']);
    expect(html).not.toContain('{:');
  });

  test('braces in prose are not attribute lists', async () => {
    const { dom } = await render('Use {curly braces} and {{double}} in text.');
    expect(visible(dom)).toBe('Use {curly braces} and {{double}} in text.');
  });
});

describe('indentation and code', () => {
  const INDENTED = 'A paragraph.\n\n    Indented by the converter, with [a link](https://example.com/).\n\nBack.';

  test('indentedCode off (the default): four-space-indented text is a paragraph', async () => {
    const { dom } = await render(INDENTED);
    none(dom, 'pre, code');
    expect(all(dom, 'p').map(visible)).toEqual(['A paragraph.', 'Indented by the converter, with a link.', 'Back.']);
    expect(one(dom, 'a').getAttribute('href')).toBe('https://example.com/');
  });

  test('indentedCode on: four-space-indented text is a code block', async () => {
    const { dom } = await render(INDENTED, { indentedCode: true });
    expect(one(dom, 'pre > code').textContent).toContain('Indented by the converter, with [a link](https://example.com/).');
    none(dom, 'a');
  });

  test('fenced code with a language is highlighted at build time', async () => {
    const { dom } = await render('```js\nconst answer = 42;\nfunction hello() { return "hi"; }\n```');
    const code = one(dom, 'pre > code');
    expect(classes(code)).toEqual(expect.arrayContaining(['hljs', 'language-js']));
    expect(all(code, 'span[class*="hljs-"]').length).toBeGreaterThan(0);
    expect(code.textContent).toBe('const answer = 42;\nfunction hello() { return "hi"; }\n');
  });

  test('fenced code is code even with indentedCode off', async () => {
    const { dom } = await render('```\n    indented inside a fence\n```', { indentedCode: false });
    expect(one(dom, 'pre > code').textContent).toBe('    indented inside a fence\n');
  });

  test('<script> and onmouseover inside a code sample stay visible as escaped text', async () => {
    const { dom, html } = await render(
      '```html\n<script>alert(1)</script>\n<div onmouseover="alert(2)">hover</div>\n```\n\nInline `<script>` too.',
    );
    none(dom, 'script, [onmouseover]');
    expect(html).not.toMatch(/<script/i);
    expect(one(dom, 'pre > code').textContent).toBe('<script>alert(1)</script>\n<div onmouseover="alert(2)">hover</div>\n');
    expect(all(dom, 'p > code').map((c) => c.textContent)).toEqual(['<script>']);
  });

  test('<script> in indented code (indentedCode on) stays visible as escaped text', async () => {
    const { dom } = await render('Sample:\n\n    <script>alert(1)</script>', { indentedCode: true });
    none(dom, 'script');
    expect(one(dom, 'pre > code').textContent).toContain('<script>alert(1)</script>');
  });

  test('an unclosed fence runs to the end of its own body and does not throw', async () => {
    const { dom } = await render('Before.\n\n```js\nconst unterminated = true;\n\nProse that never got a closing fence.');
    expect(visible(one(dom, 'p'))).toBe('Before.');
    expect(one(dom, 'pre > code').textContent).toContain('const unterminated = true;');
  });
});

describe('headings', () => {
  test('a body with # headings is demoted one level: no <h1> in the body', async () => {
    const { dom } = await render('# Big\n\nText.\n\n## Sub\n\n### Deeper');
    none(dom, 'h1');
    expect(all(dom, 'h2, h3, h4').map((h) => [h.tagName, headingText(h)])).toEqual([
      ['H2', 'Big'],
      ['H3', 'Sub'],
      ['H4', 'Deeper'],
    ]);
  });

  test('a raw <h1> is demoted too', async () => {
    const { dom } = await render('<h1>Raw title</h1>\n\n<h2>Raw sub</h2>');
    none(dom, 'h1');
    expect(headingText(one(dom, 'h2'))).toBe('Raw title');
    expect(headingText(one(dom, 'h3'))).toBe('Raw sub');
  });

  test('a body without an <h1> keeps its levels', async () => {
    const { dom } = await render('## Two\n\n### Three');
    expect(all(dom, 'h2, h3').map((h) => h.tagName)).toEqual(['H2', 'H3']);
  });

  test('headings get github-slugger ids and an anchor link to them', async () => {
    const titles = ['Final Thoughts', 'Final Thoughts', 'Ünïcode & Émoji 🚀'];
    const { dom } = await render(titles.map((t) => `## ${t}\n\nText.`).join('\n\n'));
    const slugger = new GithubSlugger();
    const headings = all(dom, 'h2');
    expect(headings.map((h) => h.id)).toEqual(titles.map((t) => slugger.slug(t)));
    expect(headings[1]!.id).toBe('final-thoughts-1');
    for (const h of headings) {
      const anchor = one(h, 'a.heading-anchor');
      expect(anchor.getAttribute('href')).toBe(`#${h.id}`);
    }
    expect(headings.map(headingText)).toEqual(titles);
  });

  test('#hashtag lines stay paragraphs', async () => {
    const { dom } = await render('#hashtag\n\n#blessed #startup life');
    none(dom, 'h1, h2, h3, h4, h5, h6');
    expect(all(dom, 'p').map(visible)).toEqual(['#hashtag', '#blessed #startup life']);
  });
});

describe('links', () => {
  test.each([
    ['https://bodies.example/about/', '/about/'],
    ['http://bodies.example/2019/05/old-post/', '/2019/05/old-post/'],
    ['https://www.bodies.example/contact/', '/contact/'],
    ['http://www.bodies.example/contact/?a=1', '/contact/?a=1'],
    ['https://bodies.example/page/#part', '/page/#part'],
    ['https://bodies.example', '/'],
    ['https://bodies.example//evil.example/x/', '/evil.example/x/'],
    // (Markdown percent-encodes the backslash: `/%5C…` stays a path on this site.)
    ['https://bodies.example/\\evil.example/x/', '/%5Cevil.example/x/'],
  ])('%s on the own domain becomes %s (never another host\'s //address)', async (url, relative) => {
    const { dom } = await render(`[own](${url})`, { siteUrl: SITE });
    expect(one(dom, 'a').getAttribute('href')).toBe(relative);
  });

  test.each([
    ['https://bodies.example/blog/2019/old-post/', '/2019/old-post/'],
    ['https://bodies.example/blog', '/'],
    ['https://bodies.example/blog/wp-content/uploads/a.png', '/wp-content/uploads/a.png'],
    ['https://bodies.example/blogging/', '/blogging/'],
    ['https://bodies.example/other/', '/other/'],
    ['https://bodies.example/blog//evil.example/x', '/evil.example/x'],
  ])('on a site under /blog, %s becomes %s (the base path goes, as from permalinks)', async (url, relative) => {
    const { dom } = await render(`[own](${url})`, { siteUrl: `${SITE}/blog` });
    expect(one(dom, 'a').getAttribute('href')).toBe(relative);
  });

  test('own-domain links in raw HTML become root-relative too', async () => {
    const { dom } = await render('<a href="https://bodies.example/raw/">raw</a>', { siteUrl: SITE });
    expect(one(dom, 'a').getAttribute('href')).toBe('/raw/');
  });

  test('an own-domain link in raw HTML whose path starts with a backslash stays on this site', async () => {
    const { dom } = await render('<a href="https://bodies.example/\\evil.example/x">x</a>', { siteUrl: SITE });
    expect(one(dom, 'a').getAttribute('href')).toBe('/evil.example/x');
  });

  test.each([
    ['another site', 'https://example.com/bodies.example/'],
    ['a look-alike host', 'https://bodies.example.evil.example/x/'],
    ['a subdomain other than www', 'https://blog.bodies.example/x/'],
  ])('a link to %s stays absolute', async (_case, url) => {
    const { dom, internalLinks } = await render(`[other](${url})`, { siteUrl: SITE });
    expect(one(dom, 'a').getAttribute('href')).toBe(url);
    expect(internalLinks).toEqual([]);
  });

  test('without a siteUrl absolute links are left alone', async () => {
    const { dom } = await render('[own](https://bodies.example/about/)');
    expect(one(dom, 'a').getAttribute('href')).toBe('https://bodies.example/about/');
  });

  test('internalLinks: root-relative targets, own-domain ones included, without fragments, unique', async () => {
    const { internalLinks } = await render(
      '## Top\n\n[a](https://bodies.example/about/), [b](/tag/news/), [c](http://www.bodies.example/contact/#form), ' +
        '[d](https://bodies.example/about/), [e](#top), [f](https://example.com/x/), [g](/tag/news/#x)',
      { siteUrl: SITE },
    );
    expect(internalLinks).toEqual(['/about/', '/tag/news/', '/contact/']);
  });

  test('a link with target=_blank gets rel="noopener noreferrer"', async () => {
    const { dom } = await render(
      '<a href="https://example.com/a" target="_blank">a</a> <a href="https://example.com/b" target="_blank" rel="nofollow">b</a>',
    );
    for (const a of all(dom, 'a')) expect(relTokens(a)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    expect(all(dom, 'a').map(visible)).toEqual(['a', 'b']);
  });

  test('angle-bracket autolinks and bare URLs are links', async () => {
    const { dom } = await render('<https://example.com/angle> and https://example.com/bare here.');
    expect(all(dom, 'a').map((a) => [a.getAttribute('href'), visible(a)])).toEqual([
      ['https://example.com/angle', 'https://example.com/angle'],
      ['https://example.com/bare', 'https://example.com/bare'],
    ]);
  });

  test('an empty link target and a space in a URL do not crash', async () => {
    const { dom } = await render(
      'An [empty]() link, a <a href="">raw empty</a> one, a [space](https://example.com/a file.pdf) one and ' +
        '<a href="https://example.com/a file.pdf">a raw spaced</a> one.',
      { siteUrl: SITE },
    );
    const text = visible(dom);
    for (const words of ['empty', 'raw empty', 'space', 'a raw spaced']) expect(text).toContain(words);
  });
});

describe('images', () => {
  test('every image gets alt (empty when there is none), loading=lazy and decoding=async', async () => {
    const { dom } = await render(
      '<img src="/wp-content/uploads/a.jpg">\n\n![](/wp-content/uploads/b.jpg)\n\n![Described](/wp-content/uploads/c.jpg)',
    );
    const imgs = all(dom, 'img');
    expect(imgs.map((img) => img.getAttribute('alt'))).toEqual(['', '', 'Described']);
    for (const img of imgs) {
      expect(img.getAttribute('loading')).toBe('lazy');
      expect(img.getAttribute('decoding')).toBe('async');
    }
  });

  test('a WordPress -300x229 file name gives width and height', async () => {
    const { dom } = await render(
      '<img src="/wp-content/uploads/2019/05/photo-300x229.jpg" alt="t">\n\n![m](/wp-content/uploads/2019/05/md-1024x768.png)',
    );
    expect(all(dom, 'img').map((img) => [img.getAttribute('width'), img.getAttribute('height')])).toEqual([
      ['300', '229'],
      ['1024', '768'],
    ]);
  });

  test('legacy align becomes a class; hspace, vspace, border and align are gone', async () => {
    const { dom } = await render(
      ['left', 'right', 'center'].map((a) => `<img src="/${a}.jpg" alt="${a}" align="${a}" hspace="10" vspace="5" border="0">`).join('\n\n'),
    );
    const imgs = all(dom, 'img');
    expect(imgs.map((img) => classes(img).find((c) => c.startsWith('align-')))).toEqual(['align-left', 'align-right', 'align-center']);
    for (const img of imgs) for (const attr of ['align', 'hspace', 'vspace', 'border']) expect(img.hasAttribute(attr)).toBe(false);
  });

  test('images wrapped in links stay wrapped', async () => {
    const { dom } = await render(
      '<a href="/big.jpg"><img src="/big-300x200.jpg" alt="Big"></a>\n\n[![Md](/md.jpg)](https://www.flickr.com/photos/x/1/)',
    );
    expect(one(dom, 'a[href="/big.jpg"] > img').getAttribute('alt')).toBe('Big');
    expect(one(dom, 'a[href="https://www.flickr.com/photos/x/1/"] > img').getAttribute('alt')).toBe('Md');
  });
});

describe('entities and characters', () => {
  test('hex, decimal and named entities decode once', async () => {
    const { dom, html } = await render('Launch &#x1f680; &#8211; it&#8217;s here &amp; ready &copy; &hellip;');
    expect(visible(dom)).toBe('Launch 🚀 – it’s here & ready © …');
    expect(html).not.toMatch(/&amp;amp;|&amp;#/);
  });

  test('&amp;#8217; shows literally as &#8217; (decoded once, never twice)', async () => {
    const { dom, text } = await render('Written as &amp;#8217; and &amp;amp; in the export.');
    expect(visible(dom)).toBe('Written as &#8217; and &amp; in the export.');
    expect(text).toBe('Written as &#8217; and &amp; in the export.');
  });

  test('a non-breaking space stays one', async () => {
    const { dom } = await render('Non&nbsp;breaking');
    expect(dom.textContent).toBe('Non\u00a0breaking');
  });

  test('CJK text and zero-width characters survive', async () => {
    const source = '東京のスタートアップ。中文测试。한국어. zero\u200bwidth joi\u200dner';
    const { dom } = await render(source);
    expect(visible(dom)).toBe(source);
  });
});

describe('text in angle brackets that is not HTML', () => {
  test('<X Days> is visible text', async () => {
    const { dom } = await render('Only <X Days> left.');
    expect(visible(dom)).toBe('Only <X Days> left.');
  });

  test('<name@example.com> is a mailto link showing the address', async () => {
    const { dom } = await render('Write to <name@example.com> today.');
    const a = one(dom, 'a');
    expect(a.getAttribute('href')).toBe('mailto:name@example.com');
    expect(visible(a)).toBe('name@example.com');
  });

  test('a line starting with "< " stays text', async () => {
    const { dom } = await render('< this line starts with an angle bracket\n\n3 < 5 > 2');
    expect(all(dom, 'p').map(visible)).toEqual(['< this line starts with an angle bracket', '3 < 5 > 2']);
  });
});

describe('math', () => {
  test('with math on, $$…$$ and \\(…\\) render with KaTeX', async () => {
    const { dom, html } = await render('The famous $$E=mc^2$$ equation.\n\nInline \\(a^2\\) too.', { math: true });
    expect(all(dom, '.katex').length).toBe(2);
    expect(html).not.toContain('$$');
    expect(html).not.toContain('\\(');
  });

  test('a display block $$ … $$ on its own lines renders with KaTeX', async () => {
    const { dom } = await render('$$\n\\int_0^1 x^2\\,dx = \\frac{1}{3}\n$$', { math: true });
    expect(all(dom, '.katex').length).toBe(1);
  });

  test('with math off, dollars are money and nothing is typeset', async () => {
    const { dom, html } = await render('Tickets cost $400-$600, and $$E=mc^2$$ stays.', { math: false });
    expect(html).not.toContain('katex');
    expect(visible(dom)).toBe('Tickets cost $400-$600, and $$E=mc^2$$ stays.');
  });

  test('math is off by default', async () => {
    const { html } = await render('$$E=mc^2$$');
    expect(html).not.toContain('katex');
  });
});

describe('Markdown and raw HTML that posts use', () => {
  test('a GFM table', async () => {
    const { dom } = await render('| Year | Posts |\n| --- | ---: |\n| 2019 | 51 |');
    expect(all(one(dom, 'table'), 'th').map(visible)).toEqual(['Year', 'Posts']);
    expect(all(dom, 'td').map(visible)).toEqual(['2019', '51']);
  });

  test('strikethrough', async () => {
    expect(visible(one((await render('Price: ~~$600~~ $400')).dom, 'del'))).toBe('$600');
  });

  test('a definition list', async () => {
    const { dom } = await render('<dl>\n<dt>Term</dt>\n<dd>Definition.</dd>\n</dl>');
    expect(visible(one(one(dom, 'dl'), 'dt'))).toBe('Term');
    expect(visible(one(dom, 'dl > dd'))).toBe('Definition.');
  });

  test('<sup>, <cite> and <figure> with <figcaption>', async () => {
    const { dom } = await render(
      'E = mc<sup>2</sup>, as <cite>A Paper</cite> said.\n\n<figure><img src="/f.jpg" alt="F"><figcaption>Fig</figcaption></figure>',
    );
    expect(visible(one(dom, 'sup'))).toBe('2');
    expect(visible(one(dom, 'cite'))).toBe('A Paper');
    expect(visible(one(dom, 'figure > figcaption'))).toBe('Fig');
    expect(one(dom, 'figure img').getAttribute('alt')).toBe('F');
  });

  test('inline SVG keeps its basic shapes and loses its event handlers', async () => {
    const { dom } = await render(
      '<svg width="100" height="50" viewBox="0 0 100 50"><rect x="0" y="0" width="40" height="40" fill="#c00"/><circle cx="75" cy="25" r="20" onclick="alert(1)"/><line x1="0" y1="0" x2="10" y2="10" stroke="black"/><path d="M0 0 L10 10"/><polygon points="0,0 10,0 5,10"/></svg>',
    );
    const svg = one(dom, 'svg');
    for (const shape of ['rect', 'circle', 'line', 'path', 'polygon']) expect(all(svg, shape).length, shape).toBe(1);
    expect(one(svg, 'circle').getAttribute('r')).toBe('20');
    none(dom, '[onclick]');
  });

  test('two trailing spaces make a hard break', async () => {
    const { dom } = await render('Line one  \nline two');
    expect(all(one(dom, 'p'), 'br').length).toBe(1);
  });

  test('* * * is a horizontal rule', async () => {
    const { dom } = await render('Above.\n\n* * *\n\nBelow.');
    expect(all(dom, 'hr').length).toBe(1);
    expect(all(dom, 'p').map(visible)).toEqual(['Above.', 'Below.']);
  });

  test('raw paragraphs, links, blockquotes, lists, divs and <br> are kept; style attributes are not', async () => {
    const { dom } = await render(
      '<p style="text-align:center">A <a href="https://example.com/raw">raw link</a>.</p>\n\n<blockquote><p>Quote.</p></blockquote>\n\n<ul><li>one</li><li>two</li></ul>\n\n<div class="entry"><p>In a div</p></div>\n\nLine<br>break',
    );
    expect(one(dom, 'a').getAttribute('href')).toBe('https://example.com/raw');
    expect(visible(one(dom, 'blockquote'))).toBe('Quote.');
    expect(all(dom, 'ul > li').map(visible)).toEqual(['one', 'two']);
    expect(visible(dom)).toContain('In a div');
    expect(all(dom, 'br').length).toBeGreaterThanOrEqual(1);
    none(dom, '[style]');
  });
});

describe('heading ids never shadow a script global', () => {
  test('a heading "__next_f" gets a prefixed id (Next.js pushes to self.__next_f)', async () => {
    const { html } = await renderMarkdown('## __next_f\n\n## __pwned\n\n## Normal heading');
    expect(html).toContain('id="section-__next_f"');
    expect(html).toContain('id="section-__pwned"');
    expect(html).toContain('href="#section-__pwned"');
    expect(html).toContain('id="normal-heading"');
    expect(html).not.toMatch(/id="_/);
  });
});

describe('form controls', () => {
  test('task-list checkboxes stay; the inputs of a spam form do not', async () => {
    const { html } = await renderMarkdown(
      '- [x] done\n- [ ] todo\n\n<form action="https://evil.example"><input type="text" name="a"><input type="checkbox"><button>Go</button></form>',
    );
    expect(html.match(/<input/g)).toHaveLength(2);
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" checked disabled> done</li>');
    expect(html).not.toMatch(/<form|<button|evil\.example/);
  });
});
