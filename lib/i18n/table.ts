/** The shape every language's message table has, and the types that keep the callers' keys and values right. */
import type { en } from './messages/en';

type English = typeof en;
export type MessageKey = keyof English;

/** A counted message: a text for each plural category the language has (`other` always), `{n}` being the count. */
export type PluralForms = { readonly other: string } & { readonly [C in Exclude<Intl.LDMLPluralRule, 'other'>]?: string };

/** The keys of counted messages (`count.posts`), and of plain ones. */
export type CountKey = { [K in MessageKey]: English[K] extends string ? never : K }[MessageKey];
export type TextKey = Exclude<MessageKey, CountKey>;

/** One language's table: every key of the English one, counted where English counts. */
export type MessageTable = { readonly [K in MessageKey]: K extends CountKey ? PluralForms : string };

/** The `{name}`s of a text, as a union: `'page' | 'total'`. */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
type TextsOf<V> = V extends string ? V : V[keyof V];
/** The values a message needs filled in (a count's `{n}` is the count itself). */
type NamesOf<K extends MessageKey> = Exclude<Placeholders<TextsOf<English[K]>>, 'n'>;
export type Params<K extends MessageKey> = Record<NamesOf<K>, string | number>;
/** No argument for a message without values to fill in; the values otherwise. */
export type ParamArgs<K extends MessageKey> = [NamesOf<K>] extends [never] ? [] : [params: Params<K>];
