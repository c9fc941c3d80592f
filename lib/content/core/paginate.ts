export interface PageOf<T> {
  items: T[];
  /** 1-based. */
  page: number;
  totalPages: number;
}

/** One page of a listing, or null when the page number is past the end. Page 1 of nothing is an empty page. */
export function paginate<T>(items: T[], page: number, perPage: number): PageOf<T> | null {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  return { items: items.slice((page - 1) * perPage, page * perPage), page, totalPages };
}

/** The page numbers that get their own `/page/N/` URL: 2 and up (page 1 lives at the listing's own URL). */
export function extraPageNumbers(itemCount: number, perPage: number): number[] {
  const totalPages = Math.max(1, Math.ceil(itemCount / perPage));
  return Array.from({ length: totalPages - 1 }, (_, i) => i + 2);
}

/** `/` + page 3 -> `/page/3/`; `/tag/ai/` + page 1 -> `/tag/ai/`. */
export function pageUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}
