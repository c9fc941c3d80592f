import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isPreview } from '@/app/_routes/preview';
import { siteWords } from '@/app/_routes/words';
import { PostList } from '@/components/PostSummary';
import { getContent, publicationState } from '@/lib/content';

export function generateMetadata(): Metadata {
  return { title: siteWords().text('drafts.title') };
}

/** In preview, every unpublished post with its link; for everyone else, a 404 like any unknown URL. */
export default async function DraftsPage() {
  if (!(await isPreview())) notFound();
  const t = siteWords();
  const { collection } = getContent(true);
  // Posts newest first (undated drafts on top), then unpublished pages.
  const unpublished = [...collection.posts, ...collection.pages].filter((doc) => publicationState(doc, collection.now) !== 'published');
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t.text('drafts.title')}</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t.count('drafts.summary', unpublished.length)}</p>
      <PostList posts={unpublished} previewAt={collection.now} t={t} />
    </>
  );
}
