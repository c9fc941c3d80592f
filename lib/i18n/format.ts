/**
 * Filling in a message and choosing a plural form: small and free of the message tables, so a client component
 * can use them on the words the server gave it (components/SiteSearch.tsx) without shipping every language.
 */
import type { PluralForms } from './table';

const PLACEHOLDER = /\{(\w+)\}/g;

/** `fill('Page {page} of {total}', { page: 2, total: 5 }, 'en')`; numbers are written the language's way. */
export function fill(template: string, params: Readonly<Record<string, string | number>>, lang: string): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

/** A template cut at its placeholders, for callers that put elements (links) in their place. */
export function templateParts(template: string): ({ text: string } | { name: string })[] {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((part) => (/^\{\w+\}$/.test(part) ? { name: part.slice(1, -1) } : { text: part }));
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(map: Map<string, T>, lang: string, make: () => T): T {
  let value = map.get(lang);
  if (!value) map.set(lang, (value = make()));
  return value;
}

/** `1,234` in English, `1 234` in French. */
export function formatNumber(n: number, lang: string): string {
  return cached(numberFormats, lang, () => new Intl.NumberFormat(lang)).format(n);
}

/** The form of a counted message for `n`, by the language's plural rules (Arabic has six, English two). */
export function pluralForm(forms: PluralForms, n: number, lang: string): string {
  const category = cached(pluralRules, lang, () => new Intl.PluralRules(lang)).select(n);
  return (category === 'other' ? undefined : forms[category]) ?? forms.other;
}

/** A counted message with its count and values filled in: `3 posts tagged “AI”`. */
export function formatCount(forms: PluralForms, n: number, params: Readonly<Record<string, string | number>>, lang: string): string {
  return fill(pluralForm(forms, n, lang), { ...params, n }, lang);
}
