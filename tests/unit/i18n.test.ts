/**
 * The interface's language (lib/i18n): every table has every message of the English one, with the same values to
 * fill in and a form for each plural category of its language; right-to-left detection; dates, counts and listing
 * wording in French and Arabic through Intl.
 */
import { describe, expect, test } from 'vitest';
import { formatLongDate } from '../../lib/content/core/dates';
import { dateArchiveLabel, monthName } from '../../lib/content/core/date-archives';
import { archivesText, listingText, termIndexText } from '../../lib/content/model/listing-text';
import { MESSAGE_TABLES, messageTableFor, pluralForm, textDirection, translator, type MessageKey, type PluralForms } from '../../lib/i18n';
import { en } from '../../lib/i18n/messages/en';

const ENGLISH_KEYS = Object.keys(en).sort() as MessageKey[];
const OTHER_LANGUAGES = Object.keys(MESSAGE_TABLES).filter((lang) => lang !== 'en');

/** The `{name}`s of a text. */
const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
const textsOf = (message: string | PluralForms) => (typeof message === 'string' ? [message] : Object.values(message).filter((v): v is string => typeof v === 'string'));

describe('message tables', () => {
  test('there are at least three languages, one of them not written in Latin script and right to left', () => {
    expect(Object.keys(MESSAGE_TABLES)).toEqual(expect.arrayContaining(['en', 'fr', 'ar']));
    expect(new Intl.Locale('ar').maximize().script).toBe('Arab');
  });

  test.each(OTHER_LANGUAGES)('%s has every key of the English table, and no other', (lang) => {
    expect(Object.keys(MESSAGE_TABLES[lang]!).sort()).toEqual(ENGLISH_KEYS);
  });

  test.each(OTHER_LANGUAGES)('%s: every message is translated text, plain where English is plain, counted where it counts', (lang) => {
    const table = MESSAGE_TABLES[lang]!;
    for (const key of ENGLISH_KEYS) {
      const english = en[key];
      const message = table[key] as string | PluralForms | undefined;
      expect(typeof message, key).toBe(typeof english);
      for (const text of textsOf(message!)) expect(text.trim(), key).not.toBe('');
    }
  });

  test.each(Object.keys(MESSAGE_TABLES))('%s: every form of a message fills in the values English fills in (a count may say its number in words)', (lang) => {
    const table = MESSAGE_TABLES[lang]!;
    for (const key of ENGLISH_KEYS) {
      const wanted = new Set([...textsOf(en[key]).flatMap((text) => [...placeholders(text)])].filter((name) => name !== 'n'));
      for (const text of textsOf(table[key])) {
        const got = placeholders(text);
        got.delete('n');
        expect([...got].sort(), `${lang} ${key}: ${text}`).toEqual([...wanted].sort());
      }
    }
  });

  test.each(Object.keys(MESSAGE_TABLES))('%s: every counted message has a form for each plural category of the language, and no other', (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
    const table = MESSAGE_TABLES[lang]!;
    for (const key of ENGLISH_KEYS) {
      const message = table[key];
      if (typeof message === 'string') continue;
      expect(Object.keys(message).sort(), `${lang} ${key}`).toEqual(categories);
    }
  });

  test('the key check fails for a table that lacks a key', () => {
    const { 'nav.home': _dropped, ...incomplete } = MESSAGE_TABLES.fr!;
    expect(Object.keys(incomplete).sort()).not.toEqual(ENGLISH_KEYS);
  });
});

describe('choosing a language', () => {
  test.each([
    ['fr-CA', 'fr'],
    ['AR-eg', 'ar'],
    ['en-US', 'en'],
    ['de', 'en'],
    ['zh-Hant-TW', 'en'],
  ])('%s uses the %s table (English when there is none)', (lang, table) => {
    expect(messageTableFor(lang).language).toBe(table);
    expect(translator(lang).wordsLanguage).toBe(table);
  });

  test('a language without a table gets English words, but its own numbers and dates', () => {
    const t = translator('de');
    expect(t.text('nav.home')).toBe('Home');
    expect(t.count('count.posts', 1234)).toBe('1.234 posts');
    expect(formatLongDate('2020-09-08T23:30:00-04:00', t.lang)).toBe('8. September 2020');
  });

  test.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['ckb', 'rtl'],
    ['az-Arab', 'rtl'],
    ['en', 'ltr'],
    ['fr', 'ltr'],
    ['az', 'ltr'],
    ['ja', 'ltr'],
    ['ru', 'ltr'],
  ] as const)('%s is written %s', (lang, dir) => {
    expect(textDirection(lang)).toBe(dir);
    expect(translator(lang).dir).toBe(dir);
  });
});

describe('plurals, numbers and dates', () => {
  test.each([
    [0, 'لا مقالات'],
    [1, 'مقالة واحدة'],
    [2, 'مقالتان'],
    [3, '3 مقالات'],
    [10, '10 مقالات'],
    [11, '11 مقالة'],
    [100, '100 مقالة'],
  ])('Arabic: %d posts is %s (six plural forms through Intl.PluralRules)', (n, text) => {
    expect(translator('ar').count('count.posts', n)).toBe(text);
  });

  test.each([
    ['en', 1, '1 post'],
    ['en', 0, '0 posts'],
    ['en', 1234, '1,234 posts'],
    ['fr', 1, '1 article'],
    ['fr', 0, '0 article'],
    ['fr', 2, '2 articles'],
    ['fr', 1234, '1\u202f234 articles'],
    ['fr', 1_000_000, '1\u202f000\u202f000 d’articles'],
  ])('%s: %d → %s', (lang, n, text) => {
    expect(translator(lang).count('count.posts', n)).toBe(text);
  });

  test('a form the table lacks falls back to other', () => {
    expect(pluralForm({ other: '{n} things' }, 1, 'en')).toBe('{n} things');
  });

  test('values are filled in, numbers the language way', () => {
    expect(translator('en').text('pagination.position', { page: 2, total: 12 })).toBe('Page 2 of 12');
    expect(translator('fr').text('pagination.position', { page: 2, total: 1200 })).toBe('Page 2 sur 1\u202f200');
    expect(translator('ar').text('quoted', { name: 'تقنية' })).toBe('«تقنية»');
  });

  // 2019-03-12T13:30Z: the post's own date is the 13th; in UTC it would be the 12th.
  test.each([
    ['en', 'March 13, 2019'],
    ['fr', '13 mars 2019'],
    ['ar', '13 مارس 2019'],
  ])('the long date in %s is the post\'s own, through Intl: %s', (lang, shown) => {
    expect(formatLongDate('2019-03-13T01:30:00+12:00', lang)).toBe(shown);
    expect(formatLongDate('2019-03-13T01:30:00+12:00', lang)).toBe(
      new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2019, 2, 13)),
    );
  });

  test('dates keep the Gregorian calendar in every language (a Persian site has /2020/05/ archives too)', () => {
    expect(formatLongDate('2020-05-01T10:00:00+03:30', 'fa')).toContain('۲۰۲۰');
    expect(formatLongDate('2020-05-01T10:00:00+03:30', 'fa')).not.toContain('۱۳۹۹');
  });

  test('archive labels and month names in French and Arabic', () => {
    expect(dateArchiveLabel({ year: 2020, month: 5 }, 'fr')).toBe('mai 2020');
    expect(dateArchiveLabel({ year: 2020, month: 5, day: 1 }, 'fr')).toBe('1 mai 2020');
    expect(dateArchiveLabel({ year: 2020 }, 'fr')).toBe('2020');
    expect(monthName(3, 'ar')).toBe('مارس');
    expect(dateArchiveLabel({ year: 2020, month: 5 }, 'en')).toBe('May 2020');
  });
});

describe('listing wording in the site language', () => {
  const at = { page: 2, totalPages: 3, count: 5, perPage: 2 };

  test('French: a tag archive', () => {
    const text = listingText({ kind: 'term', taxonomy: 'tag', term: { name: 'Robots', slug: 'robots' } }, at, { title: 'Blogue', description: '', language: 'fr' });
    expect(text).toEqual({
      label: 'Étiquette',
      heading: 'Robots',
      summary: '5 articles avec l’étiquette «\u00a0Robots\u00a0»',
      title: 'Étiquette\u00a0: Robots – page 2 sur 3',
      description: '5 articles avec l’étiquette «\u00a0Robots\u00a0» sur Blogue. Page 2 sur 3\u00a0: articles 3 à 4, du plus récent au plus ancien.',
    });
  });

  test('Arabic: a month archive and the home page', () => {
    const site = { title: 'مدونة', description: '', language: 'ar' };
    const month = listingText({ kind: 'date', key: { year: 2021, month: 3 } }, { page: 1, totalPages: 1, count: 3, perPage: 2 }, site);
    expect(month).toMatchObject({ label: 'الشهر', heading: 'مارس 2021', summary: '3 مقالات نُشرت في مارس 2021', title: 'الشهر: مارس 2021' });
    const home = listingText({ kind: 'home' }, at, site);
    expect(home.heading).toBe('أحدث المقالات، الصفحة 2');
    expect(home.title).toBe('أحدث المقالات – الصفحة 2 من 3');
  });

  test('index pages and the archives', () => {
    expect(termIndexText('tag', 2, { title: 'مدونة', language: 'ar' })).toMatchObject({ heading: 'الوسوم', summary: 'وسمان، الأكثر مقالات أولًا' });
    expect(archivesText(1, { title: 'Blogue', language: 'fr' })).toMatchObject({ heading: 'Archives', summary: '1 article, par année et par mois' });
    // English stays as it was.
    expect(termIndexText('category', 3, { title: 'Site' })).toEqual({
      heading: 'Categories',
      summary: '3 categories, most posts first',
      description: 'All 3 categories on Site, each with its number of posts.',
    });
  });
});
