/** Structured data and security headers: what search engines and browsers are told. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { blogPostingData, jsonLdText, webSiteData } from '../../lib/seo/structured-data';
import { drawableText } from '../../lib/seo/og-image';
import { needsOgImage, ogImagePath, postUrlOfOgImage } from '../../lib/content/routing/og-images';
import { contentSecurityPolicy, securityHeaders } from '../../lib/security-headers';
import { archivePost } from '../e2e/archive-fixture';
import { FIXTURES_DIR, exportEntries } from '../helpers/fixtures';

const DIR = path.join(FIXTURES_DIR, 'archive-site');

describe('JSON-LD', () => {
  test('a post is a BlogPosting with absolute URLs, its dates with their offset, author, keywords, publisher', async () => {
    const { entries, site } = await exportEntries(DIR);
    const post = entries.find((e) => e.url === archivePost(5).url)!;
    expect(blogPostingData(post, site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'June first, evening',
      description: post.excerpt,
      url: 'https://archive.example/2019/06/01/june-first-evening/',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://archive.example/2019/06/01/june-first-evening/' },
      datePublished: '2019-06-01T20:00:00+02:00',
      dateModified: '2019-06-01T20:00:00+02:00',
      author: { '@type': 'Person', name: 'José Núñez', url: 'https://archive.example/author/jos%C3%A9-n%C3%BA%C3%B1ez/' },
      keywords: 'Machine Learning, robots, 東京',
      articleSection: ['Tech'],
      inLanguage: 'en',
      publisher: {
        '@type': 'Organization',
        name: 'Archive Fixture',
        url: 'https://archive.example/',
        logo: { '@type': 'ImageObject', url: 'https://archive.example/icon.png' },
      },
    });
  });

  test('the home page is a WebSite', async () => {
    const { site } = await exportEntries(DIR);
    expect(webSiteData(site)).toMatchObject({ '@type': 'WebSite', name: 'Archive Fixture', url: 'https://archive.example/' });
  });

  test('no text can close the script element early', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});

describe('security headers', () => {
  test('the production policy has no eval, frames only from the embed hosts, and locks down the rest', () => {
    const csp = contentSecurityPolicy({ dev: false });
    expect(csp).not.toContain("'unsafe-eval'");
    // WebAssembly only, for the search index (Pagefind): JavaScript eval stays blocked.
    expect(csp).toMatch(/script-src [^;]*'wasm-unsafe-eval'/);
    for (const directive of [
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "default-src 'self'",
      "form-action 'self'",
      'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
    ]) {
      expect(csp).toContain(directive);
    }
    expect(contentSecurityPolicy({ dev: true })).toContain("'unsafe-eval'");
  });

  test('images over plain http are allowed only for an export that shows some', () => {
    const imgSrc = (httpImages?: boolean) => /(?:^|; )img-src ([^;]*)/.exec(contentSecurityPolicy({ dev: false, httpImages }))?.[1];
    expect(imgSrc()).toBe("'self' data: https:");
    expect(imgSrc(false)).toBe("'self' data: https:");
    expect(imgSrc(true)).toBe("'self' data: https: http:");
    const header = (httpImages: boolean) => securityHeaders({ dev: false, siteUrl: 'https://x.example', httpImages }).find((h) => h.key === 'Content-Security-Policy')?.value;
    expect(header(true)).toContain('img-src \'self\' data: https: http:');
    expect(header(false)).not.toContain('http:;');
  });

  test('HSTS only for a site served over https', () => {
    const names = (siteUrl: string | null) => securityHeaders({ dev: false, siteUrl }).map((h) => h.key);
    expect(names('https://new.blicio.us')).toContain('Strict-Transport-Security');
    expect(names('http://blog.example')).not.toContain('Strict-Transport-Security');
    expect(names('https://new.blicio.us')).toEqual(
      expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']),
    );
  });
});

describe('generated Open Graph images', () => {
  test('drawable text keeps Latin letters and punctuation, and leaves out what would need a font download', () => {
    expect(drawableText('It’s 🚀 launch day – “Café” & more…')).toBe('It’s launch day – “Café” & more…');
    expect(drawableText('東京 hardware meetup')).toBe('hardware meetup');
    expect(drawableText('人工智能')).toBe('');
  });

  test('only posts without a featured image get one, at a path derived from the permalink', () => {
    expect(needsOgImage({ kind: 'post', image: null })).toBe(true);
    expect(needsOgImage({ kind: 'post', image: { src: '/x.jpg', alt: null } })).toBe(false);
    expect(needsOgImage({ kind: 'page', image: null })).toBe(false);
    expect(ogImagePath('/2019/06/01/june/')).toBe('/og/2019/06/01/june/image.png');
    expect(postUrlOfOgImage(['2019', '06', '01', 'june', 'image.png'])).toBe('/2019/06/01/june/');
    expect(postUrlOfOgImage(['june', 'other.png'])).toBeNull();
  });
});
