/**
 * Typography rules of each language, checked on every user-visible string and on every
 * rendered card.
 */
/** Punctuation ends a phrase when a space, the end or a closing mark follows (not "10:30"). */
const END = String.raw`(?=$|[\s»)"'’])`;

/**
 * The project's French rules (see `src/i18n/fr.ts`, `src/data/french-typography.ts`): U+00A0
 * before ":" and inside « », U+202F before "?", "!" and ";", no 12-hour times, and the
 * typographic apostrophe.
 */
const RULES: readonly { name: string; pattern: RegExp; exempt?: RegExp }[] = [
  { name: 'U+00A0 before ":"', pattern: new RegExp(String.raw`(?<!\u00A0):${END}`, 'u') },
  { name: 'U+00A0 after "«"', pattern: /«(?!\u00A0)/u },
  { name: 'U+00A0 before "»"', pattern: /(?<!\u00A0)»/u },
  {
    name: 'U+202F before "?", "!" and ";"',
    pattern: new RegExp(String.raw`(?<![\u202F!?;])[!?;]${END}`, 'u'),
  },
  // "HH:MM (p. ex. 09:30)" describes what the time field accepts, so only 12-hour times fail.
  { name: 'no "1:30 PM"-style time', pattern: /\b\d{1,2}(?::\d{2})?\s?[ap]\.?\s?m\b\.?/iu },
  {
    name: 'typographic apostrophe ’',
    pattern: /'/u,
  },
];

/** The rules a French text breaks, each with a few characters around the first offence. */
export function frenchOffences(text: string, where = '', skip: readonly string[] = []): string[] {
  return RULES.flatMap(({ name, pattern, exempt }) => {
    if (exempt?.test(where) || skip.includes(name)) return [];
    const match = pattern.exec(text);
    if (!match) return [];
    const around = text.slice(Math.max(0, match.index - 12), match.index + 12);
    return [`${name}: "${around}"`];
  });
}

/** English formats (en-CA): "1:30 p.m.", never "1:30 PM", "1:30PM" or a 24-hour "13:30". */
export function englishOffences(text: string): string[] {
  const found: string[] = [];
  const twelve = /\b\d{1,2}(?::\d{2})?\s?(?:AM|PM|am|pm)\b/u.exec(text);
  if (twelve) found.push(`12-hour time not as en-CA writes it: "${twelve[0]}"`);
  const clock = /\b(?:1[3-9]|2[0-3]):[0-5]\d\b/u.exec(text);
  if (clock) found.push(`24-hour time: "${clock[0]}"`);
  return found;
}
