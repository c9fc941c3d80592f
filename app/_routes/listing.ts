import type { Metadata } from 'next';
import type { ListingText } from '@/lib/content';
import { pageUrl } from '@/lib/content';
import type { SiteConfig } from '@/lib/content';
import type { Taxonomy, Term } from '@/lib/content';
import { hrefFor } from '@/lib/content';
import { pageAlternates } from '@/lib/feeds/discovery';

/** A listing page's metadata: the title and description that name it and its page, its canonical URL, feeds. */
export function listingMetadata(
  site: SiteConfig,
  text: ListingText,
  at: { base: string; page: number },
  archive?: { taxonomy: Taxonomy; term: Term },
): Metadata {
  const canonical = hrefFor(pageUrl(at.base, at.page));
  return {
    ...(text.title !== null && { title: text.title }),
    description: text.description,
    alternates: pageAlternates(site, canonical, archive),
    openGraph: { type: 'website', title: text.title ?? site.title, description: text.description, url: canonical },
  };
}
