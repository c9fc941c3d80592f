import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isPreview } from '@/app/_routes/preview';
import { PostList } from '@/components/PostSummary';
import { getContent, publicationState } from '@/lib/content';

export const metadata: Metadata = { title: 'Drafts and scheduled posts' };

/** In preview, every unpublished post with its link; for everyone else, a 404 like any unknown URL. */
export default async function DraftsPage() {
  if (!(await isPreview())) notFound();
  const { collection } = getContent(true);
  // Posts newest first (undated drafts on top), then unpublished pages.
  const unpublished = [...collection.posts, ...collection.pages].filter((doc) => publicationState(doc, collection.now) !== 'published');
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Drafts and scheduled posts</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        {unpublished.length} unpublished {unpublished.length === 1 ? 'document' : 'documents'}: posts newest first, then pages
      </p>
      <PostList posts={unpublished} previewAt={collection.now} />
    </>
  );
}
