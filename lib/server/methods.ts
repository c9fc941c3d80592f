/**
 * The methods each URL answers, in one table. Pages, feeds, media and Next's own files take GET and HEAD; the
 * route handlers that export another method are listed by their path (tests/unit/front-door.test.ts checks
 * this table against what every app/**\/route.ts exports). OPTIONS is answered everywhere, by the front door.
 */
const READ = ['GET', 'HEAD'] as const;

export const ROUTE_METHODS: Readonly<Record<string, readonly string[]>> = {
  '/api/draft/exit/': ['POST'],
};

/** What `Allow` lists for a path (as requested, trailing slash included). */
export function allowedMethods(path: string): string[] {
  return [...(ROUTE_METHODS[path] ?? READ), 'OPTIONS'];
}

/** Every method some URL takes: what `OPTIONS *` lists. */
export function serverMethods(): string[] {
  return [...new Set([...READ, ...Object.values(ROUTE_METHODS).flat(), 'OPTIONS'])];
}
