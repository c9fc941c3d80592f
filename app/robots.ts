import type { MetadataRoute } from 'next';
import { getSite } from '@/lib/content';

/** Crawlers may read everything but the preview API and the drafts list; the sitemap says what there is. */
export default function robots(): MetadataRoute.Robots {
  const site = getSite();
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/drafts/'] },
    sitemap: `${site.url}/sitemap.xml`,
  };
}
