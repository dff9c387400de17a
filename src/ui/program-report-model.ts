import { REGION_IDS } from '../data/regions.js';
import type { Deps } from '../deps.js';
import { sessionsHeld, type HeldSession, type KeyCount } from '../domain/program-report.js';
import { forceSmall, topicScoreCells } from '../domain/program-report-scores.js';
import { suppressSmallCells, type TableCell } from '../domain/small-cells.js';
import { stringsFor, type Language } from '../i18n/i18n.js';
import { programCells, type ProgramInput } from './program-results-view.js';
import { regionName } from './request-view.js';

/** A published figure, or a hidden one (small, or hidden so a total cannot reveal one). */
export type ReportValue =
  { hidden: true } | { hidden: false; count: number; average?: number | undefined };

/** One figure of a table: its row and column as shown. */
export interface ReportRow {
  row: string;
  column: string;
  value: ReportValue;
}

/** One table of the report, in long form (one line per figure). */
export interface ReportTable {
  id:
    | 'heldTotal'
    | 'heldByTopic'
    | 'heldByRegion'
    | 'heldByMonth'
    | 'heldByDepartment'
    | 'scoresByTopic'
    | 'responses';
  title: string;
  rows: ReportRow[];
}

/** What the report is computed from. */
export interface ReportInput {
  held: readonly HeldSession[];
  summaries: readonly ProgramInput[];
}

/** How many departments are named before "other departments". */
export const TOP_DEPARTMENTS = 10;

/** Months are the program's: Eastern time, where the program office is. */
export const REPORT_ZONE = 'America/Toronto';

type ReportDeps = Pick<Deps, 'config' | 'catalogue'>;

function shown(cell: TableCell): ReportValue {
  return { hidden: false, count: cell.count, average: cell.value };
}

function suppressed(
  cells: readonly TableCell[],
  min: number,
  label: (cell: Pick<TableCell, 'rowKey' | 'colKey'>) => [string, string],
): ReportRow[] {
  // Shown cells are the cells given (with their value); hidden ones carry nothing to leak.
  return suppressSmallCells(cells, min).cells.map((cell) => {
    const [row, column] = label(cell);
    return { row, column, value: cell.suppressed ? { hidden: true } : shown(cell) };
  });
}

/** Every table of the program-wide report, labelled in `language`, small cells hidden. */
export function programReport(
  deps: ReportDeps,
  input: ReportInput,
  language: Language,
): ReportTable[] {
  const m = stringsFor(language).meeting;
  const min = deps.config.FEEDBACK_MIN_RESPONSES;
  const topics = [
    ...new Set([
      ...deps.catalogue.topics.map((x) => x.id),
      ...input.summaries.map((i) => i.topic),
      ...input.held.map((s) => s.topic),
    ]),
  ];
  const title = (id: string) =>
    deps.catalogue.topics.find((x) => x.id === id)?.title[language] ?? id;
  const held = sessionsHeld(input.held, {
    topics,
    regions: REGION_IDS,
    zone: REPORT_ZONE,
    top: TOP_DEPARTMENTS,
  });
  const counts = (lines: KeyCount[], label: (key: string) => string): ReportRow[] =>
    lines.map(({ key, count }) => ({
      row: label(key),
      column: m.reportSessions,
      value: { hidden: false, count },
    }));
  const departments = held.byDepartment.map((d) => ({
    rowKey: d.key ? d.label : m.reportOtherDepartments,
    colKey: m.reportSessions,
    count: d.count,
  }));
  const responses = programCells(input.summaries, REGION_IDS, topics);
  const responseTable = suppressSmallCells(responses, min);
  // A topic whose column total that table must not publish must not be published here either.
  const exposed = new Set(
    responseTable.exposedLines.filter((l) => l.axis === 'column').map((l) => l.key),
  );
  const scores = forceSmall(topicScoreCells(input.summaries, topics), exposed);
  const question = (q: string) => m.shortQuestions[q as keyof typeof m.shortQuestions];
  return [
    {
      id: 'heldTotal',
      title: m.reportHeldTitle,
      rows: [
        {
          row: m.reportTotal,
          column: m.reportSessions,
          value: { hidden: false, count: held.total },
        },
      ],
    },
    { id: 'heldByTopic', title: m.reportByTopic, rows: counts(held.byTopic, title) },
    {
      id: 'heldByRegion',
      title: m.reportByRegion,
      rows: counts(held.byRegion, (r) => regionName(r, language)),
    },
    { id: 'heldByMonth', title: m.reportByMonth, rows: counts(held.byMonth, (k) => k) },
    {
      id: 'heldByDepartment',
      title: m.reportByDepartment,
      rows: suppressed(departments, min, (c) => [c.rowKey, c.colKey]),
    },
    {
      id: 'scoresByTopic',
      title: m.reportScoresTitle,
      rows: suppressed(scores, min, (c) => [title(c.rowKey), question(c.colKey)]),
    },
    {
      id: 'responses',
      title: m.reportResponsesTitle,
      rows: suppressed(responses, min, (c) => [regionName(c.rowKey, language), title(c.colKey)]),
    },
  ];
}
