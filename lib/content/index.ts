/**
 * The content model as the app sees it: the one entry point for `app/`, `components/` and the other `lib/`
 * folders that show content. Below it, by job (imports only go down):
 * - `model/`: the collections through the one visibility gate, and the queries, listings and wording built on them;
 * - `routing/`: the manifest the content step writes, and the tables the proxy and next.config read from it;
 * - `generated/`: Contentlayer's configuration glue and the store of rendered documents it leaves;
 * - `source/`: reading and validating the export folder;
 * - `core/`: URLs, dates, terms and pagination, shared by all of them.
 */
export * from './model/queries';
export * from './model/listings';
export * from './model/listing-text';
export * from './core/urls';
export * from './core/paginate';
export * from './core/dates';
export * from './core/date-archives';
export * from './core/terms';
export type { SiteConfig } from './source/site';
export type { FeaturedImage } from './source/document';
export { needsOgImage, ogImagePath, postUrlOfOgImage } from './routing/og-images';
export * from './model/document-view';
export * from './model/site-menus';
