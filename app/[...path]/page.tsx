import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { DateArchivePage, dateArchiveMetadata, type DateArchiveRequest } from '@/app/_routes/date-archive';
import { PageView } from '@/app/_routes/page-view';
import { PostView } from '@/app/_routes/post-view';
import { isPreview } from '@/app/_routes/preview';
import { documentView, getPrerenderContent, getSite, INDEX_PATHS, parseDateArchivePath, pathFromSegments, prerenderedDatePaths, segmentsOf, type DocumentView } from '@/lib/content';
import { documentMetadata } from '@/lib/seo/document-metadata';

/**
 * Every post and WordPress page, at its own permalink, and the date archives (`/2020/05/`), which share the
 * URL space with permalinks like `/2020/05/01/slug/`; in preview (Draft Mode, which renders any URL on demand),
 * drafts and scheduled posts too. Anything else is a 404. A scheduled post's URL is prerendered as a 404 and
 * becomes the post when Next.js regenerates it after its time (`revalidate` in app/layout.tsx).
 */
type Props = { params: Promise<{ path: string[] }> };

// Month and day archives and later pages of date archives are rendered on their first visit, then kept (see
// lib/content/model/listings.ts); any other URL not prerendered is a 404, which Next.js does not store.
export const dynamicParams = true;

export function generateStaticParams() {
  // An export page at an index URL (`/archives/`) is shown by that index's own route.
  const documents = getPrerenderContent()
    .documents()
    .map((doc) => doc.url)
    .filter((url) => !INDEX_PATHS.includes(url));
  return [...documents, ...prerenderedDatePaths()].map((path) => ({ path: segmentsOf(path) }));
}

/**
 * What the path is: a date archive's page when no document has it, else the document's view, or nothing. Once per
 * render (React's cache): the metadata and the page both ask, and a post's view holds its related posts.
 */
const routeAt = cache((path: string, preview: boolean): { archive: DateArchiveRequest } | { view: DocumentView } | null => {
  const archive = parseDateArchivePath(path);
  if (archive) return { archive };
  const view = documentView(path, preview);
  return view && { view };
});

const routeOf = async (params: Props['params']) => routeAt(pathFromSegments((await params).path), await isPreview());

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = await routeOf(params);
  if (!route) return {};
  return 'archive' in route ? dateArchiveMetadata(route.archive) : documentMetadata(route.view.doc, getSite());
}

export default async function DocumentPage({ params }: Props) {
  const route = await routeOf(params);
  if (!route) notFound();
  if ('archive' in route) return <DateArchivePage request={route.archive} />;
  return route.view.kind === 'post' ? <PostView view={route.view} /> : <PageView view={route.view} />;
}
