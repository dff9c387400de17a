/*
 * Contact details in an anonymous comment would name its author (or someone else), so they are
 * replaced before the comment is stored. Over-scrubbing a rare number that looks like a phone
 * number is the safer mistake; dates, clock times, scores and amounts are left alone.
 */

/** What replaces an email address. */
export const EMAIL_PLACEHOLDER = '[email]';
/** What replaces a phone number. */
export const PHONE_PLACEHOLDER = '[phone]';
/** What replaces a web address. */
export const LINK_PLACEHOLDER = '[link]';

const EMAIL = /(?:mailto:)?[\p{L}\p{N}._%+'-]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}/giu;

const URL_WITH_PREFIX = /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s<>"«»]+/giu;

const TLDS = 'com|ca|org|net|gov|edu|int|info|biz|io|co|me|fr|us|uk|ly|gl|app|dev';
const BARE_DOMAIN = new RegExp(
  String.raw`(?<![\p{L}\p{N}.@/-])(?:[\p{L}\p{N}-]+\.)+(?:${TLDS})(?![\p{L}\p{N}-])(?:/[^\s<>"«»]*)?`,
  'giu',
);

/** One separator between digit groups: a space, a dot or a dash (spaced or not), or nothing. */
const SEP = String.raw`(?:[ \u00a0\u202f]?[.\-–][ \u00a0\u202f]?|[ \u00a0\u202f])?`;
const EXTENSION = String.raw`(?:[ \u00a0\u202f]*,?[ \u00a0\u202f]*(?:ext\.?|extension|x|poste|p\.)[ \u00a0\u202f]*\d{1,6})?`;

/** North American numbers: +1 or 1, area code (bracketed or not), 3 + 4 digits, extension. */
const PHONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\+[ \u00a0]?1${SEP}|1${SEP})?(?:\([ \u00a0]?\d{3}[ \u00a0]?\)|\d{3})${SEP}\d{3}${SEP}\d{4}${EXTENSION}(?![\p{L}\p{N}])`,
  'giu',
);

/** A local number without area code, only with a dash or dot (a space would catch amounts). */
const LOCAL_PHONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])\d{3}[.\-]\d{4}${EXTENSION}(?![\p{L}\p{N}]|[.,]\d)`,
  'giu',
);

/** Punctuation that ends a sentence rather than a web address. */
const TRAILING = /[.,;:!?'"’»)]+$/u;

function replaceLink(match: string): string {
  const trailing = TRAILING.exec(match)?.[0] ?? '';
  return LINK_PLACEHOLDER + trailing;
}

/**
 * Replaces email addresses with `[email]`, web addresses (with a scheme, `www.`, or a bare
 * domain under a common ending such as `.ca` or `.com`) with `[link]`, and North American phone
 * numbers (+1, brackets, dots, dashes or spaces, extensions such as `ext. 12`, `x12`,
 * `poste 12`) with `[phone]`, then trims. Accented letters and everything else stay as typed.
 */
export function scrubComment(text: string): string {
  return text
    .replace(EMAIL, EMAIL_PLACEHOLDER)
    .replace(URL_WITH_PREFIX, replaceLink)
    .replace(BARE_DOMAIN, replaceLink)
    .replace(PHONE, PHONE_PLACEHOLDER)
    .replace(LOCAL_PHONE, PHONE_PLACEHOLDER)
    .trim();
}
