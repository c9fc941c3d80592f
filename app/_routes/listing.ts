import type { Metadata } from 'next';
import { getSite, hrefFor, pageUrl, textOfListing, type Listing } from '@/lib/content';
import { pageAlternates } from '@/lib/feeds/discovery';

/** A listing page's metadata: the title and description that name it and its page, its canonical URL, feeds. */
export function listingMetadata(listing: Listing): Metadata {
  const site = getSite();
  const text = textOfListing(listing, site);
  const canonical = hrefFor(pageUrl(listing.base, listing.page));
  const { subject } = listing;
  const archive = subject.kind === 'term' ? { taxonomy: subject.taxonomy, term: subject.term } : undefined;
  return {
    ...(text.title !== null && { title: text.title }),
    description: text.description,
    alternates: pageAlternates(site, canonical, archive),
    openGraph: { type: 'website', title: text.title ?? site.title, description: text.description, url: canonical },
  };
}
