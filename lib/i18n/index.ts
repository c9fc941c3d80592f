/**
 * The interface's language: every word the site shows around the content (navigation, headings, counts, dates'
 * wording), in the site's language (`lang` in `_config.yml`), with English for a language without a table.
 * Machine-readable text stays as it is: feed dates, `<time dateTime>`, URLs, JSON-LD.
 */
export { translator, type Translator } from './translator';
export { textDirection } from './direction';
export { fill, formatCount, formatNumber, pluralForm, templateParts } from './format';
export { MESSAGE_TABLES, FALLBACK_LANGUAGE, messageTableFor } from './tables';
export { searchWords, type SearchWords } from './search-words';
export type { CountKey, MessageKey, MessageTable, PluralForms, TextKey } from './table';
