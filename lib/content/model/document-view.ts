/**
 * What a document's page shows besides the document: for a post, the neighbours and related posts and its terms
 * as their archives name them; for the About page, the site's authors. Routes render it; they derive nothing.
 */
import type { PublicationState } from '../core/publication';
import type { Taxonomy, Term } from '../core/terms';
import { ABOUT_PATH } from '../core/urls';
import type { Entry } from '../generated/entry';
import type { TermArchive } from './collection';
import { termIndex } from './listings';
import { getContent } from './queries';

interface ViewOf {
  doc: Entry;
  /** Published, or (in preview) scheduled or a draft. */
  state: PublicationState;
}

/** A post (or a draft post in preview), as its page shows it. */
export interface PostView extends ViewOf {
  kind: 'post';
  older: Entry | null;
  newer: Entry | null;
  related: Entry[];
  categories: Term[];
  tags: Term[];
}

/** A WordPress page (About, Contact…), as its page shows it. */
export interface PageView extends ViewOf {
  kind: 'page';
  /** On the About page of a site with several authors: each author's archive. */
  authors: TermArchive[];
}

export type DocumentView = PostView | PageView;

/** The document at a URL and what its page shows, or null when the view has no document there. */
export function documentView(url: string, preview = false): DocumentView | null {
  const content = getContent(preview);
  const doc = content.byUrl(url);
  if (!doc) return null;
  const state = content.publicationState(doc);
  if (!content.isPost(doc)) {
    const authors = doc.url === ABOUT_PATH ? termIndex('author', preview) : [];
    return { kind: 'page', doc, state, authors: authors.length > 1 ? authors : [] };
  }
  // Previous, next and related posts are public posts, in preview too: a draft is shown among the posts it will
  // sit among, and is never suggested from another page.
  const published = getContent(false);
  // A term as its archive names it: names that slug the same are one term, under one spelling.
  const named = (taxonomy: Taxonomy, terms: Term[]) => terms.map((term) => content.termArchives(taxonomy).get(term.slug)?.term ?? term);
  return {
    kind: 'post',
    doc,
    state,
    ...published.neighbours(doc),
    related: published.related(doc),
    categories: named('category', doc.categories),
    tags: named('tag', doc.tags),
  };
}
