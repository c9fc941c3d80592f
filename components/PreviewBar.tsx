/**
 * Shown on every page in preview: the author sees drafts and scheduled posts, and can leave. The exit button is a
 * plain form POST (no client JavaScript); the route returns to the page the button was on.
 */
export function PreviewBar() {
  return (
    <div role="status" className="border-b border-amber-300 bg-amber-100 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
        <p>
          <strong>Preview mode.</strong> Drafts and scheduled posts are shown, marked; readers do not see them.
        </p>
        <form method="post" action="/api/draft/exit/">
          <button type="submit" className="rounded-md bg-amber-900 px-3 py-1 font-medium text-white hover:bg-amber-800 dark:bg-amber-200 dark:text-amber-950">
            Exit preview
          </button>
        </form>
      </div>
    </div>
  );
}
