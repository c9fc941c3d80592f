/**
 * Every text pass over a body runs in linear time: a megabyte made of one pathological piece, repeated, goes
 * through the whole per-document path the build takes (front matter, renderMarkdown, excerpt and reading time in
 * toEntry, the feed's HTML, the search page) within a bound a quadratic pass would blow by far (these bodies
 * took from seconds to hours before). The bound is generous, for a slow CI machine; the timings themselves are
 * in bench/pathological.mjs. Each test also checks the text came out, so none passes by rendering nothing.
 *
 * Then: the characters hidden from the parser (lib/markdown/inert.ts) change no output; the long-line limit
 * (lib/markdown/long-lines.ts) cuts only what it should; the text passes stay linear on their own worst inputs.
 */
import { describe, expect, test } from 'vitest';
import { escapeTextInBrackets } from '../../lib/markdown/angle-text';
import { maskCode } from '../../lib/markdown/code-mask';
import { hideInert } from '../../lib/markdown/inert';
import { removeAttributeLists } from '../../lib/markdown/kramdown';
import { LONG_LINE } from '../../lib/markdown/long-lines';
import { renderMarkdown } from '../../lib/markdown/pipeline';
import { replaceShortcodes } from '../../lib/markdown/shortcodes';
import { lines, MB, PATHOLOGICAL_SITE, repeat, throughTheBuild } from '../helpers/pathological';

/** Far above the linear cost (a few hundred ms on the 2-core machine), far below a quadratic one (minutes). */
const BOUND_MS = 10_000;
const TIMEOUT = 60_000;
const SITE = PATHOLOGICAL_SITE;

/** Text of the HTML without tags and character references, for "is the text still there". */
const visible = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&#x3C;/g, '<').replace(/&#x26;/g, '&').replace(/&#x22;/g, '"');

describe('a megabyte of one piece goes through the whole document path in linear time', () => {
  test('`<a ` repeated: kept as text, escaped (a line that long is shown as plain text, and reported)', { timeout: TIMEOUT }, async () => {
    const body = repeat('<a ');
    const { entry, ms } = await throughTheBuild(body);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(entry.html.startsWith('<p>&#x3C;a &#x3C;a ')).toBe(true);
    expect(visible(entry.html)).toBe(`${body.trim()}`);
    expect(entry.longLines).toEqual([body.length]);
    expect(entry.readingMinutes).toBeGreaterThan(100);
  });

  test('`<a ` repeated on lines of 80: a paragraph of text, every `<` escaped', { timeout: TIMEOUT }, async () => {
    const body = lines('<a ', MB / 4);
    const { entry, ms } = await throughTheBuild(body);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(entry.html).not.toMatch(/<a[\s>]/);
    // Every `<a ` but the last of each line (whose space ends the line, and goes) is there as text.
    const endingLines = body.split('<a \n').length - 1;
    expect(entry.html.split('&#x3C;a ').length - 1).toBe(body.split('<a ').length - 1 - endingLines);
    expect(entry.html.split('&#x3C;a\n').length - 1).toBe(endingLines);
    expect(entry.longLines).toEqual([]);
  });

  test('`#` and a million spaces: an empty heading', { timeout: TIMEOUT }, async () => {
    const { entry, ms } = await throughTheBuild(`#${' '.repeat(MB - 1)}`);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(entry.html).toBe('<h2></h2>');
  });

  test('`#` and a million spaces, then text: a heading with the text', { timeout: TIMEOUT }, async () => {
    const { entry, ms } = await throughTheBuild(`#${' '.repeat(MB)}Title {.western}`);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(entry.html).toContain('>Title<a class="heading-anchor"');
  });

  test('`# ` repeated: one heading of `#`s', { timeout: TIMEOUT }, async () => {
    const { entry, ms } = await throughTheBuild(repeat('# '));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(entry.html.startsWith('<h2 id="')).toBe(true);
    // The opening `#` and the closing one go; the 499,998 between stay, with their spaces.
    expect(entry.html).toContain(`>${'# '.repeat(499_997)}#<a class="heading-anchor"`);
  });

  test('`# ` repeated on lines of 80: a heading per line', { timeout: TIMEOUT }, async () => {
    const { entry, ms } = await throughTheBuild(lines('# ', MB / 4));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(entry.html.split('<h2').length - 1).toBe(Math.ceil(MB / 4 / 79));
  });

  test('`[` repeated: the brackets, as text', { timeout: TIMEOUT }, async () => {
    const { entry, ms } = await throughTheBuild(repeat('['));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(entry.html).toBe(`<p>${'['.repeat(MB)}</p>`);
  });

  test('`[` and `]` repeated on lines of 80 (one paragraph, no line cut): the brackets, as text', { timeout: TIMEOUT }, async () => {
    for (const bracket of ['[', ']']) {
      const body = lines(bracket);
      const { entry, ms } = await throughTheBuild(body);
      expect(ms).toBeLessThan(BOUND_MS);
      expect(entry.longLines).toEqual([]);
      expect(entry.html).toBe(`<p>${body.trimEnd()}</p>`);
    }
  });

  test('`{:` repeated: text', { timeout: TIMEOUT }, async () => {
    const { entry, ms } = await throughTheBuild(repeat('{:'));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(entry.html).toBe(`<p>${'{:'.repeat(MB / 2)}</p>`);
  });

  test('`{:` repeated on lines of 80, and an attribute list whose values never end', { timeout: TIMEOUT }, async () => {
    for (const body of [lines('{:'), `# H {: ${repeat('a="x" ', MB)}!`, repeat('{: a={: ')]) {
      const { entry, ms } = await throughTheBuild(body);
      expect(ms).toBeLessThan(BOUND_MS);
      expect(entry.html.length).toBeGreaterThan(MB / 2);
    }
  });

  test.each([
    ['`[gallery ` (a shortcode never closed)', '[gallery ', 'gallery'],
    ['`[caption` (a caption never closed)', '[caption', 'caption'],
    ['`[embed` (an embed never closed)', '[embed', 'embed'],
    ['`<img src=` (a tag never closed)', '<img src=', 'img src='],
    ['`<X Days> ` (text in angle brackets)', '<X Days> ', 'X Days'],
    ['tabs', '\t', ''],
  ])('%s', { timeout: TIMEOUT }, async (_, piece, text) => {
    // (Lines are parsed as Markdown in full, at several microseconds a character: half a megabyte of them.)
    for (const body of [repeat(piece), lines(piece, MB / 2)]) {
      const { entry, ms } = await throughTheBuild(body);
      expect(ms).toBeLessThan(BOUND_MS);
      if (text) expect(entry.html.split(text).length).toBeGreaterThan(1000);
    }
  });

  test('`\\[` and `\\(` never closed, with math on', { timeout: TIMEOUT }, async () => {
    for (const piece of ['\\[', '\\(']) {
      const { entry, ms } = await throughTheBuild(lines(piece, MB / 2), { ...SITE, math: true });
      expect(ms).toBeLessThan(BOUND_MS);
      expect(entry.html.split(piece[1]!).length).toBeGreaterThan(100_000);
    }
  });

  test('HTML blocks holding Markdown, each parsed again: short blocks, and blocks over the limit (left as they are)', { timeout: TIMEOUT }, async () => {
    // (Four thousand blocks, each as many nodes as a paragraph: as long to render as that many paragraphs.)
    const short = await throughTheBuild(repeat('<div>*a* [b](/c)</div>\n\n', MB / 10));
    expect(short.ms).toBeLessThan(BOUND_MS);
    expect(short.entry.html.split('<em>a</em>').length - 1).toBe(Math.ceil(MB / 10 / 24));
    for (const piece of ['_a ', '*', '](', '\\[', '`']) {
      const { entry, ms } = await throughTheBuild(`<div>${repeat(piece, MB / 2)}</div>`);
      expect(ms).toBeLessThan(BOUND_MS);
      expect(entry.html.length).toBeGreaterThan(MB / 4);
    }
    // Under the limit: one block of many lines.
    const { entry, ms } = await throughTheBuild(`<div>${lines('_a ', LONG_LINE - 100)}</div>`);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(entry.html).toContain('_a _a');
  });

  test('media shortcodes: many players, and one never closed', { timeout: TIMEOUT }, async () => {
    // (Each player is a block of five elements: a hundred kilobytes of them is five thousand players.)
    for (const body of [repeat('[video src="/a.mp4"] ', MB / 10), repeat('[audio mp3="/a.mp3"][/audio]'), repeat('[video]x'), repeat('[[video]] '), `[video src="/a.mp4"]${repeat('x [/audio] ')}`]) {
      const { entry, ms } = await throughTheBuild(body);
      expect(ms).toBeLessThan(BOUND_MS);
      expect(entry.html.length).toBeGreaterThan(1000);
    }
  });

  test('`\\(a\\)` repeated, with math on: every formula checked and typeset', { timeout: TIMEOUT }, async () => {
    const { entry, ms } = await throughTheBuild(lines('\\(a\\) ', MB / 20), { ...SITE, math: true });
    expect(ms).toBeLessThan(BOUND_MS);
    expect(entry.html.split('class="katex"').length).toBeGreaterThan(5000);
  });

  test('removed iframes and tracking pixels in one paragraph go in one pass', { timeout: TIMEOUT }, async () => {
    for (const piece of ['<iframe src="https://evil.example/"></iframe>', '<img src=x width=1 height=1>']) {
      const { entry, ms } = await throughTheBuild(`<p>${repeat(piece, MB / 2)}</p>`);
      expect(ms).toBeLessThan(BOUND_MS);
      expect(entry.html).toBe('<p></p>');
    }
  });
});

describe('the text passes alone, on their own worst inputs', () => {
  const timed = (fn: () => unknown) => {
    const started = performance.now();
    fn();
    return performance.now() - started;
  };

  test('code masking: backtick runs, unclosed <code> and <pre, fences', () => {
    for (const body of [repeat('`a'), repeat('``a`'), repeat('<code>'), repeat('<pre'), repeat('```\n'), `\n${repeat('`')}`,
      Array.from({ length: 1400 }, (_, i) => `${'`'.repeat(1400 - i)}a`).join('')]) {
      expect(timed(() => {
        const masked = maskCode(body, true);
        expect(masked.unmask(masked.text)).toBe(body);
      })).toBeLessThan(BOUND_MS);
    }
  });

  test('a placeholder written in a code sample is shown as written, not expanded (nor expanded forever)', async () => {
    const sample = '```\n\uE0000\uE001 and \uE0010\uE002\n```';
    const masked = maskCode(sample, false);
    expect(masked.unmask(masked.text)).toBe(sample);
    const { html } = await renderMarkdown(sample);
    expect(html).toContain('\uE0000\uE001 and \uE0010\uE002');
  });

  test('shortcodes, attribute lists, angle brackets: each a megabyte of its worst piece', () => {
    const cases: [(text: string) => unknown, string[]][] = [
      [replaceShortcodes, ['[gallery ', '[caption', '[embed', '[embed]x y', '[a x=1]', '[', '[caption]![', '[caption][![a](b)](', '[video ', '[video src="', '[[gallery]', '[caption][<img ', '[video a="a="', '[[a k=v] ', '[[su_box]x']],
      [removeAttributeLists, ['{: a="x" ', '{: a={: ', '{.a ', '#\t']],
      [escapeTextInBrackets, ['<a ', '<a x="', '<a x=<a ', '<', '<X Days> ', '<a title="x>y" ']],
    ];
    for (const [pass, pieces] of cases) for (const piece of pieces) expect(timed(() => pass(repeat(piece)))).toBeLessThan(BOUND_MS);
  });

  test('an attribute list with many quoted values is still removed, and quickly (it was exponential)', () => {
    const list = `{: ${'a="x" '.repeat(40)}}`;
    expect(removeAttributeLists(`# Title ${list}`)).toBe('# Title');
    expect(timed(() => removeAttributeLists(`{: ${'a="x" '.repeat(40)}!`))).toBeLessThan(1000);
  });
});

describe('characters hidden from the parser change nothing', () => {
  const same = async (markdown: string, expected: string) => expect((await renderMarkdown(markdown)).html).toBe(expected);

  test('hideInert hides only brackets that can pair with nothing, and heading marks between `#`s', () => {
    expect(hideInert('a [b] c').originals.size).toBe(0);
    expect(hideInert('a [b c').text).not.toContain('[');
    expect(hideInert('a ] b [c]').text).not.toMatch(/^a \]/);
    expect(hideInert('# C# and F# #').text).toBe('# C# and F# #');
    expect(hideInert('# # # #').text).not.toBe('# # # #');
  });

  test('brackets that pair, and links, are untouched', async () => {
    await same('[a [b] c](/x) and [d]', '<p><a href="/x">a [b] c</a> and [d]</p>');
    await same('[[[x]]](/y)', '<p><a href="/y">[[x]]</a></p>');
  });

  test('brackets next to bare URLs and addresses: as they were', async () => {
    await same('[ see www.example.com', '<p>[ see <a href="http://www.example.com">www.example.com</a></p>');
    await same('x [ a@b.co', '<p>x [ <a href="mailto:a@b.co">a@b.co</a></p>');
    await same(
      'see https://example.com/a]b and www.example.com/[x',
      '<p>see <a href="https://example.com/a%5Db">https://example.com/a]b</a> and <a href="http://www.example.com/%5Bx">www.example.com/[x</a></p>',
    );
  });

  test('escaped brackets stay escaped', async () => {
    await same('\\[ a \\] b', '<p>[ a ] b</p>');
  });

  test('heading text keeps its `#`s, entities and closing sequence', async () => {
    await same('# C# and F# # notes', '<h2 id="c-and-f--notes">C# and F# # notes<a class="heading-anchor" aria-label="Link to this section" href="#c-and-f--notes">#</a></h2>');
    await same('# a &#35; b #', '<h2 id="a--b">a # b<a class="heading-anchor" aria-label="Link to this section" href="#a--b">#</a></h2>');
    await same('# # # #', '<h2 id="-"># #<a class="heading-anchor" aria-label="Link to this section" href="#-">#</a></h2>');
  });

  test('hidden characters are put back in code, math and raw HTML', async () => {
    const { html } = await renderMarkdown('`a [b` and <span title="x ] y">z</span>\n\n```\n# # #\n```', { math: true });
    expect(html).toContain('<code>a [b</code>');
    expect(html).toContain('title="x ] y"');
    expect(html).toContain('# # #');
    const math = await renderMarkdown('$$a ] b$$', { math: true });
    expect(math.html).toContain('<annotation encoding="application/x-tex">a ] b</annotation>');
  });
});

describe('the long-line limit', () => {
  const long = (piece: string) => repeat(piece, LONG_LINE + 10);

  test('a paragraph written as one line over the limit is shown as its text, and reported', async () => {
    const line = long('a *b* [c](/d) ');
    const { html, longLines } = await renderMarkdown(`Before.\n\n${line}\n\nAfter *too*.`);
    expect(longLines).toEqual([line.length]);
    expect(html).toContain(`<p>${line.trim().replace(/&/g, '&#x26;')}</p>`);
    expect(html).toContain('<p>After <em>too</em>.</p>');
  });

  test('one line under the limit is Markdown as usual', async () => {
    const { html, longLines } = await renderMarkdown(`${repeat('word ', LONG_LINE - 10)} *a*`);
    expect(longLines).toEqual([]);
    expect(html).toContain('<em>a</em>');
  });

  test('HTML, headings, lists, quotes, code and lines within a paragraph are never cut', async () => {
    for (const body of [long('<b>x</b> '), `# ${long('a ')}`, `- ${long('a ')}`, `> ${long('a ')}`, `\`\`\`\n${long('a ')}\n\`\`\``,
      `<div>\n${long('a ')}\n</div>`, `first line\n${long('a ')}`, `${long('a ')}\nlast line`, `<textarea>\n\n${long('a ')}`]) {
      expect((await renderMarkdown(body)).longLines).toEqual([]);
    }
  });

  test('the build report names the post', async () => {
    const { bodyReport } = await import('../../lib/content/generated/verify');
    expect(bodyReport.toString()).toContain('shown as plain text');
  });
});
