/**
 * Feed URLs are route handlers that read the request (for conditional GETs), so Next.js runs them per request;
 * the feed itself comes from content rendered at build time. The nine route files only pick format and scope.
 */
import { isPreview } from '@/app/_routes/preview';
import type { Taxonomy } from '@/lib/content';
import { serveFeed, type FeedFormat } from '@/lib/feeds/serve';

export function siteFeedRoute(format: FeedFormat) {
  return async (request: Request) => serveFeed(request, format, null, { preview: await isPreview() });
}

export function archiveFeedRoute(format: FeedFormat, taxonomy: Taxonomy) {
  return async (request: Request, { params }: { params: Promise<{ slug: string }> }) =>
    serveFeed(request, format, { taxonomy, slug: (await params).slug }, { preview: await isPreview() });
}
