import { CARD_BYTE_LIMIT, type AdaptiveCard } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { format, intlLocale, stringsFor, type Language } from '../i18n/i18n.js';
import { programReportCsv } from './program-report-csv.js';
import {
  programReport,
  type ReportInput,
  type ReportRow,
  type ReportTable,
} from './program-report-model.js';
import { NO_REPORT_SECTIONS, programResultsData } from './program-results-view.js';

/** The largest CSV shown inline in a card (its JSON-escaped size), well under the card limit. */
export const INLINE_CSV_LIMIT = 20 * 1024;

type CardDeps = Pick<Deps, 'cards' | 'config' | 'catalogue'>;

function table(tables: readonly ReportTable[], id: ReportTable['id']): ReportTable {
  const found = tables.find((t) => t.id === id);
  if (!found) throw new Error(`the report has no ${id} table`);
  return found;
}

/** Groups a table's figures by row: one heading and its facts per row, in order. */
function byRow(rows: readonly ReportRow[], fact: (r: ReportRow) => string) {
  const groups = new Map<string, { title: string; value: string }[]>();
  for (const r of rows)
    groups.set(r.row, [...(groups.get(r.row) ?? []), { title: r.column, value: fact(r) }]);
  return [...groups].map(([heading, facts]) => ({ heading, facts }));
}

/** The sessions-held and average-score sections of the `program-results` template. */
function reportSections(tables: readonly ReportTable[], language: Language, min: number) {
  const m = stringsFor(language).meeting;
  const average = new Intl.NumberFormat(intlLocale(language), {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  });
  const count = (r: ReportRow) => (r.value.hidden ? m.reportHidden : String(r.value.count));
  const score = (r: ReportRow) =>
    r.value.hidden
      ? m.reportHidden
      : r.value.count === 0
        ? m.programNone
        : format(m.reportScoreCell, {
            count: r.value.count,
            average: average.format(r.value.average ?? 0),
          });
  const [total] = table(tables, 'heldTotal').rows;
  const ids = ['heldByTopic', 'heldByRegion', 'heldByMonth', 'heldByDepartment'] as const;
  return {
    heldTitle: m.reportHeldTitle,
    heldNote: format(m.reportHeldNote, { min }),
    heldTotal: format(m.reportHeldTotal, {
      count: total && !total.value.hidden ? total.value.count : 0,
    }),
    held: ids
      .map((id) => table(tables, id))
      .filter((t) => t.rows.length > 0)
      .map((t) => ({
        heading: t.title,
        facts: t.rows.map((r) => ({ title: r.row, value: count(r) })),
      })),
    scoresTitle: m.reportScoresTitle,
    scores: byRow(table(tables, 'scoresByTopic').rows, score),
  };
}

/**
 * The program-wide report card for administrators: responses per region and topic, sessions
 * held (by topic, region, month and department) and average scores by topic, small cells
 * suppressed, with a button for the CSV.
 */
export function programReportCard(
  deps: CardDeps,
  input: ReportInput,
  language: Language,
): AdaptiveCard {
  const min = deps.config.FEEDBACK_MIN_RESPONSES;
  const tables = programReport(deps, input, language);
  return deps.cards.render('program-results', {
    ...programResultsData(deps, input.summaries, language),
    ...reportSections(tables, language, min),
    csv: '',
    csvTitle: stringsFor(language).meeting.reportCsvButton,
    view: 'results.program',
  });
}

/**
 * The same report as CSV, inline in a card (monospace, no Markdown) when small enough; else a
 * card saying it is too large.
 */
export function programCsvCard(
  deps: CardDeps,
  input: ReportInput,
  language: Language,
): AdaptiveCard {
  const t = stringsFor(language);
  const m = t.meeting;
  const min = deps.config.FEEDBACK_MIN_RESPONSES;
  const csv = programReportCsv(programReport(deps, input, language), language, min);
  const size = Buffer.byteLength(JSON.stringify(csv));
  const fits = size < INLINE_CSV_LIMIT && size < CARD_BYTE_LIMIT - 4 * 1024;
  const kb = Math.ceil(size / 1024);
  return deps.cards.render('program-results', {
    ...NO_REPORT_SECTIONS,
    lang: language,
    title: m.reportCsvTitle,
    note: fits
      ? `${m.reportCsvIntro} ${format(m.reportCsvLegend, { min })}`
      : format(m.reportCsvTooLarge, { size: kb }),
    regions: [],
    byTopicTitle: '',
    byTopic: [],
    total: '',
    // A card shows lines, not records: LF reads better there and pastes into any spreadsheet.
    csv: fits ? csv.replaceAll('\r\n', '\n') : '',
    view: 'results.programCsv',
    switchTitle: t.lang.switchTo,
    switchCode: t.lang.switchToCode,
  });
}
