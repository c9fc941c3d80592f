/** Every language the interface is written in, by primary language subtag. */
import { ar } from './messages/ar';
import { en } from './messages/en';
import { fr } from './messages/fr';
import type { MessageTable } from './table';

// English is the reference every table is checked against; `satisfies` checks it has the shape the others must.
const english = en satisfies MessageTable;

export const MESSAGE_TABLES: Readonly<Record<string, MessageTable>> = { en: english, fr, ar };

/** The language whose words stand in for a language without a table. */
export const FALLBACK_LANGUAGE = 'en';

/** The table for a language tag (`fr-CA` finds `fr`); English for a language without one. */
export function messageTableFor(lang: string): { language: string; table: MessageTable } {
  const primary = lang.split('-')[0]!.toLowerCase();
  const table = MESSAGE_TABLES[primary];
  return table ? { language: primary, table } : { language: FALLBACK_LANGUAGE, table: english };
}
