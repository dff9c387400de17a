/** A matched command: which entry, which of its names, and the rest of the text. */
export interface CommandMatch {
  index: number;
  name: string;
  argument: string;
}

/** Lower case without accents, so `seances` finds `séances` and `AIDE` finds `aide`. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/**
 * Finds the command a message starts with, preferring the longest name (`my requests` over
 * a hypothetical `my`), matching whole words only.
 */
export function matchCommand(
  text: string,
  table: readonly (readonly string[])[],
): CommandMatch | undefined {
  const folded = foldText(text);
  let best: CommandMatch | undefined;
  table.forEach((names, index) => {
    for (const name of names) {
      const key = foldText(name);
      const whole = folded === key || folded.startsWith(`${key} `);
      if (whole && (!best || key.length > best.name.length)) {
        best = { index, name: key, argument: text.trim().slice(key.length).trim() };
      }
    }
  });
  return best;
}
