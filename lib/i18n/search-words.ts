import type { PluralForms } from './table';
import type { Translator } from './translator';

/**
 * The search page's words, handed from the server to its client script (components/SiteSearch.tsx) as plain
 * strings: the browser gets one language's few words, not the message tables.
 */
export interface SearchWords {
  lang: string;
  pageForm: string;
  field: string;
  help: string;
  searching: string;
  failed: string;
  /** `{query}` is the query, quoted by `quoted`. */
  none: string;
  results: PluralForms;
  resultsLabel: string;
  more: string;
  /** `“{name}”`: how the language quotes. */
  quoted: string;
}

export function searchWords(t: Translator): SearchWords {
  const m = t.messages;
  return {
    lang: t.lang,
    pageForm: m['search.pageForm'],
    field: m['search.field'],
    help: m['search.help'],
    searching: m['search.searching'],
    failed: m['search.failed'],
    none: m['search.none'],
    results: m['search.results'],
    resultsLabel: m['search.resultsLabel'],
    more: m['search.more'],
    quoted: m.quoted,
  };
}
