/** One cell of a program-wide table, e.g. responses per region (row) and topic (column). */
export interface TableCell {
  rowKey: string;
  colKey: string;
  count: number;
  /** A figure computed from the cell's answers (an average…), hidden along with the count. */
  value?: number | undefined;
}

/** A cell that may be published, as given. */
export type ShownCell = TableCell & { suppressed: false };

/**
 * A cell that must not be published: `small` when 0 < count < min, `complementary` when hidden
 * so that a lone small cell cannot be recovered from its row's or column's total. It carries
 * no count and no value, so nothing downstream can show them by mistake.
 */
export interface HiddenCell {
  rowKey: string;
  colKey: string;
  suppressed: true;
  reason: 'small' | 'complementary';
}

/** A table line (row or column) named by its key. */
export interface TableLine {
  axis: 'row' | 'column';
  key: string;
}

/** The table to publish. */
export interface SuppressionResult {
  /** The cells in the order given. */
  cells: (ShownCell | HiddenCell)[];
  /**
   * Lines left with a single hidden cell because no other non-zero cell could be hidden with it:
   * their totals would reveal it, so the caller must not publish these lines' totals.
   */
  exposedLines: TableLine[];
}

type Reason = HiddenCell['reason'];

function linesOf(cells: readonly TableCell[], axis: TableLine['axis']): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  cells.forEach((cell, index) => {
    const key = axis === 'row' ? cell.rowKey : cell.colKey;
    lines.set(key, [...(lines.get(key) ?? []), index]);
  });
  return lines;
}

function check(cells: readonly TableCell[], min: number): void {
  if (!Number.isInteger(min) || min < 1) throw new RangeError(`min must be ≥ 1, got ${min}`);
  const seen = new Set<string>();
  for (const { rowKey, colKey, count } of cells) {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`count of ${rowKey}/${colKey} must be a whole number ≥ 0`);
    }
    const key = JSON.stringify([rowKey, colKey]);
    if (seen.has(key)) throw new RangeError(`cell ${rowKey}/${colKey} appears twice`);
    seen.add(key);
  }
}

/**
 * One pass over every row, then every column: a line with exactly one hidden cell gets its
 * smallest other non-zero cell hidden too (the first given on a tie).
 *
 * @returns true when a cell was hidden
 */
function complementPass(cells: readonly TableCell[], hidden: Map<number, Reason>): boolean {
  let changed = false;
  for (const axis of ['row', 'column'] as const) {
    for (const indexes of linesOf(cells, axis).values()) {
      if (indexes.filter((i) => hidden.has(i)).length !== 1) continue;
      const [partner] = indexes
        .filter((i) => !hidden.has(i) && (cells[i]?.count ?? 0) > 0)
        .sort((a, b) => (cells[a]?.count ?? 0) - (cells[b]?.count ?? 0) || a - b);
      if (partner === undefined) continue;
      hidden.set(partner, 'complementary');
      changed = true;
    }
  }
  return changed;
}

function exposed(cells: readonly TableCell[], hidden: Map<number, Reason>): TableLine[] {
  return (['row', 'column'] as const).flatMap((axis) =>
    [...linesOf(cells, axis)]
      .filter(([, indexes]) => indexes.filter((i) => hidden.has(i)).length === 1)
      .map(([key]) => ({ axis, key })),
  );
}

/**
 * Small-cell suppression for program-wide figures: every cell with 0 < count < `min` is hidden
 * (a zero says nobody answered and is shown); then, until nothing changes, any row or column
 * with exactly one hidden cell has its smallest other non-zero cell hidden too (complementary
 * suppression), so no subtraction from a published total recovers a hidden cell.
 *
 * @throws RangeError when `min` is not a positive whole number, a count is not a whole number
 *   ≥ 0, or a (row, column) pair appears twice
 */
export function suppressSmallCells(table: readonly TableCell[], min: number): SuppressionResult {
  check(table, min);
  const hidden = new Map<number, Reason>();
  table.forEach((cell, index) => {
    if (cell.count > 0 && cell.count < min) hidden.set(index, 'small');
  });
  let changed = true;
  while (changed) changed = complementPass(table, hidden);
  const cells = table.map((cell, index): ShownCell | HiddenCell => {
    const reason = hidden.get(index);
    const { rowKey, colKey } = cell;
    return reason ? { rowKey, colKey, suppressed: true, reason } : { ...cell, suppressed: false };
  });
  return { cells, exposedLines: exposed(table, hidden) };
}
