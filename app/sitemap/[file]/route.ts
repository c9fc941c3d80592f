import { getContent, getPrerenderContent, getSite } from '@/lib/content';
import { renderUrlset, SITEMAP_CONTENT_TYPE, sitemapFiles, sitemapUrls } from '@/lib/seo/sitemap';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 60;

/** `/sitemap/1.xml`, `/sitemap/2.xml`…: the parts of a sitemap too large for one file (none below 50,000 URLs). */
export function generateStaticParams() {
  const files = sitemapFiles(sitemapUrls(getPrerenderContent().collection, getSite().paginate));
  return files.length > 1 ? files.map((_, i) => ({ file: `${i + 1}.xml` })) : [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const site = getSite();
  const n = Number(/^([1-9]\d*)\.xml$/.exec((await params).file)?.[1]);
  const files = sitemapFiles(sitemapUrls(getContent().collection, site.paginate));
  const file = files.length > 1 ? files[n - 1] : undefined;
  if (!file) return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(renderUrlset(file, site.url), { headers: { 'Content-Type': SITEMAP_CONTENT_TYPE } });
}
