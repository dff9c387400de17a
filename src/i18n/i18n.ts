import { en, type Strings } from './en.js';
import { fr } from './fr.js';

/** A language a card is written in. */
export type Language = 'en' | 'fr';

const tables: Record<Language, Strings> = { en, fr };

/** The strings of a language. */
export function stringsFor(language: Language): Strings {
  return tables[language];
}

/**
 * The language to answer in: the person's explicit choice wins, then the activity's locale
 * (`fr-*` → French), else English.
 */
export function resolveLanguage(
  chosen: Language | null | undefined,
  locale: string | undefined,
): Language {
  if (chosen) return chosen;
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Fills `{name}` placeholders with values; unknown placeholders are left as they are. */
export function format(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** The `Intl` locale for a language: Canadian English or Canadian French. */
export function intlLocale(language: Language): string {
  return language === 'fr' ? 'fr-CA' : 'en-CA';
}
