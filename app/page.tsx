import { isPreview } from '@/app/_routes/preview';
import { Pagination } from '@/components/Pagination';
import { PostList } from '@/components/PostSummary';
import { getContent } from '@/lib/content';
import { homeListing } from '@/lib/content/listings';

export default async function HomePage() {
  const preview = await isPreview();
  const listing = homeListing(1, preview)!;
  return (
    <>
      <h1 className="sr-only">Latest posts</h1>
      <PostList posts={listing.items} previewAt={preview ? getContent(true).collection.now : undefined} />
      <Pagination base={listing.base} page={listing.page} totalPages={listing.totalPages} />
    </>
  );
}
