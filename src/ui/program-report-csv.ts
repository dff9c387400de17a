import { csvText } from '../domain/program-report-csv.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { ReportTable, ReportValue } from './program-report-model.js';

/** What a hidden figure is written as in the CSV (Statistics Canada's convention). */
export const CSV_HIDDEN = 'x';

function figures(value: ReportValue): [string, string] {
  if (value.hidden) return [CSV_HIDDEN, CSV_HIDDEN];
  const average = value.average === undefined ? '' : value.average.toFixed(1);
  return [String(value.count), average];
}

/**
 * The report as CSV records, one line per figure: table, row, column, count, average (a dot
 * for decimals, whatever the language, so spreadsheets and scripts read it as a number), then a
 * last line saying what "x" means.
 */
export function programReportRecords(
  tables: readonly ReportTable[],
  language: Language,
  min: number,
): string[][] {
  const m = stringsFor(language).meeting;
  const header = m.reportCsvHeader;
  const lines = tables.flatMap((table) =>
    table.rows.map((r) => [table.title, r.row, r.column, ...figures(r.value)]),
  );
  const note = format(m.reportCsvLegend, { min });
  return [
    [header.table, header.row, header.column, header.count, header.average],
    ...lines,
    [m.reportCsvNote, note, '', '', ''],
  ];
}

/** The report as CSV text (no byte order mark: see `csvFile` for a file to download). */
export function programReportCsv(
  tables: readonly ReportTable[],
  language: Language,
  min: number,
): string {
  return csvText(programReportRecords(tables, language, min));
}
