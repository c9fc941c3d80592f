import { textDirection } from './direction';
import { fill, formatCount, formatNumber } from './format';
import type { CountKey, MessageTable, ParamArgs, TextKey } from './table';
import { messageTableFor } from './tables';

/**
 * The interface's words in one language, with its numbers, plurals and direction. `lang` is the site's language
 * tag (`_config.yml` `lang`): numbers and dates follow it through Intl even where the words fall back to English.
 */
export interface Translator {
  /** The site's language tag, for Intl and `<html lang>`. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** The table's own language (`en` when the site's has no table). */
  readonly wordsLanguage: string;
  readonly messages: MessageTable;
  /** A message with its values filled in: `text('pagination.position', { page: 2, total: 5 })`. */
  text<K extends TextKey>(key: K, ...params: ParamArgs<K>): string;
  /** A counted message, in the plural form `n` takes: `count('count.posts', 3)` is `3 posts`. */
  count<K extends CountKey>(key: K, n: number, ...params: ParamArgs<K>): string;
  /** A number written the language's way: `1,234`, `1 234`. */
  number(n: number): string;
}

const translators = new Map<string, Translator>();

export function translator(lang: string): Translator {
  let t = translators.get(lang);
  if (t) return t;
  const { language, table } = messageTableFor(lang);
  // (Typed per key at the interface; here any key of a kind, with its values.)
  type Values = Readonly<Record<string, string | number>>;
  const text = (key: TextKey, params?: Values) => fill(table[key] as string, params ?? {}, lang);
  const count = (key: CountKey, n: number, params?: Values) => formatCount(table[key], n, params ?? {}, lang);
  t = {
    lang,
    dir: textDirection(lang),
    wordsLanguage: language,
    messages: table,
    text,
    count,
    number: (n) => formatNumber(n, lang),
  };
  translators.set(lang, t);
  return t;
}
