/**
 * Post dates keep the UTC offset they were written with: WordPress shows a post's local date, and converting
 * to UTC moves posts written near midnight to the neighbouring day.
 */

/** `2020-09-08T16:17:01+00:00` (the form every normalised date takes). */
export type OffsetDateString = string;

// ISO 8601 (`T` or space), seconds optional, offset as `Z`, `+HH:MM`, `+HHMM` or missing.
const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;


/**
 * Reads a front-matter date as written. Returns null when it is not a date. A date without an offset is
 * taken as UTC (the exporter always writes one; hand-written posts may not).
 */
export function parseOffsetDate(value: string): OffsetDateString | null {
  const m = DATE.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone = 'Z'] = m;
  const offset = zone === 'Z' ? '+00:00' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`;
  const parts = [Number(mo), Number(d), Number(h), Number(mi), Number(s)];
  const [month, day, hour, minute, second] = parts as [number, number, number, number, number];
  const [offH, offM] = [Number(offset.slice(1, 3)), Number(offset.slice(4, 6))];
  // Reject 2020-02-31, 25:00, +15:00 and the like instead of letting Date roll them over.
  const probe = new Date(Date.UTC(Number(y), month - 1, day));
  if (
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    offH > 14 ||
    offM > 59
  ) {
    return null;
  }
  return iso;
}

/** The date a post's file name starts with (`_posts/2020-09-08-slug.md`), at midnight UTC. */
export function dateFromFileName(fileName: string): OffsetDateString | null {
  const m = /^(\d{4}-\d{2}-\d{2})-/.exec(fileName);
  return m ? parseOffsetDate(m[1]!) : null;
}

/** Milliseconds since the epoch: what sorting and "is it published yet" compare. */
export function instant(date: OffsetDateString): number {
  return Date.parse(date);
}

/** The calendar date as the author saw it: `{ year: 2020, month: 9, day: 8 }` for `2020-09-08T23:30:00-04:00`. */
export function localDate(date: OffsetDateString): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date format of the site's language (`lang`), cached per language and style. The calendar is always the
 * Gregorian one, as WordPress's translated dates and the `/2020/05/` archives are (Persian would default to its own).
 * The time zone is UTC because callers pass the post's own local date, never an instant.
 */
export function dateFormat(locale: string, style: 'long' | 'year' | 'month' | 'monthName'): Intl.DateTimeFormat {
  const key = `${locale} ${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options = (
      { long: { dateStyle: 'long' }, year: { year: 'numeric' }, month: { month: 'long', year: 'numeric' }, monthName: { month: 'long' } } as const
    )[style];
    format = new Intl.DateTimeFormat(locale, { ...options, calendar: 'gregory', timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** "September 8, 2020" (`8 septembre 2020` in French): the post's own local date, whatever the server's time zone. */
export function formatLongDate(date: OffsetDateString, locale = 'en'): string {
  const { year, month, day } = localDate(date);
  return dateFormat(locale, 'long').format(Date.UTC(year, month - 1, day));
}


const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * RFC 822 (as RSS 2.0 uses it, with a four-digit year) in the post's own offset:
 * `2020-09-08T23:30:00-04:00` -> `Tue, 08 Sep 2020 23:30:00 -0400`. `Date#toUTCString` would give the
 * right instant but the wrong day for readers that show the date as sent.
 */
export function rfc822Date(date: OffsetDateString): string {
  const { year, month, day } = localDate(date);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const time = date.slice(11, 19);
  const offset = date.slice(19).replace(':', '');
  return `${weekday}, ${String(day).padStart(2, '0')} ${MONTHS[month - 1]} ${year} ${time} ${offset}`;
}

/** An instant as an offset date in UTC: `2026-11-29T12:00:00+00:00`. */
export function utcDate(instantMs: number): OffsetDateString {
  return `${new Date(instantMs).toISOString().slice(0, 19)}+00:00`;
}
