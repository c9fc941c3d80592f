import type { Translator } from '@/lib/i18n';

/**
 * Shown on every page in preview: the author sees drafts and scheduled posts, and can leave. The exit button is a
 * plain form POST (no client JavaScript); the route returns to the page the button was on.
 */
export function PreviewBar({ t }: { t: Translator }) {
  return (
    <div role="status" className="border-b border-amber-300 bg-amber-100 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
        <p>
          <strong>{t.text('preview.mode')}</strong> {t.text('preview.explained')}
        </p>
        <form method="post" action="/api/draft/exit/">
          <button type="submit" className="rounded-md bg-amber-900 px-3 py-1 font-medium text-white hover:bg-amber-800 dark:bg-amber-200 dark:text-amber-950">
            {t.text('preview.exit')}
          </button>
        </form>
      </div>
    </div>
  );
}
