import { describe, expect, it } from 'vitest';
import { CardRenderer } from '../../src/cards/render.js';
import { parseConfig } from '../../src/config.js';
import { loadCatalogue } from '../../src/data/catalogue.js';
import { REGION_IDS } from '../../src/data/regions.js';
import { csvField, csvFile, csvText } from '../../src/domain/program-report-csv.js';
import { departmentKey, sessionsHeld, type HeldSession } from '../../src/domain/program-report.js';
import { defaultPaths } from '../../src/paths.js';
import { programReport, type ReportTable } from '../../src/ui/program-report-model.js';

function held(topic: string, region: string, department: string, start: string): HeldSession {
  return { topic, region, department, firstStartUtc: new Date(start) };
}

/** `n` sessions of one department, otherwise alike. */
function many(n: number, department: string, topic = 'lmc', region = 'ncr'): HeldSession[] {
  return Array.from({ length: n }, () => held(topic, region, department, '2026-10-14T14:00:00Z'));
}

const OPTIONS = { topics: ['lmc', 'anti-racism'], regions: REGION_IDS, zone: 'America/Toronto' };

describe('sessions held', () => {
  it('counts by topic, region and month (Eastern time), listing every topic and region', () => {
    const result = sessionsHeld(
      [
        held('lmc', 'ncr', 'ESDC', '2026-10-14T14:00:00Z'),
        held('lmc', 'quebec', 'ESDC', '2026-11-05T14:00:00Z'),
        // 22:30 in Toronto on October 31: an October session, though November in UTC.
        held('anti-racism', 'ncr', 'CRA', '2026-11-01T02:30:00Z'),
      ],
      { ...OPTIONS, top: 10 },
    );
    expect(result.total).toBe(3);
    expect(result.byTopic).toEqual([
      { key: 'lmc', count: 2 },
      { key: 'anti-racism', count: 1 },
    ]);
    expect(result.byRegion.find((r) => r.key === 'ncr')?.count).toBe(2);
    expect(result.byRegion.find((r) => r.key === 'atlantic')?.count).toBe(0);
    expect(result.byRegion).toHaveLength(REGION_IDS.length);
    expect(result.byMonth).toEqual([
      { key: '2026-10', count: 2 },
      { key: '2026-11', count: 1 },
    ]);
  });

  it('groups departments trimmed and case-insensitively, shown as most often typed', () => {
    expect(departmentKey('  Health   Canada ')).toBe(departmentKey('health canada'));
    expect(departmentKey('Santé Canada')).not.toBe(departmentKey('Sante Canada'));
    const result = sessionsHeld(
      [
        ...many(2, 'Health Canada'),
        ...many(1, ' HEALTH   canada '),
        ...many(1, 'Transport Canada'),
      ],
      { ...OPTIONS, top: 10 },
    );
    expect(result.byDepartment).toEqual([
      { key: 'health canada', label: 'Health Canada', count: 3 },
      { key: 'transport canada', label: 'Transport Canada', count: 1 },
    ]);
  });

  it('names the top departments by count and puts the rest, and blanks, in "other"', () => {
    const result = sessionsHeld(
      [...many(4, 'A'), ...many(3, 'B'), ...many(2, 'C'), ...many(1, 'D'), ...many(2, '  ')],
      { ...OPTIONS, top: 2 },
    );
    expect(result.byDepartment.map((d) => [d.label, d.count])).toEqual([
      ['A', 4],
      ['B', 3],
      ['', 5],
    ]);
  });
});

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['Health Canada, Ottawa', '"Health Canada, Ottawa"'],
    ['the "Big" one', '"the ""Big"" one"'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['Santé Canada; Québec', 'Santé Canada; Québec'],
    [12, '12'],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('ends every record with CRLF; the file starts with the byte order mark', () => {
    expect(
      csvText([
        ['a', 'b,c'],
        ['d', 'é'],
      ]),
    ).toBe('a,"b,c"\r\nd,é\r\n');
    expect(csvFile([['a']])).toBe('\uFEFFa\r\n');
  });
});

describe('the program report', () => {
  const paths = defaultPaths();
  const deps = {
    cards: new CardRenderer(paths.cards),
    catalogue: loadCatalogue(paths.catalogue),
    config: parseConfig({ FEEDBACK_MIN_RESPONSES: '5' }),
  };
  const figures = (tables: ReportTable[], id: ReportTable['id']) =>
    Object.fromEntries(
      tables
        .find((t) => t.id === id)!
        .rows.map((r) => [`${r.row}|${r.column}`, r.value.hidden ? 'hidden' : r.value.count]),
    );

  it('hides departments under the threshold and the next-smallest beside a lone one', () => {
    const sessions = [
      ...many(9, 'Health Canada'),
      ...many(7, 'Transport Canada'),
      ...many(6, 'Canada Revenue Agency'),
      ...many(2, 'Tiny Bureau'),
    ];
    const tables = programReport(deps, { held: sessions, summaries: [] }, 'en');
    expect(figures(tables, 'heldByDepartment')).toEqual({
      'Health Canada|Sessions': 9,
      'Transport Canada|Sessions': 7,
      'Canada Revenue Agency|Sessions': 'hidden',
      'Tiny Bureau|Sessions': 'hidden',
    });
    // Topic, region and month counts are of sessions, not people: not suppressed.
    expect(
      figures(tables, 'heldByTopic')['Labour-Management Consultation: Let’s Talk!|Sessions'],
    ).toBe(24);
    expect(figures(tables, 'heldTotal')).toEqual({ 'Total|Sessions': 24 });
  });

  it('hides nothing when every department reaches the threshold', () => {
    const sessions = [...many(5, 'Health Canada'), ...many(6, 'Transport Canada')];
    const tables = programReport(deps, { held: sessions, summaries: [] }, 'en');
    expect(Object.values(figures(tables, 'heldByDepartment'))).toEqual([6, 5]);
  });
});
