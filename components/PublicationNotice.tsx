import { formatLongDate, type OffsetDateString, type PublicationState } from '@/lib/content';
import type { Translator } from '@/lib/i18n';

/** On an unpublished post in preview: that it is not published, and when it will be if it is scheduled. */
export function PublicationNotice({ state, date, t }: { state: Exclude<PublicationState, 'published'>; date: OffsetDateString | null; t: Translator }) {
  return (
    <p className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <strong>{t.text('preview.notPublished')}</strong>{' '}
      {state === 'scheduled' && date
        ? t.text('preview.scheduledFor', { date: formatLongDate(date, t.lang), time: date.slice(11, 16), offset: date.slice(19) })
        : t.text('preview.isDraft')}
    </p>
  );
}

/** The label a listing puts beside an unpublished post in preview. */
export function StateBadge({ state, t }: { state: Exclude<PublicationState, 'published'>; t: Translator }) {
  return (
    <span className="ms-2 rounded bg-amber-200 px-1.5 py-0.5 align-middle text-xs font-semibold uppercase tracking-wide text-amber-950">
      {t.text(state === 'scheduled' ? 'state.scheduled' : 'state.draft')}
    </span>
  );
}
