/** U+00A0 NO-BREAK SPACE: before a colon and inside guillemets. */
export const NBSP = '\u00A0';
/** U+202F NARROW NO-BREAK SPACE: before `!`, `?` and `;`. */
export const NNBSP = '\u202F';

// Only punctuation that ends a phrase (followed by a space, the end, or closing marks) is
// touched, so URLs ("https://…?q=1") and clock times ("10:30") in French text stay intact.
const END = String.raw`(?=$|[\s»)"'’])`;
const COLON = new RegExp(String.raw`(?<=\S)[ \u00A0\u202F]*:${END}`, 'gu');
const HIGH_PUNCTUATION = new RegExp(String.raw`(?<=[^\s!?;])[ \u00A0\u202F]*([!?;]+)${END}`, 'gu');
const OPENING_GUILLEMET = /«[ \u00A0\u202F]*/gu;
const CLOSING_GUILLEMET = /[ \u00A0\u202F]*»/gu;
// An apostrophe between letters (l'équipe, Let's): never a quotation mark or a code.
const STRAIGHT_APOSTROPHE = /(?<=\p{L})'(?=\p{L})/gu;

/**
 * The typographic apostrophe (’) for a straight one between letters, as the bot's own strings
 * write it, in English and in French.
 *
 * @param text - text in either language
 * @returns the text with its apostrophes typographic
 */
export function typographicApostrophes(text: string): string {
  return text.replace(STRAIGHT_APOSTROPHE, '’');
}

/**
 * Applies the catalogue's French spacing rule (see `catalogue-schema.ts`): a no-break space
 * before `:` and inside `« »`, a narrow no-break space before `!`, `?` and `;`, and the
 * typographic apostrophe.
 *
 * An administrator may type ordinary spaces, or none, in the JSON file; the text users see
 * still never breaks a line before the punctuation and is spaced the same way everywhere.
 *
 * @param text - French text
 * @returns the text with its spacing before high punctuation normalised
 */
export function frenchTypography(text: string): string {
  return typographicApostrophes(text)
    .replace(COLON, `${NBSP}:`)
    .replace(HIGH_PUNCTUATION, `${NNBSP}$1`)
    .replace(OPENING_GUILLEMET, `«${NBSP}`)
    .replace(CLOSING_GUILLEMET, `${NBSP}»`);
}
