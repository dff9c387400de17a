import type { AgendaBlock } from '../../src/domain/agenda.js';

/** Minutes from `start` to `date`. */
export function minutesFrom(start: Date, date: Date): number {
  return (date.getTime() - start.getTime()) / 60_000;
}

/** A block's length in minutes. */
export function lengthOf(block: AgendaBlock): number {
  return minutesFrom(block.startUtc, block.endUtc);
}

/** The agenda as readable lines, e.g. `20-85 discussion 0` or `100-165 discussion 1 (cont.)`. */
export function describe(start: Date, blocks: readonly AgendaBlock[]): string[] {
  return blocks.map((b) => {
    const span = `${minutesFrom(start, b.startUtc)}-${minutesFrom(start, b.endUtc)} ${b.kind}`;
    if (b.kind !== 'discussion') return span;
    return `${span} ${b.objectiveIndexes.join('+')}${b.continued ? ' (cont.)' : ''}`;
  });
}

/** Minutes from the start of the part, leaving out the pauses before `date`. */
export function workMinutes(start: Date, blocks: readonly AgendaBlock[], date: Date): number {
  const paused = blocks
    .filter((b) => (b.kind === 'break' || b.kind === 'lunch') && b.endUtc <= date)
    .reduce((sum, b) => sum + lengthOf(b), 0);
  return minutesFrom(start, date) - paused;
}

/** The discussion segments: runs of discussion blocks with the same objectives. */
export function segmentsOf(blocks: readonly AgendaBlock[]) {
  const segments: { objectiveIndexes: readonly number[]; minutes: number; start: Date }[] = [];
  for (const block of blocks) {
    if (block.kind !== 'discussion') continue;
    const last = segments.at(-1);
    if (block.continued && last) last.minutes += lengthOf(block);
    else {
      segments.push({
        objectiveIndexes: block.objectiveIndexes,
        minutes: lengthOf(block),
        start: block.startUtc,
      });
    }
  }
  return segments;
}
