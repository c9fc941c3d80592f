/**
 * Whether the export's bodies show images over plain http, from the content step's entry index: the site's
 * Content-Security-Policy allows `http:` images only then (next.config.ts). Drafts count too: authors preview
 * them on the same site, under the same policy.
 */
import { readEntryIndex } from './store';

export function exportHasHttpImages(dir?: string): boolean {
  // (An index written before the field existed has none.)
  return readEntryIndex(dir).entries.some((entry) => (entry.insecureImages ?? []).length > 0);
}
