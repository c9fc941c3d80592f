import type { MetadataRoute } from 'next';
import { loadSiteConfig } from '@/lib/content/site';

/** Crawlers may read everything but the preview API and the drafts list; the sitemap says what there is. */
export default function robots(): MetadataRoute.Robots {
  const site = loadSiteConfig();
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/drafts/'] },
    sitemap: `${site.url}/sitemap.xml`,
  };
}
