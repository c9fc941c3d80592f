/** WordPress's date archives, `/2020/`, `/2020/05/`, `/2020/05/01/` and their pages, served by `[...path]`. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listingMetadata } from '@/app/_routes/listing';
import { isPreview } from '@/app/_routes/preview';
import { ListingPage } from '@/components/ListingPage';
import { getContent, getSite } from '@/lib/content';
import type { DateArchiveKey } from '@/lib/content';
import { listingText } from '@/lib/content';
import { dateListing, pageNumber, type DateListing } from '@/lib/content';

export type DateArchiveRequest = { key: DateArchiveKey; page: string };

function textOf(listing: DateListing) {
  const site = getSite();
  const { page, totalPages, count, key } = listing;
  return listingText({ kind: 'date', key }, { page, totalPages, count, perPage: site.paginate }, site);
}

const listingFor = async ({ key, page }: DateArchiveRequest) => dateListing(key, pageNumber(page), await isPreview());

export async function dateArchiveMetadata(request: DateArchiveRequest): Promise<Metadata> {
  const listing = await listingFor(request);
  return listing ? listingMetadata(getSite(), textOf(listing), listing) : {};
}

export async function DateArchivePage({ request }: { request: DateArchiveRequest }) {
  const preview = await isPreview();
  const listing = await listingFor(request);
  if (!listing) notFound();
  return (
    <ListingPage
      text={textOf(listing)}
      listing={listing}
      base={listing.base}
      previewAt={preview ? getContent(true).collection.now : undefined}
    />
  );
}
