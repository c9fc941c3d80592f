import type { Metadata } from 'next';
import { hrefFor, needsOgImage, ogImagePath, type Entry, type SiteConfig } from '../content';
import { pageAlternates } from '../feeds/discovery';
import { OG_IMAGE_SIZE } from './og-image';

/** A post's or page's metadata: title, description, canonical URL and feeds, Open Graph and Twitter cards. */
export function documentMetadata(doc: Entry, site: SiteConfig): Metadata {
  return {
    title: doc.title,
    description: doc.excerpt,
    alternates: pageAlternates(site, hrefFor(doc.url)),
    openGraph: {
      type: doc.kind === 'post' ? 'article' : 'website',
      title: doc.title,
      description: doc.excerpt,
      url: hrefFor(doc.url),
      ...(doc.image && { images: [{ url: doc.image.src, alt: doc.image.alt ?? doc.title }] }),
      // A post without a featured image has one drawn at build time (app/og).
      ...(needsOgImage(doc) && { images: [{ url: hrefFor(ogImagePath(doc.url)), ...OG_IMAGE_SIZE, alt: doc.title }] }),
      ...(doc.kind === 'post' && doc.date && { publishedTime: doc.date }),
      ...(doc.author && { authors: [doc.author] }),
      ...(doc.tags.length > 0 && { tags: doc.tags.map((tag) => tag.name) }),
      ...(doc.categories[0] && { section: doc.categories[0].name }),
      siteName: site.title,
    },
    twitter: { card: doc.image || needsOgImage(doc) ? 'summary_large_image' : 'summary' },
  };
}
