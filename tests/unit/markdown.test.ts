/** renderMarkdown: what may never survive sanitising, what must, and GFM. */
import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../lib/markdown/pipeline';

/** Nothing executable anywhere in the HTML (attributes, tags or URLs). */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
}

describe('renderMarkdown safety', () => {
  test.each([
    ['a live <script> block', 'Before\n\n<script>alert("pwned")</script>\n\nAfter', ['Before', 'After']],
    ['an inline <script>', 'Text <script>alert(1)</script> more text', ['Text', 'more text']],
    ['a <SCRIPT> in upper case with src', '<SCRIPT SRC="https://evil.example/x.js"></SCRIPT>\n\nKept', ['Kept']],
    ['onclick= on a div', '<div onclick="steal()">Click me</div>', ['Click me']],
    ['onerror= on an img', '<img src="/wp-content/uploads/x.png" onerror="alert(1)" alt="Pic">', ['src="/wp-content/uploads/x.png"', 'alt="Pic"']],
    ['onmouseover= on a link', '<a href="https://example.com/" onmouseover="alert(1)">hover</a>', ['href="https://example.com/"', 'hover']],
    ['a javascript: href in raw HTML', '<a href="javascript:alert(1)">raw link</a>', ['raw link']],
    ['a javascript: href in Markdown', '[md link](javascript:alert(1))', ['md link']],
    ['a JaVaScRiPt: href with entities', '<a href="&#106;avascript:alert(1)">entity link</a>', ['entity link']],
    ['a javascript: src on an img', '<img src="javascript:alert(1)" alt="x">', ['alt="x"']],
    ['an svg with onload', '<svg onload="alert(1)"><circle r="1"/></svg> after', ['after']],
    ['an iframe with javascript:', '<iframe src="javascript:alert(1)"></iframe>', []],
  ])('%s never survives', async (_case, markdown, kept) => {
    const { html } = await renderMarkdown(markdown);
    expectInert(html);
    for (const text of kept) expect(html).toContain(text);
  });

  test('a <script> and onmouseover inside a code sample stay visible, escaped', async () => {
    const { html, text } = await renderMarkdown(
      '```html\n<script>alert(1)</script>\n<a onmouseover="x()">a</a>\n```\n\nInline `<script>` too.',
    );
    expectInert(html.replace(/<code[^>]*>[^]*?<\/code>/g, '')); // outside the code elements nothing is live
    // Highlighted at build time: the sample's own text, with the highlighter's spans taken out, is escaped.
    expect(html).toContain('<code class="hljs language-html">');
    const sample = /<pre><code[^>]*>([^]*?)<\/code><\/pre>/.exec(html)![1]!.replace(/<\/?span[^>]*>/g, '');
    expect(sample).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(sample).toContain('&#x3C;a onmouseover="x()">a&#x3C;/a>');
    expect(html).toContain('<code>&#x3C;script></code>');
    expect(html).not.toContain('<script');
    expect(text).toContain('<script>alert(1)</script>');
  });

  test('ordinary WordPress HTML survives: links, images, figures, cite, blockquote', async () => {
    const { html } = await renderMarkdown(
      '<figure><img src="https://i.imgur.com/a.jpg" alt="A"><figcaption>Caption</figcaption></figure>\n\n' +
        '<blockquote><p>Quote <cite>Someone</cite></p></blockquote>\n\n[link](https://example.com/)',
    );
    expect(html).toContain(
      '<figure><img src="https://i.imgur.com/a.jpg" alt="A" loading="lazy" decoding="async"><figcaption>Caption</figcaption></figure>',
    );
    expect(html).toContain('<cite>Someone</cite>');
    expect(html).toContain('<a href="https://example.com/">link</a>');
  });
});

describe('renderMarkdown GFM', () => {
  test('tables render as <table>', async () => {
    const { html } = await renderMarkdown('| Year | Posts |\n| --- | ---: |\n| 2019 | 51 |\n');
    expect(html).toContain('<table>');
    expect(html).toContain('<th>Year</th>');
    expect(html).toMatch(/<td[^>]*>51<\/td>/);
  });

  test('strikethrough renders as <del>', async () => {
    const { html } = await renderMarkdown('Price: ~~$600~~ $400');
    expect(html).toBe('<p>Price: <del>$600</del> $400</p>');
  });

  test('dollar amounts stay money, not math', async () => {
    const { html, text } = await renderMarkdown('It costs $400-$600 a year.');
    expect(html).toBe('<p>It costs $400-$600 a year.</p>');
    expect(text).toBe('It costs $400-$600 a year.');
  });

  test('the plain text drops markup and collapses whitespace', async () => {
    const { text } = await renderMarkdown('# Heading\n\nSome **bold**\nand <em>emphasis</em>.\n\n- one\n- two');
    expect(text).toBe('Heading Some bold and emphasis. one two');
  });
});
