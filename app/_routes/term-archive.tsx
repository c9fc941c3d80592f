/**
 * Tag and category archives share one implementation; the four route files (`/tag/<slug>/`,
 * `/tag/<slug>/page/<n>/` and the same for categories) only pick the taxonomy and the params.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isPreview } from '@/app/_routes/preview';
import { TermArchive } from '@/components/TermArchive';
import { getContent } from '@/lib/content';
import { TAXONOMY_LABEL, type Taxonomy } from '@/lib/content/terms';
import { pageNumber, termListing } from '@/lib/content/listings';
import { pageUrl } from '@/lib/content/paginate';
import { loadSiteConfig } from '@/lib/content/site';
import { hrefFor } from '@/lib/content/urls';
import { pageAlternates } from '@/lib/feeds/discovery';

type Params = { slug: string; page?: string };
type Props = { params: Promise<Params> };

export function termArchiveRoute(taxonomy: Taxonomy) {
  const listingFor = async (params: Promise<Params>, preview = false) => {
    const { slug, page = '1' } = await params;
    return termListing(taxonomy, slug, pageNumber(page), preview);
  };

  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const listing = await listingFor(params, await isPreview());
      if (!listing) return {};
      const heading = `${TAXONOMY_LABEL[taxonomy]}: ${listing.archive.term.name}`;
      return {
        title: listing.page > 1 ? `${heading} – page ${listing.page}` : heading,
        alternates: pageAlternates(loadSiteConfig(), hrefFor(pageUrl(listing.base, listing.page)), {
          taxonomy,
          term: listing.archive.term,
        }),
      };
    },
    async Page({ params }: Props) {
      const preview = await isPreview();
      const listing = await listingFor(params, preview);
      if (!listing) notFound();
      return <TermArchive taxonomy={taxonomy} listing={listing} previewAt={preview ? getContent(true).collection.now : undefined} />;
    },
  };
}
