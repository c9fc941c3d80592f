import { getContent, getSite } from '@/lib/content';
import { renderSitemapIndex, renderUrlset, SITEMAP_CONTENT_TYPE, sitemapFiles, sitemapUrls } from '@/lib/seo/sitemap';

// Built with the site, and regenerated like its pages (app/layout.tsx), so a scheduled post joins it when it goes live.
export const dynamic = 'force-static';
export const revalidate = 60;

/** The sitemap, or past 50,000 URLs the index of its parts (app/sitemap/[file]). */
export function GET() {
  const site = getSite();
  const files = sitemapFiles(sitemapUrls(getContent().collection, site.paginate));
  const body = files.length === 1 ? renderUrlset(files[0]!, site.url) : renderSitemapIndex(files, site.url);
  return new Response(body, { headers: { 'Content-Type': SITEMAP_CONTENT_TYPE } });
}
