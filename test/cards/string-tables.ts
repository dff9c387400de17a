import type { Strings } from '../../src/i18n/en.js';

/** Every string of a string table, whatever its nesting. */
export function tableStrings(table: Strings | object): string[] {
  return Object.values(table).flatMap((value: unknown) =>
    typeof value === 'string'
      ? [value]
      : value && typeof value === 'object'
        ? tableStrings(value)
        : [],
  );
}

const LETTERS = /\p{L}/gu;
/** Shorter fragments ("h", "min", "·") say nothing about a card's language. */
const MIN_LETTERS = 4;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for `phrase` as whole words: "Date" is not found in "Dates" nor in "Update". */
export function wholePhrase(phrase: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * The phrases that betray `foreign` in a card meant to be in `own`: each string of `foreign`
 * cut at its `{placeholders}`, trimmed, with at least four letters, and found in no string of
 * `own` (so "Participants", "Date" or a switch label such as "English", shared by both
 * tables, prove nothing).
 */
export function telltalePhrases(foreign: Strings, own: Strings): string[] {
  const ownStrings = tableStrings(own);
  const fragments = tableStrings(foreign)
    .flatMap((text) => text.split(/\{\w+\}/))
    .map((fragment) => fragment.trim())
    .filter((fragment) => (fragment.match(LETTERS) ?? []).length >= MIN_LETTERS);
  return [...new Set(fragments)].filter((fragment) => {
    const matcher = wholePhrase(fragment);
    return !ownStrings.some((text) => matcher.test(text));
  });
}

/** The telltale phrases found in some of `texts`. */
export function phrasesFoundIn(texts: readonly string[], phrases: readonly string[]): string[] {
  return phrases.filter((phrase) => {
    const matcher = wholePhrase(phrase);
    return texts.some((text) => matcher.test(text));
  });
}
