/**
 * What every feed says, whatever its format: the channel and its items, from a list of public posts.
 * `rss.ts`, `atom.ts` and `json-feed.ts` only serialise this; `serve.ts` picks the posts.
 */
import mime from 'mime';
import { publicationState } from '../content';
import type { RenderedEntry } from '../content/generated/entry';
import { utcDate, type OffsetDateString } from '../content/core/dates';
import type { SiteConfig } from '../content/source/site';
import { archivePath, type Taxonomy, type Term } from '../content/core/terms';
import { absoluteUrl } from '../content/core/urls';
import { feedHtml, resolveUrl } from './feed-html';
import { feedDescription, feedPaths, feedTitle } from './paths';

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

export interface FeedItemCategory {
  name: string;
  /** The taxonomy's archive root (`https://site/tag/`), as the Atom category scheme. */
  scheme: string;
}

export interface FeedItem {
  /** The WordPress `guid` byte for byte, so readers never see an old post as new; else the permalink. */
  id: string;
  idIsPermalink: boolean;
  url: string;
  title: string;
  /** The excerpt, plain text; empty only for a post with neither excerpt nor body. */
  summary: string;
  /** The sanitised body with every URL absolute. */
  contentHtml: string;
  date: OffsetDateString;
  author: string | null;
  categories: FeedItemCategory[];
  image: { url: string; type: string | null; alt: string | null } | null;
}

export interface Feed {
  title: string;
  description: string;
  /** The HTML page the feed follows: the home page or the archive. */
  homeUrl: string;
  /** Absolute URLs of this feed in each format (each format's `self`). */
  links: { rss: string; atom: string; json: string | null };
  language: string;
  icon: string;
  /** The newest item's date: a rebuild of unchanged content yields the same feed, byte for byte. */
  updated: OffsetDateString | null;
  /** The site's name, the author of posts that name none (Atom requires one). */
  publisher: string;
  items: FeedItem[];
}

const STATE_MARK = { draft: '[Draft] ', scheduled: '[Scheduled] ', published: '' } as const;

function feedItem(post: RenderedEntry, site: SiteConfig, usedIds: Set<string>, previewAt?: number): FeedItem {
  const url = absoluteUrl(post.url, site.url);
  const categories = [
    ...post.categories.map((term) => ({ name: term.name, scheme: absoluteUrl('/category/', site.url) })),
    ...post.tags.map((term) => ({ name: term.name, scheme: absoluteUrl('/tag/', site.url) })),
  ];
  let image: FeedItem['image'] = null;
  if (post.image) {
    const imageUrl = resolveUrl(post.image.src, url, site.url);
    image = { url: imageUrl, type: mime.getType(pathOf(imageUrl)), alt: post.image.alt };
  }
  // A guid repeated by hand edits would make readers merge two posts: the later one falls back to its permalink.
  const guid = post.guid !== null && !usedIds.has(post.guid) ? post.guid : null;
  usedIds.add(guid ?? url);
  return {
    id: guid ?? url,
    idIsPermalink: guid === null,
    url,
    // In preview, unpublished posts are marked where a reader shows them: in the title.
    title: previewAt === undefined ? post.title : `${STATE_MARK[publicationState(post, previewAt)]}${post.title}`,
    summary: post.excerpt,
    contentHtml: feedHtml(post.html, url, site.url),
    // Only a draft can lack a date (it is in preview feeds only): it is dated now, where a new post would be.
    date: post.date ?? utcDate(previewAt ?? Date.now()),
    author: post.author,
    categories,
    image,
  };
}

/**
 * The feed of the whole site (`archive` absent) or of one archive, from its public posts, newest first.
 * Pure: the same posts and settings give the same feed, whenever and wherever it is built.
 */
export function feedFrom(
  site: SiteConfig,
  posts: RenderedEntry[],
  archive?: { taxonomy: Taxonomy; term: Term },
  { previewAt }: { previewAt?: number } = {},
): Feed {
  const scope = archive ? { taxonomy: archive.taxonomy, slug: archive.term.slug } : null;
  const paths = feedPaths(scope);
  const usedIds = new Set<string>();
  const items = posts.slice(0, site.feedItems).map((post) => feedItem(post, site, usedIds, previewAt));
  return {
    title: feedTitle(site, archive ?? null),
    description: archive ? feedDescription(site, archive) : site.description || site.title,
    homeUrl: absoluteUrl(archive ? archivePath(archive.taxonomy, archive.term.slug) : '/', site.url),
    links: {
      rss: absoluteUrl(paths.rss, site.url),
      atom: absoluteUrl(paths.atom, site.url),
      json: paths.json && absoluteUrl(paths.json, site.url),
    },
    language: site.language,
    icon: resolveUrl(site.icon, absoluteUrl('/', site.url), site.url),
    updated: items[0]?.date ?? null,
    publisher: site.title,
    items,
  };
}
