/** WordPress's date archives, `/2020/`, `/2020/05/`, `/2020/05/01/` and their pages, served by `[...path]`. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listingMetadata } from '@/app/_routes/listing';
import { isPreview } from '@/app/_routes/preview';
import { siteWords } from '@/app/_routes/words';
import { ListingPage } from '@/components/ListingPage';
import { dateListing, getContent, getSite, pageNumber, textOfListing, type DateArchiveKey } from '@/lib/content';

export type DateArchiveRequest = { key: DateArchiveKey; page: string };

const listingFor = async ({ key, page }: DateArchiveRequest) => dateListing(key, pageNumber(page), await isPreview());

export async function dateArchiveMetadata(request: DateArchiveRequest): Promise<Metadata> {
  const listing = await listingFor(request);
  return listing ? listingMetadata(listing) : {};
}

export async function DateArchivePage({ request }: { request: DateArchiveRequest }) {
  const preview = await isPreview();
  const listing = await listingFor(request);
  if (!listing) notFound();
  return (
    <ListingPage
      text={textOfListing(listing, getSite())}
      listing={listing}
      base={listing.base}
      previewAt={preview ? getContent(true).collection.now : undefined}
      t={siteWords()}
    />
  );
}
