import type { ComponentPropsWithRef, FormEventHandler } from 'react';

/**
 * A search form that works without JavaScript: a GET to `/search/?q=…`. The header's box is this form alone; the
 * search page's is the same form with the page's handlers (components/SiteSearch.tsx).
 */
export function SearchBox({
  id,
  label,
  fieldLabel,
  compact = false,
  onSubmit,
  inputProps,
}: {
  id: string;
  /** The form's accessible name: a page can have two search forms (header, search page). */
  label: string;
  /** The search box's own name, its placeholder and the button's: `Search`. */
  fieldLabel: string;
  compact?: boolean;
  onSubmit?: FormEventHandler<HTMLFormElement>;
  inputProps?: ComponentPropsWithRef<'input'>;
}) {
  return (
    <form role="search" aria-label={label} action="/search/" method="get" onSubmit={onSubmit} className="flex items-stretch">
      <label htmlFor={id} className="sr-only">
        {fieldLabel}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        placeholder={fieldLabel}
        autoComplete="off"
        enterKeyHint="search"
        {...inputProps}
        className={`min-w-0 rounded-s-md border border-e-0 border-zinc-300 bg-white px-2 text-zinc-900 placeholder:text-zinc-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400 ${compact ? 'w-36 py-1 text-sm' : 'w-full py-2 text-base'}`}
      />
      <button
        type="submit"
        aria-label={fieldLabel}
        className="inline-flex items-center rounded-e-md border border-zinc-300 bg-zinc-100 px-2 text-zinc-700 hover:bg-zinc-200 dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-200 dark:hover:bg-zinc-700"
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" className={compact ? 'h-4 w-4' : 'h-5 w-5'} fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" strokeLinecap="round" />
        </svg>
      </button>
    </form>
  );
}
