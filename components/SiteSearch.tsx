'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
// The helpers alone, not `@/lib/i18n`: the message tables of every language stay on the server.
import { fill, formatCount } from '@/lib/i18n/format';
import type { SearchWords } from '@/lib/i18n/search-words';
import { loadPagefind, loadResults, searchIndex, type FoundDocument, type PendingResult } from '@/lib/search/pagefind-client';
import { SearchBox } from './SearchBox';
import { SearchResultList } from './SearchResultList';

/** Results shown at first, and added by each "More results". */
const PAGE_SIZE = 10;
/** How long typing pauses before the query goes into the URL and runs. */
const TYPING_PAUSE_MS = 250;

type Outcome =
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | { status: 'done'; query: string; total: number }
  | { status: 'failed'; query: string };

const searchUrl = (query: string) => (query ? `/search/?${new URLSearchParams({ q: query })}` : '/search/');

const quote = (query: string, words: SearchWords) => fill(words.quoted, { name: query }, words.lang);

function statusText(outcome: Outcome, words: SearchWords): string {
  switch (outcome.status) {
    case 'idle':
      return '';
    case 'searching':
      return words.searching;
    case 'failed':
      return words.failed;
    case 'done':
      if (outcome.total === 0) return fill(words.none, { query: quote(outcome.query, words) }, words.lang);
      return formatCount(words.results, outcome.total, { query: quote(outcome.query, words) }, words.lang);
  }
}

/**
 * The search page's form and results. The query lives in the URL (`/search/?q=…`), so results can be shared and
 * the back button returns to the previous query: typing updates the URL after a pause (one history entry per
 * search, not per keystroke), and the results follow the URL. Pagefind and the index load on the first
 * keystroke, or at once when the page opens with a query.
 *
 * Keyboard: the arrow keys move between the box and the results (Tab works too); "More results" moves focus to
 * the first result it adds. The result count is announced (`role="status"`). `words`: its text, in the site's language.
 */
export function SiteSearch({ words }: { words: SearchWords }) {
  const query = (useSearchParams().get('q') ?? '').trim();
  const [text, setText] = useState(query);
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });
  const [shown, setShown] = useState<FoundDocument[]>([]);
  const matches = useRef<PendingResult[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The query this component last put in the URL; any other change of the URL is the back or forward button.
  const navigatedTo = useRef(query);
  // Whether the next URL change starts a new history entry: the first after the page opens, a submit or a back.
  const newEntry = useRef(true);

  // The search follows the URL's query (typed, or on back and forward): state set here mirrors an external source.
  /* eslint-disable react-hooks/set-state-in-effect */
  useEffect(() => {
    if (query !== navigatedTo.current) {
      navigatedTo.current = query;
      newEntry.current = true;
      setText(query);
    }
    if (!query) {
      setOutcome({ status: 'idle' });
      setShown([]);
      return;
    }
    let current = true;
    setOutcome({ status: 'searching', query });
    (async () => {
      const found = await searchIndex(query);
      const first = await loadResults(found.slice(0, PAGE_SIZE));
      if (!current) return;
      matches.current = found;
      setShown(first);
      setOutcome({ status: 'done', query, total: found.length });
    })().catch((error: unknown) => {
      console.error('Search failed:', error);
      if (current) setOutcome({ status: 'failed', query });
    });
    return () => {
      current = false;
    };
  }, [query]);
  /* eslint-enable react-hooks/set-state-in-effect */

  // A pending URL update must not outlive the page.
  useEffect(() => () => clearTimeout(typingTimer.current), []);

  // The tab and history entry name the query: `“drone” – Search – Site`.
  const pageTitle = useRef<string>(null);
  useEffect(() => {
    pageTitle.current ??= document.title;
    document.title = query ? `${quote(query, words)} – ${pageTitle.current}` : pageTitle.current;
  }, [query, words]);

  const navigate = (value: string) => {
    clearTimeout(typingTimer.current);
    const next = value.trim();
    if (next === navigatedTo.current) return;
    navigatedTo.current = next;
    // The History API, not router.push: Next.js keeps useSearchParams in step with it, and the page (static, the
    // same for every query) is not fetched from the server again.
    if (newEntry.current) window.history.pushState(null, '', searchUrl(next));
    else window.history.replaceState(null, '', searchUrl(next));
    newEntry.current = false;
  };

  const onChange = (value: string) => {
    setText(value);
    if (value.trim()) void loadPagefind().catch(() => {}); // start fetching the index while the reader types
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => navigate(value), TYPING_PAUSE_MS);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The box's value as it is now: a submit can come in the same task as the last keystroke, before React
    // has rendered it into `text`.
    navigate(inputRef.current?.value ?? text);
    newEntry.current = true;
  };

  const showMore = async () => {
    const from = shown.length;
    const more = await loadResults(matches.current.slice(from, from + PAGE_SIZE));
    setShown((previous) => [...previous, ...more]);
    // After React has rendered them: focus the first added result, where the reader's eyes go.
    requestAnimationFrame(() => listRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')[from]?.focus());
  };

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [inputRef.current, ...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-search-result]') ?? [])];
    const at = stops.indexOf(document.activeElement as HTMLInputElement | HTMLAnchorElement);
    const next = at === -1 ? undefined : stops[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  const done = outcome.status === 'done';
  return (
    <div onKeyDown={moveFocus}>
      <SearchBox
        id="search-query"
        label={words.pageForm}
        fieldLabel={words.field}
        onSubmit={onSubmit}
        inputProps={{
          ref: inputRef,
          value: text,
          onChange: (event) => onChange(event.target.value),
          'aria-describedby': 'search-help',
          autoFocus: !query,
        }}
      />
      <p id="search-help" className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        {words.help}
      </p>
      <p role="status" className="mt-6 font-medium">
        {statusText(outcome, words)}
      </p>
      {shown.length > 0 && (outcome.status === 'done' || outcome.status === 'searching') && (
        <div aria-busy={outcome.status === 'searching'} className={outcome.status === 'searching' ? 'opacity-60' : undefined}>
          <SearchResultList results={shown} label={words.resultsLabel} listRef={listRef} />
          {done && shown.length < outcome.total && (
            <button
              type="button"
              onClick={() => void showMore().catch((error: unknown) => console.error('Loading more results failed:', error))}
              className="mt-8 rounded-md border border-zinc-300 px-4 py-2 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
            >
              {words.more}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
