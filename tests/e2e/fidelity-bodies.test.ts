/**
 * The fidelity fixture site's bodies (tests/fixtures/fidelity-site/_posts: one post per shape the exporter
 * writes for linked images, captions, galleries, embeds, Gutenberg blocks, media and math), as built and
 * served, seen in Chromium: no markup shown as text, embeds as styled quotes with their links, blocks styled,
 * media with controls that never play by themselves with sound, and a self-hosted video that plays and seeks.
 * Remote requests are aborted by tests/e2e/browser.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { get, scriptSources, withBrowser } from './helpers';
import { SITES, siteUrl } from './sites';

const browser = withBrowser();
const UPLOADS = '/wp-content/uploads/2024/05';

/** Every post of the fixture with its permalink, read from the export itself. */
const FIXTURE_POSTS = readdirSync(path.join(SITES.fidelity.contentDir, '_posts'))
  // (Its 2025 posts are the site address's and the locked posts', which answer 404: locked-fixture.ts.)
  .filter((f) => f.startsWith('2024-05-') && f.endsWith('.md'))
  .map((file) => {
    const text = readFileSync(path.join(SITES.fidelity.contentDir, '_posts', file), 'utf8');
    return { file, url: /^permalink: (.+)$/m.exec(text)![1]!.trim() };
  });

async function openPost(url: string): Promise<Page> {
  const { page, status } = await browser.openWithStatus('fidelity', url);
  expect(status, url).toBe(200);
  return page;
}

const bodyText = (page: Page) => page.locator('article .prose').innerText();

/** What a reader sees of a body outside code samples and typeset math (which show markup on purpose). */
const textOutsideCode = (page: Page) =>
  page.locator('article .prose').evaluate((prose) => {
    const copy = prose.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('pre, code, .katex')) el.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ');
  });

// What markup looks like when it is shown as text: a Markdown link or image, a tag, a shortcode.
const MARKUP_AS_TEXT: [string, RegExp][] = [
  ['a Markdown link or image', /\]\(|!\[/],
  ['a tag', /<\/?[a-z][a-z0-9-]*(?:[\s/>]|$)/i],
  ['emphasis marks', /\*\*|(?:^|\s)_[^_\s][^_]*_(?:\s|$)/],
  ['a shortcode', /\[\/?(?:caption|wp_caption|embed|video|audio|playlist|gallery)(?:\s[^\]]*)?\]/],
];

describe('no markup shown as text', () => {
  it('the fixture has a post per shape', () => {
    expect(FIXTURE_POSTS.length).toBe(18);
  });

  it('no post shows a Markdown link, a tag, emphasis marks or a shortcode as text', async () => {
    const problems: string[] = [];
    for (const { file, url } of FIXTURE_POSTS) {
      const page = await openPost(url);
      const text = await textOutsideCode(page);
      // (The escaped shortcodes are meant to show: that post is checked on its own below.)
      const checks = url === '/escaped-shortcode/' ? MARKUP_AS_TEXT.filter(([what]) => what !== 'a shortcode') : MARKUP_AS_TEXT;
      for (const [what, pattern] of checks) {
        const found = pattern.exec(text);
        if (found) problems.push(`${file}: ${what}: …${text.slice(Math.max(0, found.index - 30), found.index + 40)}…`);
      }
      await page.context().close();
    }
    expect(problems).toEqual([]);
  });

  it('`[[gallery]]` shows `[gallery]`, as WordPress shows it', async () => {
    const page = await openPost('/escaped-shortcode/');
    expect(await bodyText(page)).toBe('To show a gallery, write [gallery] where it should go, and [video src="clip.mp4"] for a video.');
  });

  it('a linked, captioned image inside a raw figure is a linked image with its caption', async () => {
    const page = await openPost('/linked-captioned-image/');
    const figures = page.locator('article .prose figure');
    expect(await figures.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      const link = figures.nth(i).locator('a[href="https://example.org/harbour/"] > img');
      expect(await link.count()).toBe(1);
      // The image is loaded from the export's uploads, and shown.
      expect(await link.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    }
    expect(await figures.nth(0).locator('figcaption em').innerText()).toBe('north');
  });
});

describe('embeds', () => {
  // The styled quote tweets got before: the same class, the same look, a link to the post, nothing loaded.
  it.each([
    ['/x-embed/', 'embed-tweet', 'https://x.com/harbourtown/status/1790000000000000002?ref_src=twsrc%5Etfw'],
    ['/instagram-embed/', 'embed-instagram', 'https://www.instagram.com/p/C6abcDEFghi/?utm_source=ig_embed&utm_campaign=loading'],
    ['/tiktok-embed/', 'embed-tiktok', 'https://www.tiktok.com/@harbourtown/video/7360000000000000000'],
    ['/facebook-embed/', 'embed-facebook', 'https://www.facebook.com/harbourtown/posts/pfbid02abc'],
  ])('%s is a styled quote linking to the post', async (url, kind, href) => {
    const page = await openPost(url);
    const quote = page.locator(`article .prose blockquote.embed-quote.${kind}`).first();
    expect(await quote.locator(`a[href="${href}"]`).count()).toBeGreaterThan(0);
    const style = await quote.evaluate((el) => {
      const css = getComputedStyle(el);
      // The site's sky-500, as this browser computes it (the built CSS may write it in another colour space).
      const probe = document.createElement('span');
      probe.style.color = 'var(--color-sky-500)';
      el.append(probe);
      const sky = getComputedStyle(probe).color;
      probe.remove();
      return { border: css.borderLeftStyle, color: css.borderLeftColor, sky, fontStyle: css.fontStyle };
    });
    expect(style.border).toBe('solid');
    expect(style.fontStyle).toBe('normal');
    expect(style.color).toBe(style.sky);
    expect(await quote.locator('svg, script, iframe').count()).toBe(0);
  });

  it('the embed codes leave no script of their network on the page', async () => {
    const home = [...new Set(scriptSources((await get('fidelity', '/')).body))].sort();
    for (const url of ['/x-embed/', '/instagram-embed/', '/tiktok-embed/', '/facebook-embed/', '/embed-blocks/']) {
      const res = await get('fidelity', url);
      expect([...new Set(scriptSources(res.body))].sort(), url).toEqual(home);
      expect(res.body, url).not.toMatch(/embed\.js|widgets\.js|connect\.facebook\.net/);
    }
  });

  it('embed blocks become a player, a quote and a link; a tweet URL alone on a line a quote', async () => {
    const page = await openPost('/embed-blocks/');
    const prose = page.locator('article .prose');
    expect(await prose.locator('.wp-block-embed .embed-video > iframe').getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(await prose.locator('.wp-block-embed blockquote.embed-tweet a[href="https://twitter.com/someone/status/1790000000000000000"]').count()).toBe(1);
    expect(await prose.locator('.wp-block-embed a[href="https://example.org/some-article/"]').count()).toBe(1);
    expect(await prose.locator('blockquote.embed-tweet a[href="https://x.com/someone/status/1790000000000000001"]').count()).toBe(1);
  });
});

describe('blocks', () => {
  it('galleries are grids, columns sit side by side, buttons look like buttons', async () => {
    const page = await browser.blankPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${siteUrl('fidelity')}/gutenberg-gallery/`);
    const grids = await page.locator('article .prose :is(.blocks-gallery-grid, .wp-block-gallery.has-nested-images)').evaluateAll((els) =>
      els.map((el) => ({ display: getComputedStyle(el).display, columns: getComputedStyle(el).gridTemplateColumns.split(' ').length })),
    );
    expect(grids).toEqual([
      { display: 'grid', columns: 2 },
      { display: 'grid', columns: 3 },
    ]);

    await page.goto(`${siteUrl('fidelity')}/columns-and-buttons/`);
    const columns = await page.locator('article .prose .wp-block-column').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    expect(columns).toHaveLength(2);
    expect(columns[0]).toBe(columns[1]);
    const signUp = page.locator('article .prose .wp-block-button a[href="https://example.org/sign-up/"]');
    expect(await signUp.innerText()).toBe('Sign up');
    expect(await signUp.evaluate((a) => getComputedStyle(a).display)).toBe('inline-block');
  });

  it('a cover shows its image, the older one too (from its style)', async () => {
    const page = await openPost('/cover-blocks/');
    const images = await page.locator('article .prose .wp-block-cover img').evaluateAll((imgs) =>
      imgs.map((img) => ({ src: img.getAttribute('src'), position: getComputedStyle(img).position })),
    );
    expect(images).toEqual([
      { src: `${UPLOADS}/harbour.png`, position: 'absolute' },
      { src: `${UPLOADS}/market.png`, position: 'absolute' },
    ]);
  });
});

describe('media', () => {
  it('every video and audio has controls, preloads at most its metadata and never plays with sound by itself', async () => {
    const page = await openPost('/video-and-audio/');
    const media = await page.locator('article .prose :is(video, audio)').evaluateAll((els) =>
      els.map((el) => {
        const m = el as HTMLMediaElement;
        return { tag: el.tagName, controls: m.controls, preload: el.getAttribute('preload'), autoplay: m.autoplay, muted: m.muted, paused: m.paused };
      }),
    );
    expect(media.map((m) => m.tag)).toEqual(['VIDEO', 'VIDEO', 'VIDEO', 'AUDIO', 'AUDIO']);
    for (const m of media) {
      expect(m.controls).toBe(true);
      expect(['none', 'metadata']).toContain(m.preload);
      expect(m.autoplay && !m.muted).toBe(false);
      expect(m.paused).toBe(true);
    }
    expect(await page.locator('article .prose video track[kind="captions"]').getAttribute('src')).toBe(`${UPLOADS}/clip.vtt`);
  });

  it('the media route answers byte ranges for the video', async () => {
    const res = await fetch(`${siteUrl('fidelity')}${UPLOADS}/clip.webm`, { headers: { Range: 'bytes=0-99' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toMatch(/^bytes 0-99\/\d+$/);
    expect((await res.arrayBuffer()).byteLength).toBe(100);
  });

  it('a video block plays and seeks', async () => {
    const page = await browser.blankPage();
    const statuses: number[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/clip.webm')) statuses.push(response.status());
    });
    await page.goto(`${siteUrl('fidelity')}/video-and-audio/`, { waitUntil: 'load' });
    const played = await page.locator('article .prose figure.wp-block-video video').first().evaluate(async (video: HTMLVideoElement) => {
      video.muted = true; // (a page may start playback itself only muted)
      await video.play();
      await new Promise((resolve) => (video.currentTime > 0 ? resolve(null) : (video.ontimeupdate = resolve)));
      video.pause();
      video.currentTime = 1.5;
      await new Promise((resolve) => (video.onseeked = resolve));
      return { duration: video.duration, at: video.currentTime, seekableEnd: video.seekable.length ? video.seekable.end(0) : 0 };
    });
    expect(played.duration).toBeGreaterThan(1.5);
    expect(played.at).toBeCloseTo(1.5, 1);
    expect(played.seekableEnd).toBeCloseTo(played.duration, 1);
    expect(statuses).toContain(206);
  });
});

describe('math', () => {
  it('typesets TeX, shows an escaped bracket and a formula with an error as written', async () => {
    const page = await openPost('/math-or-not/');
    const prose = page.locator('article .prose');
    expect(await prose.locator('.katex').count()).toBe(2);
    expect(await prose.locator('.katex-error').count()).toBe(0);
    const text = await bodyText(page);
    expect(text).toContain('A citation the exporter escaped: [copyright Taylor & Francis].');
    expect(text).toContain('A formula with an error: $$\\frac{1}{2$$ stays as written.');
  });
});
