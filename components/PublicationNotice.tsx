import { formatLongDate, type OffsetDateString, type PublicationState } from '@/lib/content';

/** On an unpublished post in preview: that it is not published, and when it will be if it is scheduled. */
export function PublicationNotice({ state, date }: { state: Exclude<PublicationState, 'published'>; date: OffsetDateString | null }) {
  return (
    <p className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <strong>Preview: not published.</strong>{' '}
      {state === 'scheduled' && date
        ? `Scheduled: it goes live on ${formatLongDate(date)} at ${date.slice(11, 16)} (UTC${date.slice(19)}).`
        : 'This is a draft: only people in preview can see it.'}
    </p>
  );
}

/** The label a listing puts beside an unpublished post in preview. */
export function StateBadge({ state }: { state: Exclude<PublicationState, 'published'> }) {
  return (
    <span className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 align-middle text-xs font-semibold uppercase tracking-wide text-amber-950">
      {state === 'scheduled' ? 'Scheduled' : 'Draft'}
    </span>
  );
}
