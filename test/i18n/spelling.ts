import type { CSpellSettings } from 'cspell-lib';
import {
  combineTextAndLanguageSettings,
  getDefaultSettings,
  mergeSettings,
  readSettings,
  validateText,
} from 'cspell-lib';
import type { Lang } from './user-strings.js';

const CONFIG = new URL('../../cspell.json', import.meta.url).pathname;

/** cspell locales: Canadian English only for English, France French (plus the project's list). */
const LOCALES: Record<Lang, string> = { en: 'en-CA', fr: 'fr-FR' };

/**
 * The settings for one language: the repo's cspell.json on top of cspell's bare defaults (no
 * bundled dictionaries, so en_US or software terms never vouch for a word).
 */
async function settingsFor(lang: Lang): Promise<CSpellSettings> {
  const merged = mergeSettings(await getDefaultSettings(false), await readSettings(CONFIG), {
    language: LOCALES[lang],
  });
  return combineTextAndLanguageSettings(merged, '', ['plaintext']);
}

/** `{name}` placeholders are filled by code; they are not words. */
const PLACEHOLDER = /\{\w+\}/g;

/** A spell checker for one language, its settings loaded once. */
export interface SpellChecker {
  /** The words of `text` that neither the language's dictionary nor the project list knows. */
  unknownWords(text: string): Promise<string[]>;
}

/** Loads the spell checker of a language from `cspell.json`. */
export async function spellChecker(lang: Lang): Promise<SpellChecker> {
  const settings = await settingsFor(lang);
  return {
    async unknownWords(text) {
      // spellCheckDocument, its replacement, merges cspell's bundled defaults (en_US, software
      // terms, company names) back in, which would vouch for words en-CA/fr-FR do not know.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      const issues = await validateText(text.replace(PLACEHOLDER, ' '), settings);
      return issues.map((issue) => issue.text);
    },
  };
}
