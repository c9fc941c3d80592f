import { formatLongDate } from '@/lib/content';

/** A post's date as its author wrote it (its own UTC offset), machine-readable in `dateTime`. */
export function PostDate({ date }: { date: string }) {
  return <time dateTime={date}>{formatLongDate(date)}</time>;
}
