/**
 * tests/fixtures/wp-bodies, one post per body case of /work/shared/wordpress-export.md and issue 3, read the way
 * the build reads it (readInventory -> readSourceFile -> toEntry with the site's settings) and checked on the
 * HTML each post renders to. The site sets neither `indented_code` nor `math`; two posts turn math on in their
 * front matter. A copy of a few posts under other site settings checks `indented_code: true` and `math: true`.
 */
import GithubSlugger from 'github-slugger';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSourceFile } from '../../lib/content/source/document';
import { toEntry, type RenderedEntry } from '../../lib/content/generated/entry';
import { readInventory } from '../../lib/content/source/inventory';
import { writeStore } from '../../lib/content/generated/store';
import { isServedMediaIn } from '../../lib/media';
import { bodyReport } from '../../lib/content/generated/verify';
import { loadSiteConfig } from '../../lib/content/source/site';
import { FIXTURES_DIR } from '../helpers/fixtures';
import { all, classes, headingText, none, one, visible } from '../helpers/dom';

// jsdom ships without type declarations here; only its fragment parser is used (no scripts run, nothing loads).
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: { fragment(html: string): DocumentFragment } };

const BODIES_DIR = path.join(FIXTURES_DIR, 'wp-bodies');
const POST_COUNT = 63;

interface Rendered {
  entry: RenderedEntry;
  dom: DocumentFragment;
}

/** Reads one export file the way Contentlayer's computed field does: normalise, then render with the site's settings. */
async function renderFile(dir: string, file: string): Promise<RenderedEntry> {
  const site = loadSiteConfig(dir);
  const source = readSourceFile(dir, file, site);
  if (source.status !== 'content') throw new Error(`${file} was skipped: ${source.reason}`);
  return toEntry(source.meta, source.body, site);
}

const rendered = new Map<string, Rendered>();

beforeAll(async () => {
  const { posts } = readInventory(BODIES_DIR);
  for (const meta of posts) {
    const entry = await renderFile(BODIES_DIR, meta.file);
    rendered.set(meta.url.replace(/^\/|\/$/g, ''), { entry, dom: JSDOM.fragment(entry.html) });
  }
});

/** Every rendered post, for the tests that go through them all: never none (a loop over none checks nothing). */
function everyPost(): [string, Rendered][] {
  expect(rendered.size).toBe(POST_COUNT);
  return [...rendered];
}

/** The rendered post whose permalink is `/<slug>/` (the file name says the same). */
function post(slug: string): Rendered {
  const found = rendered.get(slug);
  if (!found) throw new Error(`wp-bodies has no post /${slug}/`);
  return found;
}

/** Body text outside code samples. */
function textOutsideCode(dom: DocumentFragment): string {
  const copy = dom.cloneNode(true) as DocumentFragment;
  for (const code of all(copy, 'pre, code')) code.remove();
  return visible(copy);
}

describe('the whole fixture', () => {
  test('every post of wp-bodies renders', () => {
    expect(rendered.size).toBe(POST_COUNT);
    for (const [slug, { entry }] of rendered) expect(entry.html.length, slug).toBeGreaterThan(0);
  });

  test('no body has an <h1>: the title is the page\'s only one', () => {
    for (const [, { dom }] of everyPost()) none(dom, 'h1');
  });

  test('no shortcode, kramdown attribute list or HTML comment shows as text outside code', () => {
    for (const [slug, { dom, entry }] of everyPost()) {
      const text = textOutsideCode(dom);
      expect(text, slug).not.toMatch(/\[\/?(caption|embed|gallery|contact-form-7|wpforms|su_box)\b/);
      expect(text, slug).not.toMatch(/\{:?\s*[.#][\w-]+[^}]*\}/);
      expect(entry.html, slug).not.toContain('<!--');
    }
  });

  test('every image has alt, loading=lazy and decoding=async', () => {
    let images = 0;
    for (const [slug, { dom }] of everyPost()) {
      for (const img of all(dom, 'img')) {
        images++;
        expect(img.hasAttribute('alt'), `${slug} ${img.outerHTML}`).toBe(true);
        expect(img.getAttribute('loading'), `${slug} ${img.outerHTML}`).toBe('lazy');
        expect(img.getAttribute('decoding'), `${slug} ${img.outerHTML}`).toBe('async');
      }
    }
    expect(images).toBeGreaterThanOrEqual(20);
  });

  test('every iframe is a youtube-nocookie or Vimeo player, lazy, with a title', () => {
    let iframes = 0;
    for (const [slug, { dom }] of everyPost()) {
      for (const iframe of all(dom, 'iframe')) {
        iframes++;
        expect(iframe.getAttribute('src'), slug).toMatch(
          /^(https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}([?#]|$)|https:\/\/player\.vimeo\.com\/video\/\d+\?dnt=1$)/,
        );
        expect(iframe.getAttribute('loading'), slug).toBe('lazy');
        expect(iframe.getAttribute('title')?.trim(), slug).toBeTruthy();
      }
    }
    expect(iframes).toBeGreaterThan(0);
  });

  test('nothing executable in any body', () => {
    for (const [slug, { dom, entry }] of everyPost()) {
      none(dom, 'script, style, link, meta, base, form, object, embed');
      expect(entry.html, slug).not.toMatch(/<script/i);
      for (const el of all(dom, '*')) {
        for (const attr of el.attributes) expect(attr.name.startsWith('on'), `${slug} ${el.tagName} ${attr.name}`).toBe(false);
      }
    }
  });

  test('only the shortcode posts name removed shortcodes', () => {
    const withShortcodes = [...rendered].filter(([, r]) => r.entry.removedShortcodes.length > 0).map(([slug]) => slug).sort();
    expect(withShortcodes).toEqual([
      'shortcode-contact-form-7',
      'shortcode-enclosing-unknown',
      'shortcode-gallery',
      'shortcode-wpforms',
      'shortcodes-several',
    ]);
  });
});

describe('[caption]', () => {
  test('caption-shortcode: a centred figure with the linked image and its figcaption', () => {
    const { dom } = post('caption-shortcode');
    const figure = one(dom, 'figure');
    expect(classes(figure)).toEqual(expect.arrayContaining(['wp-caption', 'aligncenter']));
    const img = one(figure, 'a[href="/wp-content/uploads/2020/01/x.jpg"] > img');
    expect(img.getAttribute('src')).toBe('/wp-content/uploads/2020/01/x-300x200.jpg');
    expect(img.getAttribute('alt')).toBe('A');
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['300', '200']);
    expect(visible(one(figure, 'figcaption'))).toBe('The caption');
    expect(all(dom, 'p').map(visible)).toEqual(['Before the picture.', 'After the picture.']);
  });

  test('caption-attribute: the caption="…" form', () => {
    const figure = one(post('caption-attribute').dom, 'figure');
    expect(classes(figure)).toEqual(expect.arrayContaining(['wp-caption', 'alignright']));
    expect(one(figure, 'img').getAttribute('alt')).toBe('Y');
    expect(visible(one(figure, 'figcaption'))).toBe('A caption written as an attribute');
  });

  test('caption-markdown-image: Markdown images, plain and linked, inside captions', () => {
    const figures = all(post('caption-markdown-image').dom, 'figure');
    expect(figures.map((f) => classes(f).find((c) => /^align/.test(c)))).toEqual(['alignleft', 'alignnone']);
    expect(one(figures[0]!, 'img').getAttribute('alt')).toBe('Z');
    expect(visible(one(figures[0]!, 'figcaption'))).toBe('A Markdown image inside a caption');
    expect(one(figures[1]!, 'a[href="/wp-content/uploads/2020/01/w.jpg"] > img').getAttribute('alt')).toBe('Linked');
    expect(visible(one(figures[1]!, 'figcaption'))).toBe('A linked Markdown image');
  });
});

describe('embeds', () => {
  const video = (slug: string) => {
    const { dom } = post(slug);
    const iframe = one(dom, 'iframe');
    expect(classes(iframe.parentElement!)).toEqual(expect.arrayContaining(['embed', 'embed-video']));
    expect(iframe.hasAttribute('allowfullscreen')).toBe(true);
    return iframe.getAttribute('src');
  };

  test.each([
    ['embed-shortcode', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['embed-youtube-watch-url', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['embed-youtu-be-url', 'https://www.youtube-nocookie.com/embed/9bZkp7q19f0'],
    ['embed-youtube-embed-url', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE'],
    ['embed-vimeo-url', 'https://player.vimeo.com/video/123456?dnt=1'],
  ])('%s embeds %s', (slug, src) => {
    expect(video(slug)).toBe(src);
    expect(post(slug).entry.html).not.toMatch(/\[\/?embed\]|youtube\.com\/watch|youtu\.be|vimeo\.com\/123456/);
  });

  test('embed-youtube-oembed-iframe: both iframes go through youtube-nocookie; the title is kept or added', () => {
    const iframes = all(post('embed-youtube-oembed-iframe').dom, 'iframe');
    expect(iframes.map((f) => new URL(f.getAttribute('src')!)).map((u) => `${u.origin}${u.pathname}`)).toEqual([
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/9bZkp7q19f0',
    ]);
    expect(iframes[0]!.getAttribute('title')).toBe('Rick Astley - Never Gonna Give You Up');
    expect(iframes[1]!.getAttribute('title')?.trim()).toBeTruthy();
    for (const iframe of iframes) expect(iframe.getAttribute('loading')).toBe('lazy');
  });

  test('iframe-other-host: Google Maps and ad iframes are removed, the text stays', () => {
    const { dom } = post('iframe-other-host');
    none(dom, 'iframe');
    expect(all(dom, 'p').map(visible)).toEqual(['A map:', 'An ad player:', 'Text after the iframes.']);
  });

  test('youtube-url-in-sentence: the URLs stay links', () => {
    const { dom } = post('youtube-url-in-sentence');
    none(dom, 'iframe');
    expect(all(dom, 'a').map((a) => a.getAttribute('href'))).toEqual([
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=9bZkp7q19f0',
    ]);
  });

  test('tweet-embed: styled quotes that keep their status links; the widgets script is gone', () => {
    const { dom, entry } = post('tweet-embed');
    const quotes = all(dom, 'blockquote');
    expect(quotes.length).toBe(2);
    for (const quote of quotes) expect(classes(quote)).toContain('embed-tweet');
    expect(one(quotes[0]!, 'a').getAttribute('href')).toBe('https://twitter.com/someone/status/1234567890?ref_src=twsrc%5Etfw');
    expect(visible(quotes[0]!)).toContain('Launching today! 🚀');
    expect(one(quotes[1]!, 'a').getAttribute('href')).toBe('https://twitter.com/other/status/1');
    expect(entry.html).not.toMatch(/<script|widgets\.js/);
  });

  test('instagram-embed: a styled quote that keeps its link; no script, no inline style', () => {
    const { dom, entry } = post('instagram-embed');
    const quote = one(dom, 'blockquote');
    expect(classes(quote)).toContain('embed-instagram');
    const links = all(quote, 'a').map((a) => a.getAttribute('href'));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toBe('https://www.instagram.com/p/B1a2c3D4e5F/?utm_source=ig_embed');
    expect(visible(quote)).toContain('A post shared by Some One (@someone)');
    expect(entry.html).not.toMatch(/<script|embed\.js|style=/);
  });
});

describe('other shortcodes', () => {
  test.each([
    ['shortcode-gallery', ['gallery'], 'Photos from the event: Thanks to everyone who came.'],
    ['shortcode-contact-form-7', ['contact-form-7'], 'Get in touch: We answer within a day.'],
    ['shortcode-wpforms', ['wpforms'], 'Sign up below. No spam.'],
    ['shortcode-enclosing-unknown', ['su_box'], 'inner text Outside the box.'],
    ['shortcodes-several', ['gallery', 'contact-form-7', 'wpforms'], 'Text between.'],
  ])('%s: removed, named %j, the rest of the text kept', (slug, names, text) => {
    const { entry, dom } = post(slug);
    expect(entry.removedShortcodes).toEqual(names);
    expect(visible(dom)).toBe(text);
  });

  test('brackets-not-shortcodes: links, reference links, [sic] and task lists stay', () => {
    const { entry, dom } = post('brackets-not-shortcodes');
    expect(entry.removedShortcodes).toEqual([]);
    expect(all(dom, 'a').map((a) => [a.getAttribute('href'), visible(a)])).toEqual([
      ['https://example.com/docs/', 'Markdown link'],
      ['https://example.org/reference/', 'reference link'],
    ]);
    expect(visible(dom)).toContain('He called it "teh best" [sic] and left [citation needed].');
    expect(all(dom, 'li').map(visible)).toEqual(['done item', 'open item']);
  });

  test('shortcodes-in-code: shortcodes in fenced code, inline code and <pre> stay as written', () => {
    const { entry, dom } = post('shortcodes-in-code');
    expect(entry.removedShortcodes).toEqual([]);
    const code = all(dom, 'pre, code').map((c) => c.textContent ?? '').join('\n');
    expect(code).toContain('[gallery ids="1,2"]');
    expect(code).toContain('[contact-form-7 id="5" title="Contact"]');
    expect(code).toContain('[caption id="attachment_9" align="alignnone" width="300"]kept as written[/caption]');
    none(dom, 'figure');
  });
});

describe('Gutenberg comments and <!--more-->', () => {
  test('gutenberg-comments: the comments vanish, the blocks stay', () => {
    const { entry, dom } = post('gutenberg-comments');
    expect(entry.html).not.toMatch(/<!--|wp:/);
    expect(visible(one(dom, 'p'))).toBe('First paragraph from the block editor.');
    expect(headingText(one(dom, 'h3'))).toBe('A Gutenberg heading');
    expect(one(dom, 'figure img').getAttribute('alt')).toBe('Block image');
  });

  test('more-tag: the tag vanishes and the excerpt is the text before it', () => {
    const { entry, dom } = post('more-tag');
    expect(entry.html).not.toContain('<!--');
    expect(entry.excerpt).toBe('Intro paragraph before the break.');
    expect(all(dom, 'p').map(visible)).toEqual([
      'Intro paragraph before the break.',
      'The rest of the post, which is not part of the excerpt.',
    ]);
  });

  test('more-tag-with-excerpt: a hand-written excerpt wins over the more tag', () => {
    expect(post('more-tag-with-excerpt').entry.excerpt).toBe('A hand-written summary wins.');
  });

  test('a post without a more tag keeps WordPress\'s automatic excerpt', () => {
    expect(post('after-unclosed-fence').entry.excerpt).toBe(
      'This post comes after the unclosed fence and renders normally. Its own heading A closing paragraph.',
    );
  });
});

describe('kramdown attribute lists', () => {
  test('kramdown-heading-attribute: {.western} and {#next .western} vanish from headings', () => {
    const { dom, entry } = post('kramdown-heading-attribute');
    expect(headingText(one(dom, 'h2'))).toBe('Final Thoughts');
    expect(headingText(one(dom, 'h3'))).toBe('Next Steps');
    expect(entry.html).not.toContain('{');
  });

  test('kramdown-block-attributes: {: .class} after a paragraph and on its own line vanish', () => {
    const { dom, entry } = post('kramdown-block-attributes');
    expect(all(dom, 'p').map(visible)).toEqual([
      'A paragraph followed by an attribute list.',
      'Another paragraph, after an attribute list on its own line.',
    ]);
    expect(entry.html).not.toContain('{:');
  });

  test('mdx-breakers: braces, class=, comments and unclosed tags render; braces in prose stay', () => {
    const { dom, entry } = post('mdx-breakers');
    expect(all(dom, 'p').map(visible).slice(0, 2)).toEqual([
      'Use {curly braces} and {{double}} in text.',
      'A paragraph with a class attribute.',
    ]);
    expect(entry.html).not.toContain('<!--');
    expect(one(dom, 'img').getAttribute('alt')).toBe('Open');
    expect(all(dom, 'br').length).toBe(1);
  });
});

describe('indentation and code (site without indented_code)', () => {
  test('indented-prose: indented paragraphs are paragraphs, with their links and emphasis', () => {
    const { dom } = post('indented-prose');
    none(dom, 'pre, code');
    expect(all(dom, 'p').map(visible)).toEqual([
      'A normal paragraph.',
      'This paragraph was indented four spaces by the converter.',
      'So was this one, with a link and emphasis.',
      'Back to normal.',
    ]);
    expect(one(dom, 'a').getAttribute('href')).toBe('https://example.com/indented/');
    expect(visible(one(dom, 'em'))).toBe('emphasis');
  });

  test('indented-code-sample: on this site an indented sample is text, not code', () => {
    const { dom } = post('indented-code-sample');
    none(dom, 'pre');
    expect(visible(dom)).toContain('function greet(name) {');
  });

  test('fenced-code-language: fenced code is highlighted at build time', () => {
    const codes = all(post('fenced-code-language').dom, 'pre > code');
    expect(codes.map((c) => classes(c).find((x) => x.startsWith('language-')))).toEqual(['language-js', 'language-python']);
    for (const code of codes) {
      expect(classes(code)).toContain('hljs');
      expect(all(code, 'span[class*="hljs-"]').length).toBeGreaterThan(0);
    }
    expect(codes[0]!.textContent).toBe('const answer = 42;\nfunction hello() {\n  return "hi";\n}\n');
  });

  test('code-with-script: the samples stay visible, escaped; nothing in them is live', () => {
    const { dom, entry } = post('code-with-script');
    expect(one(dom, 'pre > code').textContent).toBe(
      '<script>alert("from a sample")</script>\n<div onmouseover="alert(\'hover\')">hover</div>\n',
    );
    expect(all(dom, 'p > code').map((c) => c.textContent)).toEqual(['<script>', 'onmouseover="x()"']);
    none(dom, 'script, [onmouseover]');
    expect(entry.html).not.toMatch(/<script/i);
  });

  test('unclosed-fence: the fence runs to the end of its own post only', () => {
    const { dom } = post('unclosed-fence');
    expect(visible(one(dom, 'p'))).toBe('Before the fence.');
    expect(one(dom, 'pre > code').textContent).toContain('const unterminated = true;');
  });

  test('after-unclosed-fence: the next post renders normally', () => {
    const { dom } = post('after-unclosed-fence');
    none(dom, 'pre, code');
    expect(all(dom, 'p').map(visible)).toEqual([
      'This post comes after the unclosed fence and renders normally.',
      'A closing paragraph.',
    ]);
    expect(headingText(one(dom, 'h2'))).toBe('Its own heading');
  });
});

describe('headings', () => {
  test('heading-level-one: # headings are demoted one level', () => {
    const { dom } = post('heading-level-one');
    expect(all(dom, 'h2, h3, h4').map((h) => [h.tagName, headingText(h)])).toEqual([
      ['H2', 'Big heading in the body'],
      ['H3', 'Sub heading'],
      ['H4', 'Deeper heading'],
    ]);
  });

  test('heading-ids-anchors: github-slugger ids, unique, each with an anchor link', () => {
    const headings = all(post('heading-ids-anchors').dom, 'h2');
    const slugger = new GithubSlugger();
    const titles = ['Final Thoughts', 'Final Thoughts', 'Ünïcode & Émoji 🚀'];
    expect(headings.map(headingText)).toEqual(titles);
    expect(headings.map((h) => h.id)).toEqual(titles.map((t) => slugger.slug(t)));
    for (const h of headings) expect(one(h, 'a.heading-anchor').getAttribute('href')).toBe(`#${h.id}`);
  });

  test('hashtag-line: #hashtag lines stay paragraphs', () => {
    const { dom } = post('hashtag-line');
    none(dom, 'h2, h3, h4, h5, h6');
    expect(all(dom, 'p').map(visible)).toEqual(['#hashtag', '#blessed #startup life', 'Real text.']);
  });
});

describe('links', () => {
  test('links-own-domain: own-domain links become root-relative, others stay absolute', () => {
    const { dom, entry } = post('links-own-domain');
    const hrefs = all(dom, 'p a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      '/about-us/',
      '/2019/05/old-post/',
      '/contact/#form',
      '/wp-content/uploads/2020/01/file.pdf',
      '/tag/news/',
      '/about-us/',
      'https://example.com/bodies.example/',
      'https://bodies.example.evil.example/x/',
      '#where-to-go',
    ]);
    expect(entry.internalLinks).toEqual([
      '/about-us/',
      '/2019/05/old-post/',
      '/contact/',
      '/wp-content/uploads/2020/01/file.pdf',
      '/tag/news/',
    ]);
  });

  test('links-missing-page: links to a deleted post and to an existing one are both listed', () => {
    const { dom, entry } = post('links-missing-page');
    expect(all(dom, 'a').map((a) => a.getAttribute('href'))).toEqual(['/deleted-post/', '/links-own-domain/']);
    expect(entry.internalLinks).toEqual(['/deleted-post/', '/links-own-domain/']);
  });

  test('links-target-blank: new-window links get rel="noopener noreferrer"', () => {
    const links = all(post('links-target-blank').dom, 'a');
    expect(links.map(visible)).toEqual(['new window', 'nofollow new window']);
    for (const a of links) {
      expect((a.getAttribute('rel') ?? '').split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  });

  test('links-autolinks: angle-bracket autolinks, bare URLs and www. links are links', () => {
    const hrefs = all(post('links-autolinks').dom, 'a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.com/angle', 'https://example.com/bare', 'http://www.example.com/www']);
  });

  test('links-empty-and-space: the post renders and shows every link text', () => {
    const text = visible(post('links-empty-and-space').dom);
    for (const words of ['empty target', 'raw empty link', 'space link', 'raw link with a space', 'angle link']) {
      expect(text).toContain(words);
    }
  });
});

describe('images', () => {
  test('images-no-alt: images without alt get an empty one', () => {
    expect(all(post('images-no-alt').dom, 'img').map((i) => i.getAttribute('alt'))).toEqual(['', '']);
  });

  test('images-wp-dimensions: -WxH file names give width and height; explicit ones are kept', () => {
    const sizes = all(post('images-wp-dimensions').dom, 'img').map((i) => [i.getAttribute('width'), i.getAttribute('height')]);
    expect(sizes).toEqual([
      ['300', '229'],
      ['1024', '768'],
      ['640', '480'],
    ]);
  });

  test('images-legacy-align: align becomes a class; hspace, vspace, border, align are gone', () => {
    const imgs = all(post('images-legacy-align').dom, 'img');
    expect(imgs.map((i) => classes(i).find((c) => c.startsWith('align-')))).toEqual(['align-left', 'align-right', 'align-center']);
    for (const img of imgs) for (const attr of ['align', 'hspace', 'vspace', 'border']) expect(img.hasAttribute(attr), attr).toBe(false);
  });

  test('images-linked: images wrapped in links stay wrapped', () => {
    const { dom } = post('images-linked');
    expect(one(dom, 'a[href="/wp-content/uploads/2020/01/big.jpg"] > img').getAttribute('alt')).toBe('Big');
    expect(one(dom, 'a[href="https://www.flickr.com/photos/someone/123/"] > img').getAttribute('alt')).toBe('Markdown in a link');
  });

  test('images-remote-hosts: imgur, flickr and Wayback Machine images keep their sources', () => {
    const imgs = all(post('images-remote-hosts').dom, 'img');
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual([
      'https://i.imgur.com/abc123.jpg',
      'https://farm5.staticflickr.com/4/5_abc_z.jpg',
      'https://web.archive.org/web/2012/http://bodies.example/wp-content/uploads/2011/03/old-300x229.jpg',
      'http://legacy-cdn.bodies-example.net/2011/old.jpg',
    ]);
    expect([imgs[2]!.getAttribute('width'), imgs[2]!.getAttribute('height')]).toEqual(['300', '229']);
  });

  test('images-remote-hosts: images still on plain http are kept and listed (the CSP allows http: images for them)', () => {
    const { dom, entry } = post('images-remote-hosts');
    expect(one(dom, 'picture > img').getAttribute('src')).toBe('http://legacy-cdn.bodies-example.net/2011/old.jpg');
    expect(entry.insecureImages).toEqual(['http://legacy-cdn.bodies-example.net/2011/old.webp', 'http://legacy-cdn.bodies-example.net/2011/old.jpg']);
    // A Wayback Machine URL holding `http://` further on is served over https.
    for (const [slug, other] of everyPost()) if (slug !== 'images-remote-hosts') expect(other.entry.insecureImages, slug).toEqual([]);
  });
});

describe('entities and characters', () => {
  test('entities: decoded once', () => {
    const { dom } = post('entities');
    expect(all(dom, 'p').map((p) => p.textContent)).toEqual([
      'Launch day 🚀 – it’s here & ready © 2020.',
      'Non\u00a0breaking, "quoted", “curly” and more… — “smart” ‘quotes’ typed directly.',
    ]);
  });

  test('entities-double-escaped: &amp;#8217; shows as &#8217;', () => {
    expect(visible(post('entities-double-escaped').dom)).toBe('Written as &#8217; in the export, and &amp; too.');
  });

  test('cjk-zero-width: CJK text and zero-width characters survive', () => {
    const text = post('cjk-zero-width').dom.textContent ?? '';
    expect(text).toContain('東京のスタートアップ、新しい資金調達。中文测试。한국어 텍스트.');
    expect(text).toContain('zero\u200bwidth and joi\u200dner.');
  });

  test('title-entities: the title is decoded once', () => {
    expect(post('title-entities').entry.title).toBe('It’s 🚀 launch day & more &#8217;');
  });

  test('angle-text-not-html: <X Days>, a mailto autolink and a "< " line stay visible', () => {
    const { dom } = post('angle-text-not-html');
    expect(all(dom, 'p').map(visible)).toEqual([
      'Only <X Days> left until launch.',
      'Write to name@example.com today.',
      '< this line starts with an angle bracket',
      'Maths in prose: 3 < 5 > 2.',
    ]);
    expect(one(dom, 'a').getAttribute('href')).toBe('mailto:name@example.com');
  });
});

describe('math', () => {
  test('math-mathjax: mathjax: true typesets $$…$$, \\(…\\) and a display block', () => {
    const { dom, entry } = post('math-mathjax');
    expect(all(dom, '.katex').length).toBe(3);
    expect(textOutsideMath(dom)).not.toMatch(/\$\$|\\\(/);
    expect(entry.html).not.toContain('$$');
  });

  test('math-front-matter-math: math: true typesets too', () => {
    expect(all(post('math-front-matter-math').dom, '.katex').length).toBe(1);
  });

  test('math-off-money: on a site without math a dollar sign is money', () => {
    const { dom, entry } = post('math-off-money');
    expect(entry.html).not.toContain('katex');
    expect(visible(dom)).toBe('Tickets cost $400-$600, or $5 at the door, and $$ signs stay.');
  });

  test('no post without math in its front matter is typeset', () => {
    const typeset = [...rendered].filter(([, r]) => r.entry.html.includes('katex')).map(([slug]) => slug).sort();
    expect(typeset).toEqual(['math-front-matter-math', 'math-mathjax']);
  });

  function textOutsideMath(dom: DocumentFragment): string {
    const copy = dom.cloneNode(true) as DocumentFragment;
    for (const math of all(copy, '.katex')) math.remove();
    return visible(copy);
  }
});

describe('Markdown and raw HTML', () => {
  test('gfm-table', () => {
    const { dom } = post('gfm-table');
    expect(all(one(dom, 'table'), 'th').map(visible)).toEqual(['Year', 'Posts']);
    expect(all(dom, 'tbody tr').map((tr) => all(tr, 'td').map(visible))).toEqual([
      ['2019', '51'],
      ['2020', '64'],
    ]);
  });

  test('gfm-strikethrough', () => {
    expect(visible(one(post('gfm-strikethrough').dom, 'del'))).toBe('$600');
  });

  test('hard-breaks: two trailing spaces give <br>', () => {
    const p = one(post('hard-breaks').dom, 'p');
    expect(all(p, 'br').length).toBe(2);
    expect(visible(p)).toBe('Line one line two line three');
  });

  test('horizontal-rule: * * * is an <hr>', () => {
    const { dom } = post('horizontal-rule');
    expect(all(dom, 'hr').length).toBe(1);
    expect(all(dom, 'p').map(visible)).toEqual(['Above the rule.', 'Below the rule.']);
  });

  test('raw-definition-list', () => {
    const dl = one(post('raw-definition-list').dom, 'dl');
    expect(all(dl, 'dt').map(visible)).toEqual(['Term', 'Other term']);
    expect(all(dl, 'dd').map(visible)).toEqual(['Its definition.', 'Another definition.']);
  });

  test('raw-sup-cite', () => {
    const { dom } = post('raw-sup-cite');
    expect(visible(one(dom, 'sup'))).toBe('2');
    expect(visible(one(dom, 'cite'))).toBe('A Famous Paper');
  });

  test('raw-figure', () => {
    const figure = one(post('raw-figure').dom, 'figure');
    expect(one(figure, 'img').getAttribute('src')).toBe('/wp-content/uploads/2020/01/fig.jpg');
    expect(visible(one(figure, 'figcaption'))).toBe('A figure caption');
  });

  test('raw-inline-svg: basic shapes and text kept, the handler gone', () => {
    const { dom } = post('raw-inline-svg');
    const svg = one(dom, 'svg');
    for (const shape of ['rect', 'circle', 'line', 'path', 'polygon', 'text']) expect(all(svg, shape).length, shape).toBe(1);
    expect(svg.getAttribute('viewBox')).toBe('0 0 100 50');
    expect(one(svg, 'circle').hasAttribute('onclick')).toBe(false);
    expect(visible(one(svg, 'text'))).toBe('SVG text');
  });

  test('raw-html-blocks: paragraphs, links, quotes, lists, divs and <br> kept; style dropped', () => {
    const { dom } = post('raw-html-blocks');
    expect(one(dom, 'a').getAttribute('href')).toBe('https://example.com/raw');
    expect(visible(one(dom, 'blockquote'))).toBe('A raw quote.');
    expect(all(dom, 'ul > li').map(visible)).toEqual(['raw one', 'raw two']);
    expect(all(dom, 'ol > li').map(visible)).toEqual(['first']);
    expect(visible(dom)).toContain('Inside a div');
    expect(all(dom, 'br').length).toBe(2);
    none(dom, '[style]');
  });

  test('dangerous-markup: the live script and the handler are gone, the text stays', () => {
    const { dom, entry } = post('dangerous-markup');
    expect(entry.html).not.toMatch(/<script|onmouseover|__pwned/i);
    expect(all(dom, 'p').map(visible)).toEqual(['Before the script.', 'Hover text', 'After the script.']);
  });
});

describe('site settings', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'wp-bodies-settings-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A small export under a `_config.yml` with `settings`: copies of wp-bodies posts, plus posts written here. */
  async function underSettings(
    name: string,
    settings: string,
    copies: string[],
    written: Record<string, string> = {},
  ): Promise<Map<string, DocumentFragment>> {
    const site = path.join(dir, name);
    mkdirSync(path.join(site, '_posts'), { recursive: true });
    writeFileSync(path.join(site, '_config.yml'), `title: Settings copy\nurl: https://bodies.example\npaginate: 10\n${settings}\n`);
    const files = new Map<string, string>();
    const { posts } = readInventory(BODIES_DIR);
    for (const slug of copies) {
      const file = posts.find((m) => m.url === `/${slug}/`)!.file;
      copyFileSync(path.join(BODIES_DIR, file), path.join(site, file));
      files.set(slug, file);
    }
    for (const [slug, body] of Object.entries(written)) {
      const file = `_posts/2020-06-01-${slug}.md`;
      writeFileSync(path.join(site, file), `---\ntitle: ${slug}\ndate: 2020-06-01T09:00:00+00:00\npermalink: /${slug}/\n---\n${body}`);
      files.set(slug, file);
    }
    const out = new Map<string, DocumentFragment>();
    for (const [slug, file] of files) out.set(slug, JSDOM.fragment((await renderFile(site, file)).html));
    return out;
  }

  test('indented_code: true makes indented text code', async () => {
    const posts = await underSettings('indented', 'indented_code: true', ['indented-code-sample', 'indented-prose']);
    expect(all(posts.get('indented-code-sample')!, 'pre > code')[0]?.textContent).toBe(
      'function greet(name) {\n  return "Hello, " + name;\n}\n',
    );
    expect(all(posts.get('indented-prose')!, 'pre > code').length).toBe(1);
  });

  test('math: true typesets posts that do not ask for it themselves', async () => {
    const posts = await underSettings('math', 'math: true', ['hashtag-line'], {
      'site-math': 'The famous $$E=mc^2$$ and \\(a^2\\).\n',
    });
    expect(all(posts.get('site-math')!, '.katex').length).toBe(2);
    none(posts.get('hashtag-line')!, '.katex');
  });

  test('without math: true the same post is not typeset', async () => {
    const posts = await underSettings('no-math', '', [], { 'site-math': 'The famous $$E=mc^2$$ and \\(a^2\\).\n' });
    expect(posts.get('site-math')!.textContent).not.toContain('katex');
    none(posts.get('site-math')!, '.katex');
  });
});

describe('the build report', () => {
  /**
   * bodyReport reads the generated store. The store is written here from the real entries of wp-bodies (what
   * Contentlayer's computed fields hold), so the report is checked without running Contentlayer.
   */
  let lines: string[];
  beforeAll(() => {
    const generated = mkdtempSync(path.join(tmpdir(), 'wp-bodies-generated-'));
    try {
      writeStore(generated, [...rendered.values()].map(({ entry }) => entry));
      lines = bodyReport(readInventory(BODIES_DIR), generated, isServedMediaIn(BODIES_DIR));
    } finally {
      rmSync(generated, { recursive: true, force: true });
    }
  });
  /** What the report says about one post, without the file name that starts each of its lines. */
  const linesOf = (slug: string) => {
    const prefix = `${post(slug).entry.file}:`;
    return lines.filter((line) => line.startsWith(prefix)).map((line) => line.slice(prefix.length));
  };

  test('names every post that lost shortcodes, with the shortcodes', () => {
    const reported = [...rendered.keys()].filter((slug) => linesOf(slug).some((l) => /shortcode/.test(l))).sort();
    expect(reported).toEqual([
      'shortcode-contact-form-7',
      'shortcode-enclosing-unknown',
      'shortcode-gallery',
      'shortcode-wpforms',
      'shortcodes-several',
    ]);
    const several = linesOf('shortcodes-several').join('\n');
    for (const name of ['gallery', 'contact-form-7', 'wpforms']) expect(several).toContain(name);
  });

  test('lists internal links that lead nowhere, and not the ones that resolve', () => {
    // The caption links its image to an upload the fixture does not have.
    expect(linesOf('caption-shortcode').join('\n')).toContain('/wp-content/uploads/2020/01/x.jpg');
    const missing = linesOf('links-missing-page').join('\n');
    expect(missing).toContain('/deleted-post/');
    expect(missing).not.toContain('/links-own-domain/');
    const own = linesOf('links-own-domain').join('\n');
    for (const link of ['/about-us/', '/2019/05/old-post/', '/contact/', '/wp-content/uploads/2020/01/file.pdf', '/tag/news/']) {
      expect(own).toContain(link);
    }
  });

  test('says nothing about posts with neither', () => {
    for (const slug of ['entities', 'heading-ids-anchors', 'shortcodes-in-code', 'brackets-not-shortcodes', 'hashtag-line']) {
      expect(linesOf(slug), slug).toEqual([]);
    }
  });
});
