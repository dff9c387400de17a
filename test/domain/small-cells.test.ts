import { describe, expect, it } from 'vitest';
import { suppressSmallCells } from '../../src/domain/small-cells.js';
import type { TableCell } from '../../src/domain/small-cells.js';

/**
 * A table written as rows of counts: row keys r1, r2…, column keys c1, c2… The expected result
 * is the same grid with `S` for a small cell, `C` for a complementary one, or the count.
 */
function grid(rows: number[][]): TableCell[] {
  return rows.flatMap((counts, r) =>
    counts.map((count, c) => ({ rowKey: `r${r + 1}`, colKey: `c${c + 1}`, count })),
  );
}

function picture(rows: number[][], min: number): (number | 'S' | 'C')[][] {
  const { cells } = suppressSmallCells(grid(rows), min);
  return rows.map((counts, r) =>
    counts.map((_, c) => {
      const cell = cells[r * counts.length + c]!;
      if (!cell.suppressed) return cell.count;
      return cell.reason === 'small' ? 'S' : 'C';
    }),
  );
}

describe('suppressSmallCells', () => {
  it.each<[string, number[][], (number | 'S' | 'C')[][]]>([
    [
      'nothing small',
      [
        [5, 6],
        [7, 8],
      ],
      [
        [5, 6],
        [7, 8],
      ],
    ],
    [
      'zeros are shown',
      [
        [0, 6],
        [7, 0],
      ],
      [
        [0, 6],
        [7, 0],
      ],
    ],
    [
      'a lone small cell takes the smallest non-zero cell of its row and column',
      [
        [3, 9, 6],
        [8, 7, 12],
        [10, 11, 13],
      ],
      [
        ['S', 9, 'C'],
        ['C', 7, 'C'],
        [10, 11, 13],
      ],
    ],
    [
      'two small cells in a row protect each other',
      [
        [2, 3, 9],
        [9, 9, 9],
      ],
      [
        ['S', 'S', 9],
        ['C', 'C', 9],
      ],
    ],
    [
      'complements skip zeros',
      [
        [4, 0, 7, 20],
        [0, 9, 9, 9],
      ],
      [
        ['S', 0, 'C', 20],
        [0, 'C', 'C', 9],
      ],
    ],
    [
      'a complement in a column can force one in another row (until stable)',
      [
        [1, 5, 20],
        [30, 6, 40],
      ],
      [
        ['S', 'C', 20],
        ['C', 'C', 40],
      ],
    ],
    [
      'ties go to the first cell given',
      [
        [2, 8, 8],
        [8, 8, 8],
      ],
      [
        ['S', 'C', 8],
        ['C', 'C', 8],
      ],
    ],
    ['one cell', [[3]], [['S']]],
  ])('%s', (_name, rows, expected) => {
    expect(picture(rows, 5)).toEqual(expected);
  });

  it('never leaves a row or column with exactly one hidden cell when it can be helped', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      let x = seed;
      const random = () => (x = (x * 48271) % 2147483647) % 12;
      const rows = Array.from({ length: 4 }, () => Array.from({ length: 5 }, random));
      const { cells, exposedLines } = suppressSmallCells(grid(rows), 5);
      for (const axis of ['row', 'column'] as const) {
        const keys = new Set(cells.map((c) => (axis === 'row' ? c.rowKey : c.colKey)));
        for (const key of keys) {
          const line = cells.filter((c) => (axis === 'row' ? c.rowKey : c.colKey) === key);
          const hidden = line.filter((c) => c.suppressed).length;
          const exposed = exposedLines.some((l) => l.axis === axis && l.key === key);
          expect(hidden === 1, `seed ${seed} ${axis} ${key}`).toBe(exposed);
          if (exposed) expect(line.every((c) => c.suppressed || c.count === 0)).toBe(true);
        }
      }
      cells.forEach((cell, i) => {
        const count = grid(rows)[i]!.count;
        if (count > 0 && count < 5)
          expect(cell).toMatchObject({ suppressed: true, reason: 'small' });
      });
    }
  });

  it('reports a line whose total would reveal a hidden cell nothing can protect', () => {
    const result = suppressSmallCells(
      grid([
        [3, 0],
        [0, 9],
      ]),
      5,
    );
    expect(result.exposedLines).toEqual([
      { axis: 'row', key: 'r1' },
      { axis: 'column', key: 'c1' },
    ]);
  });

  it('keeps values of shown cells and drops count and value of hidden ones', () => {
    const table: TableCell[] = [
      { rowKey: 'ncr', colKey: 'grounding', count: 12, value: 4.3 },
      { rowKey: 'ncr', colKey: 'lmc', count: 2, value: 1 },
      { rowKey: 'ncr', colKey: 'anti-racism', count: 7, value: 3.9 },
    ];
    expect(suppressSmallCells(table, 5).cells).toEqual([
      { rowKey: 'ncr', colKey: 'grounding', count: 12, value: 4.3, suppressed: false },
      { rowKey: 'ncr', colKey: 'lmc', suppressed: true, reason: 'small' },
      { rowKey: 'ncr', colKey: 'anti-racism', suppressed: true, reason: 'complementary' },
    ]);
  });

  it.each<[string, TableCell[], number]>([
    ['a zero minimum', grid([[1]]), 0],
    ['a negative count', grid([[-1]]), 5],
    ['a fractional count', grid([[1.5]]), 5],
    ['a repeated cell', [...grid([[1]]), ...grid([[2]])], 5],
  ])('refuses %s', (_name, table, min) => {
    expect(() => suppressSmallCells(table, min)).toThrow(RangeError);
  });
});
