/** The index pages' orderings: terms by how many posts they hold, posts by year and month. */
import type { TermArchive } from './collection';
import { localDate } from '../core/dates';
import type { Entry } from '../generated/entry';

/** Archives with the most posts first; equal counts by name in the site's language, then by slug. */
export function byPostCount(archives: Iterable<TermArchive>, language: string): TermArchive[] {
  const byName = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return [...archives].sort(
    (a, b) => b.posts.length - a.posts.length || byName.compare(a.term.name, b.term.name) || (a.term.slug < b.term.slug ? -1 : 1),
  );
}

export interface MonthOfPosts {
  month: number;
  posts: Entry[];
}
export interface YearOfPosts {
  year: number;
  count: number;
  months: MonthOfPosts[];
}

/**
 * Posts (given newest first) grouped by year and month of their own local date, newest first; undated drafts
 * are left out. Grouped by key, not by runs: near midnight, posts in different offsets can be newer by instant
 * yet older by local date.
 */
export function groupByYearAndMonth(posts: Entry[]): YearOfPosts[] {
  const years = new Map<number, YearOfPosts>();
  for (const post of posts) {
    if (post.date === null) continue;
    const { year, month } = localDate(post.date);
    const y = years.get(year) ?? { year, count: 0, months: [] };
    years.set(year, y);
    let m = y.months.find((candidate) => candidate.month === month);
    if (!m) y.months.push((m = { month, posts: [] }));
    m.posts.push(post);
    y.count += 1;
  }
  return [...years.values()]
    .sort((a, b) => b.year - a.year)
    .map((y) => ({ ...y, months: y.months.sort((a, b) => b.month - a.month) }));
}
