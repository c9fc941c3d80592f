import { Pagination } from '@/components/Pagination';
import { PostList } from '@/components/PostSummary';
import { homeListing } from '@/lib/content/listings';

export default function HomePage() {
  const listing = homeListing(1)!;
  return (
    <>
      <h1 className="sr-only">Latest posts</h1>
      <PostList posts={listing.items} />
      <Pagination base={listing.base} page={listing.page} totalPages={listing.totalPages} />
    </>
  );
}
