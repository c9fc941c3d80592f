/**
 * renderMarkdown on each shape issue 19 names (items 2, 3 and 4), input -> the exact HTML: Markdown the exporter
 * left inside raw HTML, the embed codes of X, Instagram, TikTok and Facebook, Gutenberg's blocks, media
 * (`srcset`, `<picture>`, `<video>`, `<audio>`, their shortcodes) and math only when it is math. The same shapes,
 * as posts, are tests/fixtures/fidelity-site's 2024-05 posts (seen in a browser by tests/e2e/fidelity-bodies.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../lib/markdown/pipeline';

const U = '/wp-content/uploads/2024/05';

describe('no markup shown as text: Markdown inside raw HTML', () => {
  test('a linked image in a raw <figure> (the exporter’s linked, captioned image) is a linked image with its caption', async () => {
    const r = await renderMarkdown(`<figure class="wp-caption aligncenter">[<img src="${U}/a-300x200.png" alt="A" />](https://example.org/a/)<figcaption class="wp-caption-text">The *caption*</figcaption></figure>`);
    expect(r.html).toBe('<figure class="wp-caption aligncenter"><a href="https://example.org/a/"><img src="/wp-content/uploads/2024/05/a-300x200.png" alt="A" loading="lazy" decoding="async" width="300" height="200"></a><figcaption>The <em>caption</em></figcaption></figure>');
  });
  test('a Markdown linked image in an image block, with a bold caption', async () => {
    const r = await renderMarkdown(`<figure class="wp-block-image size-large">[![Alt](${U}/a.png)](https://example.org/a/)<figcaption class="wp-element-caption">A **bold** caption</figcaption></figure>`);
    expect(r.html).toBe('<figure class="wp-block-image"><a href="https://example.org/a/"><img src="/wp-content/uploads/2024/05/a.png" alt="Alt" loading="lazy" decoding="async"></a><figcaption class="wp-element-caption">A <strong>bold</strong> caption</figcaption></figure>');
  });
  test('a Markdown link around a raw <img> in a [caption] is the figure’s linked image', async () => {
    const r = await renderMarkdown(`[caption id="attachment_1" align="alignright" width="300"][<img src="${U}/a.png" alt="A" />](https://example.org/a/) Caption text[/caption]`);
    expect(r.html).toBe('<figure class="wp-caption alignright"><a href="https://example.org/a/"><img src="/wp-content/uploads/2024/05/a.png" alt="A" loading="lazy" decoding="async"></a><figcaption>Caption text</figcaption></figure>');
  });
  test('a classic editor linked image keeps WordPress’s alignment class, only that one', async () => {
    const r = await renderMarkdown(`<a href="${U}/a.png"><img class="alignright size-medium wp-image-42" src="${U}/a-300x200.png" alt="A" /></a>`);
    expect(r.html).toBe('<p><a href="/wp-content/uploads/2024/05/a.png"><img class="alignright" src="/wp-content/uploads/2024/05/a-300x200.png" alt="A" loading="lazy" decoding="async" width="300" height="200"></a></p>');
  });
  test('between Gutenberg comments', async () => {
    const r = await renderMarkdown(`<!-- wp:image -->\n<figure class="wp-block-image">[![A](${U}/a.png)](https://example.org/a/)</figure>\n<!-- /wp:image -->`);
    expect(r.html).toBe('\n<figure class="wp-block-image"><a href="https://example.org/a/"><img src="/wp-content/uploads/2024/05/a.png" alt="A" loading="lazy" decoding="async"></a></figure>\n');
  });
  test('emphasis, code, a link, a hard break and escapes inside a <div>', async () => {
    const r = await renderMarkdown(`<div class="wp-block-group">**Bold**, _em_, \`code\` and [a link](https://example.org/).  \nNext line, \\*not em\\*.</div>`);
    expect(r.html).toBe('<div class="wp-block-group"><strong>Bold</strong>, <em>em</em>, <code>code</code> and <a href="https://example.org/">a link</a>.<br>\nNext line, *not em*.</div>');
  });
  test('a link inside a raw <p>', async () => {
    const r = await renderMarkdown(`<p style="text-align:center">Centred [link](https://example.org/).</p>`);
    expect(r.html).toBe('<p>Centred <a href="https://example.org/">link</a>.</p>');
  });
  test('a block with no Markdown in its text is left as it is', async () => {
    const r = await renderMarkdown(`<div class="wp-block-group"><p>snake_case stays</p></div>`);
    expect(r.html).toBe('<div class="wp-block-group"><p>snake_case stays</p></div>');
  });
  test('a block holding code is never parsed as Markdown', async () => {
    const r = await renderMarkdown(`<div><pre>a *b* c</pre></div>`);
    expect(r.html).toBe('<div><pre>a *b* c</pre></div>');
  });
  test('a block inside a quote', async () => {
    const r = await renderMarkdown(`> <div>**x**</div>`);
    expect(r.html).toBe('<blockquote>\n<div><strong>x</strong></div>\n</blockquote>');
  });
});

describe('embeds of X, Instagram, TikTok and Facebook: styled quotes with a link, no script', () => {
  test('an Instagram blockquote with a valueless data- attribute, its logo and empty boxes', async () => {
    const r = await renderMarkdown(`<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/B1a2/" style="background:#FFF"><div style="padding:16px;"><a href="https://www.instagram.com/p/B1a2/" target="_blank"><div style="height:40px"></div><div><svg width="50px" viewBox="0 0 60 60"><path d="M1 1"></path></svg></div><div>View this post on Instagram</div></a></div></blockquote> <script async src="//www.instagram.com/embed.js"></script>`);
    expect(r.html).toBe('<blockquote class="embed-quote embed-instagram"><div><a href="https://www.instagram.com/p/B1a2/" target="_blank" rel="noopener noreferrer"><div>View this post on Instagram</div></a></div></blockquote> ');
  });
  test('a TikTok blockquote gets a link to the video from its cite', async () => {
    const r = await renderMarkdown(`<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@scout/video/6718335390845095173" data-video-id="6718335390845095173" style="max-width: 605px;" > <section> <a target="_blank" title="@scout" href="https://www.tiktok.com/@scout?refer=embed">@scout</a> Guess my name </section> </blockquote> <script async src="https://www.tiktok.com/embed.js"></script>`);
    expect(r.html).toBe('<blockquote class="embed-quote embed-tiktok" cite="https://www.tiktok.com/@scout/video/6718335390845095173"> <section> <a target="_blank" title="@scout" href="https://www.tiktok.com/@scout?refer=embed" rel="noopener noreferrer">@scout</a> Guess my name </section> <p><a href="https://www.tiktok.com/@scout/video/6718335390845095173">https://www.tiktok.com/@scout/video/6718335390845095173</a></p></blockquote> ');
  });
  test('a Facebook post blockquote', async () => {
    const r = await renderMarkdown(`<div class="fb-post" data-href="https://www.facebook.com/page/posts/1"><blockquote cite="https://www.facebook.com/page/posts/1" class="fb-xfbml-parse-ignore">Posted by <a href="https://www.facebook.com/page">Page</a></blockquote></div>`);
    expect(r.html).toBe('<div><blockquote cite="https://www.facebook.com/page/posts/1" class="embed-quote embed-facebook">Posted by <a href="https://www.facebook.com/page">Page</a><p><a href="https://www.facebook.com/page/posts/1">https://www.facebook.com/page/posts/1</a></p></blockquote></div>');
  });
  test('a Facebook plugin iframe', async () => {
    const r = await renderMarkdown(`<iframe src="https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fpage%2Fposts%2F2&width=500" width="500"></iframe>`);
    expect(r.html).toBe('<blockquote class="embed-quote embed-facebook"><p><a href="https://www.facebook.com/page/posts/2">https://www.facebook.com/page/posts/2</a></p></blockquote>');
  });
  test('an Instagram embed iframe', async () => {
    const r = await renderMarkdown(`<iframe src="https://www.instagram.com/p/B1a2/embed/captioned/" width="400"></iframe>`);
    expect(r.html).toBe('<blockquote class="embed-quote embed-instagram"><p><a href="https://www.instagram.com/p/B1a2/">https://www.instagram.com/p/B1a2/</a></p></blockquote>');
  });
  test('an X (Twitter) blockquote with its script on the next line', async () => {
    const r = await renderMarkdown(`<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Hello</p>&mdash; A (@a) <a href="https://x.com/a/status/1">May 1</a></blockquote>\n<script async src="https://platform.twitter.com/widgets.js"></script>`);
    expect(r.html).toBe('<blockquote class="embed-quote embed-tweet"><p lang="en" dir="ltr">Hello</p>— A (@a) <a href="https://x.com/a/status/1">May 1</a></blockquote>\n');
  });
  test('a tweet URL alone on a line', async () => {
    const r = await renderMarkdown(`https://twitter.com/a/status/12345`);
    expect(r.html).toBe('<blockquote class="embed-quote embed-tweet"><p><a href="https://twitter.com/a/status/12345">https://twitter.com/a/status/12345</a></p></blockquote>');
  });
});

describe('Gutenberg blocks keep their content and classes', () => {
  test('an embed block of a YouTube URL is the player', async () => {
    const r = await renderMarkdown(`<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n</div><figcaption class="wp-element-caption">Cap</figcaption></figure>`);
    expect(r.html).toBe('<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper"><div class="embed embed-video"><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video" loading="lazy" allow="accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen" allowfullscreen referrerpolicy="strict-origin-when-cross-origin"></iframe></div></div><figcaption class="wp-element-caption">Cap</figcaption></figure>');
  });
  test('an embed block of a tweet is the styled quote', async () => {
    const r = await renderMarkdown(`<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\nhttps://twitter.com/a/status/1\n</div></figure>`);
    expect(r.html).toBe('<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper"><blockquote class="embed-quote embed-tweet"><p><a href="https://twitter.com/a/status/1">https://twitter.com/a/status/1</a></p></blockquote></div></figure>');
  });
  test('an embed block of another URL is a link', async () => {
    const r = await renderMarkdown(`<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://example.org/post/\n</div></figure>`);
    expect(r.html).toBe('<figure class="wp-block-embed"><div class="wp-block-embed__wrapper"><p><a href="https://example.org/post/">https://example.org/post/</a></p></div></figure>');
  });
  test('an embed block of a javascript: URL is text, not a link', async () => {
    const r = await renderMarkdown(`<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\njavascript:alert(1)\n</div></figure>`);
    expect(r.html).toBe('<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\njavascript:alert(1)\n</div></figure>');
  });
  test('a gallery (older markup)', async () => {
    const r = await renderMarkdown(`<figure class="wp-block-gallery columns-2 is-cropped"><ul class="blocks-gallery-grid"><li class="blocks-gallery-item"><figure><img src="${U}/a.png" alt="A" class="wp-image-1"/><figcaption class="blocks-gallery-item__caption">A</figcaption></figure></li></ul><figcaption class="blocks-gallery-caption">G</figcaption></figure>`);
    expect(r.html).toBe('<figure class="wp-block-gallery columns-2 is-cropped"><ul class="blocks-gallery-grid"><li class="blocks-gallery-item"><figure><img src="/wp-content/uploads/2024/05/a.png" alt="A" loading="lazy" decoding="async"><figcaption class="blocks-gallery-item__caption">A</figcaption></figure></li></ul><figcaption class="blocks-gallery-caption">G</figcaption></figure>');
  });
  test('a gallery (nested image blocks)', async () => {
    const r = await renderMarkdown(`<figure class="wp-block-gallery has-nested-images columns-3 is-cropped"><figure class="wp-block-image size-large"><img src="${U}/a.png" alt="A"/></figure></figure>`);
    expect(r.html).toBe('<figure class="wp-block-gallery has-nested-images columns-3 is-cropped"><figure class="wp-block-image"><img src="/wp-content/uploads/2024/05/a.png" alt="A" loading="lazy" decoding="async"></figure></figure>');
  });
  test('columns', async () => {
    const r = await renderMarkdown(`<div class="wp-block-columns"><div class="wp-block-column is-vertically-aligned-center"><p>One</p></div><div class="wp-block-column"><p>Two</p></div></div>`);
    expect(r.html).toBe('<div class="wp-block-columns"><div class="wp-block-column is-vertically-aligned-center"><p>One</p></div><div class="wp-block-column"><p>Two</p></div></div>');
  });
  test('buttons', async () => {
    const r = await renderMarkdown(`<div class="wp-block-buttons"><div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button" href="https://example.org/">Go</a></div></div>`);
    expect(r.html).toBe('<div class="wp-block-buttons"><div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button" href="https://example.org/">Go</a></div></div>');
  });
  test('a button the exporter wrote as a Markdown link', async () => {
    const r = await renderMarkdown(`<div class="wp-block-buttons"><div class="wp-block-button">[Go](https://example.org/)</div></div>`);
    expect(r.html).toBe('<div class="wp-block-buttons"><div class="wp-block-button"><a href="https://example.org/">Go</a></div></div>');
  });
  test('a cover with its image', async () => {
    const r = await renderMarkdown(`<div class="wp-block-cover"><span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span><img class="wp-block-cover__image-background wp-image-48" alt="" src="${U}/a.png" data-object-fit="cover"/><div class="wp-block-cover__inner-container"><p class="has-text-align-center">Hi</p></div></div>`);
    expect(r.html).toBe('<div class="wp-block-cover"><span class="wp-block-cover__background has-background-dim"></span><img class="wp-block-cover__image-background" alt="" src="/wp-content/uploads/2024/05/a.png" loading="lazy" decoding="async"><div class="wp-block-cover__inner-container"><p class="has-text-align-center">Hi</p></div></div>');
  });
  test('an older cover: its image, named in its style, becomes an <img>', async () => {
    const r = await renderMarkdown(`<div class="wp-block-cover has-background-dim" style="background-image:url(${U}/b.png)"><div class="wp-block-cover__inner-container"><p class="has-text-align-center">Old</p></div></div>`);
    expect(r.html).toBe('<div class="wp-block-cover has-background-dim"><img src="/wp-content/uploads/2024/05/b.png" alt="" class="wp-block-cover__image-background" loading="lazy" decoding="async"><div class="wp-block-cover__inner-container"><p class="has-text-align-center">Old</p></div></div>');
  });
  test('an older cover whose style names a javascript: URL gets no image', async () => {
    const r = await renderMarkdown(`<div class="wp-block-cover" style="background-image:url('javascript:alert(1)')"><p>x</p></div>`);
    expect(r.html).toBe('<div class="wp-block-cover"><p>x</p></div>');
  });
  test('a quote', async () => {
    const r = await renderMarkdown(`<blockquote class="wp-block-quote is-style-large"><p>Q</p><cite>C</cite></blockquote>`);
    expect(r.html).toBe('<blockquote class="wp-block-quote is-style-large"><p>Q</p><cite>C</cite></blockquote>');
  });
  test('a pullquote', async () => {
    const r = await renderMarkdown(`<figure class="wp-block-pullquote"><blockquote><p>P</p><cite>C</cite></blockquote></figure>`);
    expect(r.html).toBe('<figure class="wp-block-pullquote"><blockquote><p>P</p><cite>C</cite></blockquote></figure>');
  });
  test('a table', async () => {
    const r = await renderMarkdown(`<figure class="wp-block-table is-style-stripes"><table><tbody><tr><td>a</td></tr></tbody></table><figcaption class="wp-element-caption">T</figcaption></figure>`);
    expect(r.html).toBe('<figure class="wp-block-table is-style-stripes"><table><tbody><tr><td>a</td></tr></tbody></table><figcaption class="wp-element-caption">T</figcaption></figure>');
  });
  test('a separator', async () => {
    const r = await renderMarkdown(`<hr class="wp-block-separator has-alpha-channel-opacity is-style-wide"/>`);
    expect(r.html).toBe('<hr class="wp-block-separator is-style-wide">');
  });
  test('a code block (its shortcode-looking text kept)', async () => {
    const r = await renderMarkdown(`<pre class="wp-block-code"><code>a *b* [gallery]</code></pre>`);
    expect(r.html).toBe('<pre class="wp-block-code"><code>a *b* [gallery]</code></pre>');
  });
  test('a file block: the link and its download button, without the <object>', async () => {
    const r = await renderMarkdown(`<div class="wp-block-file"><object class="wp-block-file__embed" data="${U}/t.pdf" type="application/pdf"></object><a id="wp-block-file--media-1" href="${U}/t.pdf">t</a><a href="${U}/t.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-1">Download</a></div>`);
    expect(r.html).toBe('<div class="wp-block-file"><a id="user-content-wp-block-file--media-1" href="/wp-content/uploads/2024/05/t.pdf">t</a><a href="/wp-content/uploads/2024/05/t.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="user-content-wp-block-file--media-1">Download</a></div>');
  });
});

describe('media', () => {
  test('an audio block: controls, preload none, no autoplay', async () => {
    const r = await renderMarkdown(`<figure class="wp-block-audio"><audio controls src="${U}/e.mp3" autoplay></audio><figcaption class="wp-element-caption">E</figcaption></figure>`);
    expect(r.html).toBe('<figure class="wp-block-audio"><audio controls src="/wp-content/uploads/2024/05/e.mp3" preload="none"></audio><figcaption class="wp-element-caption">E</figcaption></figure>');
  });
  test('a video block: preload at most metadata', async () => {
    const r = await renderMarkdown(`<figure class="wp-block-video"><video controls src="${U}/c.webm" poster="${U}/p.png" preload="auto"></video></figure>`);
    expect(r.html).toBe('<figure class="wp-block-video"><video controls src="/wp-content/uploads/2024/05/c.webm" poster="/wp-content/uploads/2024/05/p.png" preload="metadata"></video></figure>');
  });
  test('a muted video may autoplay (a cover’s background)', async () => {
    const r = await renderMarkdown(`<figure class="wp-block-video"><video autoplay muted loop playsinline src="${U}/c.webm"></video></figure>`);
    expect(r.html).toBe('<figure class="wp-block-video"><video autoplay muted loop playsinline src="/wp-content/uploads/2024/05/c.webm" controls preload="metadata"></video></figure>');
  });
  test('a video with sources and a track: autoplay with sound goes, so does a source with a javascript: URL', async () => {
    const r = await renderMarkdown(`<video autoplay width="320"><source src="${U}/c.webm" type="video/webm"><source src="javascript:alert(1)"><track kind="captions" src="${U}/c.vtt" srclang="en" label="English" default></video>`);
    expect(r.html).toBe('<p><video width="320" controls preload="metadata"><source src="/wp-content/uploads/2024/05/c.webm" type="video/webm"><track kind="captions" src="/wp-content/uploads/2024/05/c.vtt" srclang="en" label="English" default></video></p>');
  });
  test('a video with only javascript: URLs and a handler goes whole', async () => {
    const r = await renderMarkdown(`<video src="javascript:alert(1)" poster="javascript:alert(2)" onplay="alert(3)" controls></video>`);
    expect(r.html).toBe('<p></p>');
  });
  test('srcset and sizes: each candidate checked, javascript: and data: ones go', async () => {
    const r = await renderMarkdown(`<img src="${U}/a-300x200.png" srcset="${U}/a-300x200.png 300w, ${U}/a.png 1024w, javascript:alert(1) 2048w, data:image/png;base64,AA 1x" sizes="(max-width: 300px) 100vw, 300px" alt="A">`);
    expect(r.html).toBe('<img src="/wp-content/uploads/2024/05/a-300x200.png" srcset="/wp-content/uploads/2024/05/a-300x200.png 300w, /wp-content/uploads/2024/05/a.png 1024w" sizes="(max-width: 300px) 100vw, 300px" alt="A" loading="lazy" decoding="async" width="300" height="200">');
  });
  test('srcset candidates on the site’s own domain become root-relative', async () => {
    const r = await renderMarkdown(`<img src="https://fidelity.example/a.png" srcset="https://fidelity.example/a.png 1x, http://www.fidelity.example/b.png 2x" alt="">`, { siteUrl: 'https://fidelity.example' });
    expect(r.html).toBe('<img src="/a.png" srcset="/a.png 1x, /b.png 2x" alt="" loading="lazy" decoding="async">');
  });
  test('<picture> with a <source>: a candidate with an upper-case JAVASCRIPT: scheme goes', async () => {
    const r = await renderMarkdown(`<picture><source type="image/webp" srcset="${U}/a.webp 1x, JAVASCRIPT:alert(1) 2x" media="(min-width: 600px)" sizes="100vw"><img src="${U}/a.png" alt="A"></picture>`);
    expect(r.html).toBe('<p><picture><source type="image/webp" srcset="/wp-content/uploads/2024/05/a.webp 1x" media="(min-width: 600px)" sizes="100vw"><img src="/wp-content/uploads/2024/05/a.png" alt="A" loading="lazy" decoding="async"></picture></p>');
  });
  test('[video] with a URL per format, a poster and loop', async () => {
    const r = await renderMarkdown(`[video width="640" height="360" mp4="${U}/c.mp4" webm="${U}/c.webm" poster="${U}/p.png" loop="on"][/video]`);
    expect(r.html).toBe('<figure class="wp-block-video"><video controls loop preload="metadata" width="640" height="360" poster="/wp-content/uploads/2024/05/p.png"><source src="/wp-content/uploads/2024/05/c.mp4" type="video/mp4"><source src="/wp-content/uploads/2024/05/c.webm" type="video/webm"></video></figure>');
  });
  test('[video src] with autoplay but not muted does not autoplay', async () => {
    const r = await renderMarkdown(`[video src="${U}/c.mp4" autoplay="1"]`);
    expect(r.html).toBe('<figure class="wp-block-video"><video controls preload="metadata"><source src="/wp-content/uploads/2024/05/c.mp4" type="video/mp4"></video></figure>');
  });
  test('[video] muted may autoplay, and keeps preload="none"', async () => {
    const r = await renderMarkdown(`[video src="${U}/c.mp4" autoplay="on" muted="true" preload="none"]`);
    expect(r.html).toBe('<figure class="wp-block-video"><video controls muted autoplay playsinline preload="none"><source src="/wp-content/uploads/2024/05/c.mp4" type="video/mp4"></video></figure>');
  });
  test('[video] of a YouTube URL is the player', async () => {
    const r = await renderMarkdown(`[video src="https://www.youtube.com/watch?v=dQw4w9WgXcQ"]`);
    expect(r.html).toBe('<div class="embed embed-video"><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video" loading="lazy" allow="accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen" allowfullscreen referrerpolicy="strict-origin-when-cross-origin"></iframe></div>');
  });
  test('[video]URL[/video]', async () => {
    const r = await renderMarkdown(`[video]${U}/c.mp4[/video]`);
    expect(r.html).toBe('<figure class="wp-block-video"><video controls preload="metadata"><source src="/wp-content/uploads/2024/05/c.mp4" type="video/mp4"></video></figure>');
  });
  test('[video] of a javascript: URL plays nothing', async () => {
    const r = await renderMarkdown(`[video src="javascript:alert(1)"]`);
    expect(r.html).toBe('<figure class="wp-block-video"></figure>');
  });
  test('[video] attribute values are decoded once and escaped again', async () => {
    const r = await renderMarkdown(`[video mp4="${U}/c.mp4?a=1&amp;b=&quot;2&quot;"]`);
    expect(r.html).toBe('<figure class="wp-block-video"><video controls preload="metadata"><source src="/wp-content/uploads/2024/05/c.mp4?a=1&#x26;b=&#x22;2&#x22;" type="video/mp4"></video></figure>');
  });
  test('[audio] with two formats, inside a paragraph, autoplay refused', async () => {
    const r = await renderMarkdown(`Listen: [audio mp3="${U}/e.mp3" ogg="${U}/e.ogg" autoplay="on"]`);
    expect(r.html).toBe('<p>Listen:</p>\n<figure class="wp-block-audio"><audio controls preload="none"><source src="/wp-content/uploads/2024/05/e.mp3" type="audio/mpeg"><source src="/wp-content/uploads/2024/05/e.ogg" type="audio/ogg"></audio></figure>');
  });
  test('[audio] with no media is removed and reported', async () => {
    const r = await renderMarkdown(`[audio]`);
    expect(r.html).toBe('');
    expect(r.removedShortcodes).toEqual(['audio']);
  });
  test('[playlist] names attachment IDs an export lacks: removed and reported', async () => {
    const r = await renderMarkdown(`[playlist ids="1,2"]`);
    expect(r.html).toBe('');
    expect(r.removedShortcodes).toEqual(['playlist']);
  });
  test('[[gallery]] shows [gallery]; [[sic]] is not a shortcode', async () => {
    const r = await renderMarkdown(`Write [[gallery]] or [[video src="x.mp4"]], not [[sic]].`);
    expect(r.html).toBe('<p>Write [gallery] or [video src="x.mp4"], not [[sic]].</p>');
    expect(r.removedShortcodes).toEqual([]);
  });
  test('[[su_box]…[/su_box]] shows the enclosing shortcode, content and all, less the outer brackets', async () => {
    const r = await renderMarkdown(`Write [[su_box title="Hi"]Inside [gallery] too[/su_box]] to show it. [[video]] stays open.`);
    expect(r.html).toBe('<p>Write [su_box title="Hi"]Inside [gallery] too[/su_box] to show it. [video] stays open.</p>');
    expect(r.removedShortcodes).toEqual([]);
  });
  test('a frame inside an embed quote is dropped: the quote is text and links', async () => {
    const r = await renderMarkdown('<blockquote class="twitter-tweet"><p>hi</p><iframe src="https://player.vimeo.com/video/1?autoplay=1">fallback</iframe></blockquote>');
    expect(r.html).not.toContain('iframe');
    expect(r.html).not.toContain('vimeo');
    expect(r.html).toContain('hi');
  });
  test('[[caption]] shows [caption]', async () => {
    const r = await renderMarkdown(`[[caption]]`);
    expect(r.html).toBe('<p>[caption]</p>');
  });
  test('a Vimeo iframe with valueless webkitallowfullscreen is a player, not text', async () => {
    const r = await renderMarkdown(`<iframe src="https://player.vimeo.com/video/76979871" width="640" height="360" frameborder="0" webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe>`);
    expect(r.html).toBe('<div class="embed embed-video"><iframe src="https://player.vimeo.com/video/76979871?dnt=1" title="Vimeo video" loading="lazy" allow="accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen" allowfullscreen referrerpolicy="strict-origin-when-cross-origin"></iframe></div>');
  });
});

describe('math only when it is math', () => {
  test('\\[…\\] and \\(…\\) that are not TeX show as written, and are named', async () => {
    const r = await renderMarkdown(`See \\[copyright Taylor & Francis\\] and \\(a & b\\).`, { math: true });
    expect(r.html).toBe('<p>See [copyright Taylor &#x26; Francis] and (a &#x26; b).</p>');
    expect(r.mathErrors).toEqual(['\\[copyright Taylor & Francis\\]', '\\(a & b\\)']);
  });
  test('\\(…\\) and \\[…\\] that are TeX are typeset', async () => {
    const r = await renderMarkdown(`Inline \\(a^2\\) and\n\n\\[\n\\frac{1}{3}\n\\]`, { math: true });
    expect(r.html.match(/class="katex"/g)).toHaveLength(2);
    expect(r.html).toContain('<annotation encoding="application/x-tex">a^2</annotation>');
    expect(r.html).toContain('<span class="katex-display">');
    expect(r.html).toContain('<annotation encoding="application/x-tex">\\frac{1}{3}</annotation>');
    expect(r.html).not.toMatch(/katex-error|\\\(|\\\[/);
    expect(r.mathErrors).toEqual([]);
  });
  test('an inline $$…$$ KaTeX cannot render shows its source, and is named', async () => {
    const r = await renderMarkdown(`A $$\\frac{1}{2$$ error.`, { math: true });
    expect(r.html).toBe('<p>A $$\\frac{1}{2$$ error.</p>');
    expect(r.mathErrors).toEqual(['$$\\frac{1}{2$$']);
  });
  test('a display $$…$$ KaTeX cannot render shows its source in a paragraph', async () => {
    const r = await renderMarkdown(`$$\n\\frac{1}{2\n$$`, { math: true });
    expect(r.html).toBe('<p>$$\n\\frac{1}{2\n$$</p>');
    expect(r.mathErrors).toEqual(['$$\\frac{1}{2$$']);
  });
  test('with math off, \\[…\\] is an escaped bracket', async () => {
    const r = await renderMarkdown(`See \\[copyright Taylor & Francis\\].`);
    expect(r.html).toBe('<p>See [copyright Taylor &#x26; Francis].</p>');
  });
});
