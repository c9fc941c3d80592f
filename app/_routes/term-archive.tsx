/**
 * Tag, category and author archives share one implementation; the route files (`/tag/<slug>/`,
 * `/tag/<slug>/page/<n>/` and the same for categories and authors) only pick the taxonomy and the params.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listingMetadata } from '@/app/_routes/listing';
import { isPreview } from '@/app/_routes/preview';
import { ListingPage } from '@/components/ListingPage';
import { getContent, getSite } from '@/lib/content';
import { listingText } from '@/lib/content';
import { pageNumber, termListing, type TermListing } from '@/lib/content';
import { TAXONOMY_LABEL, type Taxonomy } from '@/lib/content';
import { hrefFor } from '@/lib/content';
import { feedPaths } from '@/lib/feeds/paths';

type Params = { slug: string; page?: string };
type Props = { params: Promise<Params> };

function textOf(taxonomy: Taxonomy, listing: TermListing) {
  const site = getSite();
  return listingText(
    { kind: 'term', taxonomy, name: listing.archive.term.name },
    { page: listing.page, totalPages: listing.totalPages, count: listing.archive.posts.length, perPage: site.paginate },
    site,
  );
}

export function termArchiveRoute(taxonomy: Taxonomy) {
  const listingFor = async (params: Promise<Params>, preview = false) => {
    const { slug, page = '1' } = await params;
    return termListing(taxonomy, slug, pageNumber(page), preview);
  };

  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const listing = await listingFor(params, await isPreview());
      if (!listing) return {};
      return listingMetadata(getSite(), textOf(taxonomy, listing), listing, { taxonomy, term: listing.archive.term });
    },
    async Page({ params }: Props) {
      const preview = await isPreview();
      const listing = await listingFor(params, preview);
      if (!listing) notFound();
      const feed = {
        href: hrefFor(feedPaths({ taxonomy, slug: listing.archive.term.slug }).rss),
        label: `Feed of this ${TAXONOMY_LABEL[taxonomy].toLowerCase()}`,
      };
      return (
        <ListingPage
          text={textOf(taxonomy, listing)}
          listing={listing}
          base={listing.base}
          feed={feed}
          previewAt={preview ? getContent(true).collection.now : undefined}
        />
      );
    },
  };
}
