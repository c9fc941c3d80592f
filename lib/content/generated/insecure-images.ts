/**
 * Whether the export's bodies show images over plain http, from the store's entries: the site's
 * Content-Security-Policy allows `http:` images only then (the manifest records it for next.config.ts). Drafts
 * count too: authors preview them on the same site, under the same policy.
 */
import { readEntryIndex } from './store';

export const exportHasHttpImages = (dir?: string): boolean => readEntryIndex(dir).entries.some((entry) => entry.insecureImages.length > 0);
