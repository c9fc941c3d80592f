/** The home page and its `/page/N/`: the newest posts, as WordPress's front page. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listingMetadata } from '@/app/_routes/listing';
import { isPreview } from '@/app/_routes/preview';
import { siteWords } from '@/app/_routes/words';
import { JsonLd } from '@/components/JsonLd';
import { ListingPage } from '@/components/ListingPage';
import { getContent, getSite, homeListing, textOfListing } from '@/lib/content';
import { webSiteData } from '@/lib/seo/structured-data';

export async function homeMetadata(page: number): Promise<Metadata> {
  const preview = await isPreview();
  const listing = homeListing(page, preview);
  if (!listing) return {};
  return listingMetadata(listing);
}

export async function HomeListingPage({ page }: { page: number }) {
  const preview = await isPreview();
  const listing = homeListing(page, preview);
  if (!listing) notFound();
  const content = getContent(preview);
  return (
    <>
      {page === 1 && <JsonLd data={webSiteData(getSite())} />}
      <ListingPage
        text={textOfListing(listing, getSite())}
        listing={listing}
        base={listing.base}
        previewAt={preview ? content.collection.now : undefined}
        front={page === 1}
        t={siteWords()}
      />
    </>
  );
}
