/**
 * Inputs from the code review of the body pipeline and the content model: each once lost or broke text an
 * author wrote, or let something through that it should not.
 */
import { describe, expect, test } from 'vitest';
import { normaliseDocument } from '../../lib/content/source/document';
import { termSlug } from '../../lib/content/core/terms';
import { plainText } from '../../lib/content/core/text';
import { ownSitePath } from '../../lib/content/core/urls';
import { renderMarkdown } from '../../lib/markdown/pipeline';
import { shapesInventory } from '../helpers/fixtures';

const html = async (markdown: string, options = {}) => (await renderMarkdown(markdown, options)).html;

describe('bracketed prose is not a shortcode', () => {
  test.each([
    '[Update 2: The company said "no"]',
    '[Tweet this] and [Video] below and [Audio only]',
    '[sic] [1] [x] [Editor’s note: see below]',
  ])('%s stays', async (text) => {
    const r = await renderMarkdown(text);
    expect(r.removedShortcodes).toEqual([]);
    expect(r.text).toBe(text);
  });

  test('real shortcodes next to it still go', async () => {
    const r = await renderMarkdown('[Video] [gallery ids="1"] [contact-form-7 id="5"] [su_box title="x"]in[/su_box]');
    expect(r.removedShortcodes).toEqual(['gallery', 'contact-form-7', 'su_box']);
    expect(r.text).toBe('[Video] in');
  });
});

describe('code stays as written', () => {
  test('a fence inside a list item keeps its shortcode and braces', async () => {
    const r = await renderMarkdown('1. Step\n\n    ~~~\n    [gallery ids="2"] {.x}\n    ~~~');
    expect(r.html).toContain('<code>[gallery ids="2"] {.x}\n</code>');
    expect(r.removedShortcodes).toEqual([]);
  });

  test('a stray backtick does not protect the next paragraph', async () => {
    const r = await renderMarkdown('I don`t like it.\n\n[gallery ids="1"]\n\nUse `x` here.');
    expect(r.removedShortcodes).toEqual(['gallery']);
    expect(r.html).toContain('<code>x</code>');
  });
});

describe('kramdown attribute lists go, braces in prose stay', () => {
  test('prose braces', async () => {
    const text = 'Score was {.5}, the object {a=1}, template {{name}}, {width=100}, ratio {.25 .75}';
    expect((await renderMarkdown(text)).text).toBe(text);
  });

  test('attribute lists after headings, with a colon, and alone', async () => {
    const out = await html('## Final Thoughts {.western}\n\nPara {: .cls}\n\n{: .standalone}\n\n### Next {#next}');
    expect(out).not.toMatch(/\{|\}/);
    expect(out).toContain('<p>Para</p>');
  });
});

test('Markdown in a caption is rendered, in the figcaption itself', async () => {
  const out = await html('[caption align="alignleft"]<img src="/x.jpg" alt="A"/> Photo by [John](http://x.com) *via* Flickr[/caption]');
  expect(out).toContain('<figcaption>Photo by <a href="http://x.com">John</a> <em>via</em> Flickr</figcaption>');
});

describe('text in angle brackets', () => {
  test('Title-case and bare-word "tags" are text; real markup on the same line still works', async () => {
    const out = await html('<Summary of the day> and <Select one> and <Image here> and <X Days> then <b>bold</b> <img src="/a.png" alt="x">');
    expect(out).toContain('&#x3C;Summary of the day> and &#x3C;Select one> and &#x3C;Image here> and &#x3C;X Days>');
    expect(out).toContain('<b>bold</b>');
    expect(out).toMatch(/<img src="\/a.png" alt="x"/);
  });

  test('an iframe whose srcdoc holds markup is still markup (and loses the srcdoc)', async () => {
    const out = await html('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" srcdoc="<script>parent.x=1</script>"></iframe>');
    expect(out).toContain('src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
    expect(out).not.toContain('srcdoc');
  });
});

describe('in-page links survive the sanitiser', () => {
  test('footnotes, a table of contents and a named anchor', async () => {
    const out = await html('See[^note], [part](#part1), [top](#top)\n\n<a name="top"></a><h2 id="part1">Part 1</h2>\n\n[^note]: The note.');
    for (const [href, target] of [
      ['#user-content-fn-note', 'id="user-content-fn-note"'],
      ['#user-content-part1', 'id="user-content-part1"'],
      ['#user-content-top', 'name="user-content-top"'],
    ]) {
      expect(out).toContain(`href="${href}"`);
      expect(out).toContain(target);
    }
    expect(out).not.toContain('user-content-user-content');
  });
});

describe('embeds', () => {
  test('protocol-relative oEmbed iframes, start times, and an iframe alone in a paragraph', async () => {
    const out = await html(
      '<iframe src="//www.youtube.com/embed/dQw4w9WgXcQ?start=30"></iframe>\n\n<p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe></p>\n\nhttps://youtu.be/dQw4w9WgXcQ?t=1m30s',
    );
    expect(out).toContain('src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=30"');
    expect(out).toContain('src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90"');
    expect(out).not.toMatch(/<p>\s*<div/);
    expect(out.match(/<iframe/g)).toHaveLength(3);
  });
});

describe('links and images', () => {
  test('tracking pixels are removed', async () => {
    const out = await html('<img src="https://feeds.feedburner.com/~r/x/~4/abc"> <img src="https://x.example/p.gif" width="1" height="1"> <img src="/real.png" alt="r">');
    expect(out.match(/<img/g)).toHaveLength(1);
    expect(out).toContain('/real.png');
  });

  test('a <picture> whose sources and image are all trackers goes whole; tracker candidates of a srcset go', async () => {
    const out = await html(
      [
        '<picture><source srcset="https://pixel.wp.com/g.gif?blog=1 1x"><img src="https://stats.wordpress.com/b.gif" alt=""></picture>',
        '<picture><source srcset=" https://pixel.wp.com/g.gif?x=1,2 1x , /real.webp 2x"><source srcset="//stats.wordpress.com/c.gif"><img src="/real.jpg" alt="Real"></picture>',
        '<picture><source srcset="https://www.google-analytics.com/collect?v=1 1x"><img src="https://pixel.quantserve.com/p.gif" alt="only trackers"></picture>',
      ].join('\n\n'),
    );
    expect(out).not.toMatch(/pixel\.wp\.com|stats\.wordpress\.com|google-analytics|quantserve|only trackers/);
    expect(out.match(/<picture>/g)).toHaveLength(1);
    expect(out).toContain('<picture><source srcset="/real.webp 2x"><img src="/real.jpg" alt="Real"');
  });

  test("source srcset candidates on the site's own domain become root-relative, as an image's src does", async () => {
    const r = await renderMarkdown(
      '<picture><source srcset="http://own.example/a-300x200.webp 300w, http://www.own.example/a.webp 1024w"><img src="http://own.example/a.jpg" alt="a"></picture>',
      { siteUrl: 'https://own.example' },
    );
    expect(r.html).toContain('<source srcset="/a-300x200.webp 300w, /a.webp 1024w"><img src="/a.jpg"');
    expect(r.insecureImages).toEqual([]);
  });

  test('upper-case schemes and targets are kept; an upper-case javascript: is not', async () => {
    const out = await html('<a href="HTTPS://ext.example" target="_BLANK">e</a> <a href="JaVaScRiPt:alert(1)">j</a>');
    expect(out).toContain('<a href="https://ext.example" target="_blank" rel="noopener noreferrer">e</a>');
    expect(out).toContain('<a>j</a>');
  });

  test.each([
    ['https://www.new.blicio.us/wp-content/a.jpg', '/wp-content/a.jpg'],
    ['https://new.blicio.us?p=5', '/?p=5'],
    ['//new.blicio.us/x/', '/x/'],
    ['http://NEW.blicio.us/Y/#h', '/Y/#h'],
    ['https://new.blicio.us.evil.example/x', null],
    ['/x/', null],
  ])('ownSitePath(%s) -> %s', (url, expected) => {
    expect(ownSitePath(url, 'https://new.blicio.us')).toBe(expected);
  });

  test('a site under a path: its base path is not part of the page path', () => {
    expect(ownSitePath('https://example.com/blog/foo/', 'https://example.com/blog')).toBe('/foo/');
  });
});

test('with math on, dollar amounts stay money', async () => {
  const out = await html('It costs $400-$600 and $5 more. $$E=mc^2$$ and \\(a^2\\)', { math: true });
  expect(out).toContain('It costs $400-$600 and $5 more.');
  expect(out.match(/class="katex"/g)).toHaveLength(2);
});

describe('content model', () => {
  test.each([
    ['Node.js', 'node-js'],
    ['Web 2.0', 'web-2-0'],
    ['snake_case', 'snake_case'],
    ['Tech & Business', 'tech-business'],
  ])('termSlug(%s) is WordPress’s %s', (name, slug) => {
    expect(termSlug(name)).toBe(slug);
  });

  test('an excerpt written as HTML blocks reads as text', () => {
    expect(plainText('<p>Hello &amp; <strong>bye</strong></p>')).toBe('Hello & bye');
  });

  test('a root index.md (a Jekyll home page) is skipped, not a build error', () => {
    const source = normaliseDocument('index.md', '---\nlayout: home\n---\n', shapesInventory().site);
    expect(source).toEqual({ status: 'skipped', file: 'index.md', reason: "the export's home page" });
  });

  test('a featured image on the www. host of the old site becomes root-relative', () => {
    const text = '---\ntitle: T\ndate: 2020-01-01\nimage: https://www.shapes.example/wp-content/uploads/a.jpg\n---\n';
    const source = normaliseDocument('_posts/2020-01-01-t.md', text, shapesInventory().site);
    expect(source.status === 'content' && source.meta.image?.src).toBe('/wp-content/uploads/a.jpg');
  });
});
