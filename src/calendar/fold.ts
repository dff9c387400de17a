/*
 * RFC 5545 §3.1: content lines SHOULD NOT be longer than 75 octets and are folded with CRLF
 * followed by one space; a fold must not split a multi-octet UTF-8 character. The `ics` library
 * folds at 75 *characters*, so a French line with accented letters can reach 150 octets, which
 * strict parsers and some mail gateways mangle. Its output is therefore unfolded and folded
 * again here by octets.
 */

const MAX_OCTETS = 75;
const CRLF = '\r\n';

function utf8Octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/**
 * Folds one unfolded content line so that no physical line exceeds 75 octets (the leading space
 * of a continuation line included), never splitting a character.
 *
 * @param line - a content line without its CRLF
 * @returns the line, folded with CRLF + space
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = utf8Octets(char);
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

/**
 * Unfolds an iCalendar text: removes every CRLF followed by a space or tab (RFC 5545 §3.1).
 *
 * @param text - iCalendar text with CRLF line ends
 * @returns one content line per CRLF-ended line
 */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

/**
 * Folds every line of an unfolded iCalendar text by octets (see `foldLine`).
 *
 * @param text - unfolded iCalendar text with CRLF line ends
 * @returns the same content, folded at 75 octets, CRLF line ends
 */
export function foldLines(text: string): string {
  return text.split(CRLF).map(foldLine).join(CRLF);
}
