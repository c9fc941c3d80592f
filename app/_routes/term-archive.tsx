/**
 * Tag, category and author archives share one implementation; the route files (`/tag/<slug>/`,
 * `/tag/<slug>/page/<n>/` and the same for categories and authors) only pick the taxonomy and the params.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listingMetadata } from '@/app/_routes/listing';
import { isPreview } from '@/app/_routes/preview';
import { siteWords } from '@/app/_routes/words';
import { ListingPage } from '@/components/ListingPage';
import { getContent, getSite, hrefFor, pageNumber, termListing, textOfListing, type Taxonomy } from '@/lib/content';
import { feedPaths } from '@/lib/feeds/paths';

type Params = { slug: string; page?: string };

const FEED_LABEL = { tag: 'listing.feedOfTag', category: 'listing.feedOfCategory', author: 'listing.feedOfAuthor' } as const;
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
      return listingMetadata(listing);
    },
    async Page({ params }: Props) {
      const preview = await isPreview();
      const listing = await listingFor(params, preview);
      if (listing?.subject.kind !== 'term') notFound();
      const t = siteWords();
      const feed = {
        href: hrefFor(feedPaths({ taxonomy, slug: listing.subject.term.slug }).rss),
        label: t.text(FEED_LABEL[taxonomy]),
      };
      return (
        <ListingPage
          text={textOfListing(listing, getSite())}
          listing={listing}
          base={listing.base}
          feed={feed}
          previewAt={preview ? getContent(true).collection.now : undefined}
          t={t}
        />
      );
    },
  };
}
