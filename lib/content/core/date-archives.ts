/**
 * WordPress's date archives: `/2020/`, `/2020/05/`, `/2020/05/01/` (and their `/page/N/`). A post is filed
 * under its own local date, in the offset it was written with, as WordPress filed it.
 */
import { dateFormat, localDate, type OffsetDateString } from './dates';

export interface DateArchiveKey {
  year: number;
  month?: number;
  day?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `{ year: 2020, month: 5 }` -> `/2020/05/`. */
export function dateArchivePath({ year, month, day }: DateArchiveKey): string {
  return `/${year}/${month ? `${pad(month)}/${day ? `${pad(day)}/` : ''}` : ''}`;
}

/** The year, month and day archives a post dated `date` is listed in. */
export function dateArchivePathsOf(date: OffsetDateString): string[] {
  const { year, month, day } = localDate(date);
  return [dateArchivePath({ year }), dateArchivePath({ year, month }), dateArchivePath({ year, month, day })];
}

// `/2020/`, `/2020/05/`, `/2020/05/01/`, each optionally followed by `page/N/`.
const DATE_ARCHIVE = /^\/(\d{4})\/(?:(\d{2})\/(?:(\d{2})\/)?)?(?:page\/([^/]+)\/)?$/;

/**
 * A date archive's key and the page asked for, from a canonical path; null when the path is not one. The page
 * is a string as written (`pageNumber` decides whether it is one), so `/2020/page/x/` is a date archive URL that
 * does not exist rather than a post URL.
 */
export function parseDateArchivePath(path: string): { key: DateArchiveKey; page: string } | null {
  const m = DATE_ARCHIVE.exec(path);
  if (!m) return null;
  const [, year, month, day, page = '1'] = m;
  const key: DateArchiveKey = { year: Number(year) };
  if (month) key.month = Number(month);
  if (day) key.day = Number(day);
  // Only real calendar dates: `/2020/13/` and `/2020/02/30/` are not archives.
  const probe = new Date(Date.UTC(key.year, (key.month ?? 1) - 1, key.day ?? 1));
  if (probe.getUTCMonth() !== (key.month ?? 1) - 1 || probe.getUTCDate() !== (key.day ?? 1)) return null;
  return { key, page };
}

/** Whether a path has a date archive's shape: no post or page may take it (WordPress would not have let one). */
export function isDateArchivePath(path: string): boolean {
  return DATE_ARCHIVE.test(path);
}

/** `2020`, `May 2020`, `May 1, 2020` (`mai 2020` in French: `locale` is the site's language). */
export function dateArchiveLabel({ year, month, day }: DateArchiveKey, locale = 'en'): string {
  const at = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  return dateFormat(locale, day ? 'long' : month ? 'month' : 'year').format(at);
}

/** `May`: a month's name, for the month list under a year. */
export function monthName(month: number, locale = 'en'): string {
  return dateFormat(locale, 'monthName').format(Date.UTC(2000, month - 1, 1));
}
