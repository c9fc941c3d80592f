import { formatLongDate } from '@/lib/content';
import type { Translator } from '@/lib/i18n';

/** A post's date as its author wrote it (its own UTC offset), in the site's language; machine-readable in `dateTime`. */
export function PostDate({ date, t }: { date: string; t: Translator }) {
  return <time dateTime={date}>{formatLongDate(date, t.lang)}</time>;
}
