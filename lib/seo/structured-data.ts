/**
 * schema.org data for search engines, as JSON-LD: `BlogPosting` on a post, `WebSite` on the home page. Built
 * from the same entry and settings as the page, with absolute URLs.
 */
import type { Entry } from '../content/generated/entry';
import type { SiteConfig } from '../content/source/site';
import { archivePath, authorTerm } from '../content/core/terms';
import { absoluteUrl } from '../content/core/urls';

type JsonLd = Record<string, unknown>;

/** A root-relative or absolute URL as an absolute one. */
const absolute = (url: string, site: SiteConfig) => (/^https?:\/\//i.test(url) ? url : absoluteUrl(url, site.url));

function publisher(site: SiteConfig): JsonLd {
  return { '@type': 'Organization', name: site.title, url: `${site.url}/`, logo: { '@type': 'ImageObject', url: absolute(site.icon, site) } };
}

export function blogPostingData(post: Entry, site: SiteConfig): JsonLd {
  const url = absoluteUrl(post.url, site.url);
  const author = authorTerm(post.author);
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.excerpt || undefined,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    // The export has no modification date: the publication date stands for both, with its own offset.
    ...(post.date && { datePublished: post.date, dateModified: post.date }),
    ...(author && { author: { '@type': 'Person', name: author.name, url: absoluteUrl(archivePath('author', author.slug), site.url) } }),
    ...(post.image && { image: [absolute(post.image.src, site)] }),
    ...(post.tags.length > 0 && { keywords: post.tags.map((tag) => tag.name).join(', ') }),
    ...(post.categories.length > 0 && { articleSection: post.categories.map((category) => category.name) }),
    inLanguage: site.language,
    publisher: publisher(site),
  };
}

export function webSiteData(site: SiteConfig): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.title,
    ...(site.description && { description: site.description }),
    url: `${site.url}/`,
    inLanguage: site.language,
    publisher: publisher(site),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` escaped, so no text of a post (a title quoting
 * `</script>`) can end the element early.
 */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
