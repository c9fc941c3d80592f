import type { Feed } from './feed';

export const JSON_FEED_CONTENT_TYPE = 'application/feed+json; charset=utf-8';

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function renderJsonFeed(feed: Feed): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      home_page_url: feed.homeUrl,
      feed_url: feed.links.json ?? undefined,
      description: feed.description,
      icon: feed.icon,
      favicon: feed.icon,
      language: feed.language,
      authors: [{ name: feed.publisher }],
      items: feed.items.map((item) => ({
        id: item.id,
        url: item.url,
        title: item.title,
        content_html: item.contentHtml,
        summary: item.summary || undefined,
        image: item.image?.url,
        date_published: item.date,
        authors: item.author ? [{ name: item.author }] : undefined,
        tags: item.categories.length > 0 ? [...new Set(item.categories.map((category) => category.name))] : undefined,
      })),
    },
    null,
    2,
  );
}
