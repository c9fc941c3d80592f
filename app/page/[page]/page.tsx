import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isPreview } from '@/app/_routes/preview';
import { Pagination } from '@/components/Pagination';
import { PostList } from '@/components/PostSummary';
import { getContent } from '@/lib/content';
import { homeListing, homePageParams, pageNumber } from '@/lib/content/listings';
import { loadSiteConfig } from '@/lib/content/site';
import { pageAlternates } from '@/lib/feeds/discovery';

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;
export const generateStaticParams = homePageParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return { title: `Page ${page}`, alternates: pageAlternates(loadSiteConfig(), `/page/${page}/`) };
}

export default async function HomePageN({ params }: Props) {
  const preview = await isPreview();
  const listing = homeListing(pageNumber((await params).page), preview);
  if (!listing) notFound();
  return (
    <>
      <h1 className="sr-only">Posts, page {listing.page}</h1>
      <PostList posts={listing.items} previewAt={preview ? getContent(true).collection.now : undefined} />
      <Pagination base={listing.base} page={listing.page} totalPages={listing.totalPages} />
    </>
  );
}
