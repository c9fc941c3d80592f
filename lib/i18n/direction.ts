/**
 * Scripts written right to left (Unicode script codes). A language's script is the one CLDR's likely-subtags
 * data gives it (`ar` -> `Arab`, `he` -> `Hebr`, `ur` -> `Arab`), or the one its tag names (`az-Arab`).
 */
const RIGHT_TO_LEFT_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

/** `rtl` for a language written right to left (`ar`, `he`, `fa`, `ur`, `az-Arab`), `ltr` for the others. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  try {
    const { script } = new Intl.Locale(lang).maximize();
    return script !== undefined && RIGHT_TO_LEFT_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr'; // not a language tag Intl knows: the site's config was checked, so this is only a safeguard
  }
}
