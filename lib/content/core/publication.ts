import { instant, type OffsetDateString } from './dates';

/** Where a document stands: public, waiting for its date, or not published at all. */
export type PublicationState = 'published' | 'scheduled' | 'draft';

/**
 * Whether a document is public at `now`, and if not, why: the rule behind the one visibility gate
 * (model/collection.ts), which every listing, page, feed, sitemap and static-params list goes through, and behind
 * the tables the content step writes for the proxy (routing/). Drafts (`_drafts/`, `draft: true`,
 * `published: false`, a draft, pending or private status) are never public; a post dated after `now` is
 * scheduled. Revisions and auto-drafts never become documents at all.
 */
export function publicationState(doc: { kind: 'post' | 'page' | 'draft'; date: OffsetDateString | null }, now: number): PublicationState {
  if (doc.kind === 'draft') return 'draft';
  if (doc.kind === 'page') return 'published';
  return doc.date !== null && instant(doc.date) <= now ? 'published' : 'scheduled';
}
