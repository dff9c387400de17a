import type { AdaptiveCard } from '../cards/render.js';
import { REGION_IDS } from '../data/regions.js';
import type { Deps } from '../deps.js';
import type { FeedbackSummary } from '../domain/feedback-results.js';
import { suppressSmallCells, type TableCell, type TableLine } from '../domain/small-cells.js';
import { format, intlLocale, stringsFor, type Language } from '../i18n/i18n.js';
import { regionName } from './request-view.js';

/** One session's stored summary, with where and what it was. */
export interface ProgramInput {
  region: string;
  topic: string;
  summary: FeedbackSummary;
}

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * Responses per (region, topic) and their mean "overall" score, from the stored summaries only:
 * each session counts its shown step (5, 10…), never answers its own view does not show.
 */
export function programCells(
  inputs: readonly ProgramInput[],
  regions: readonly string[],
  topics: readonly string[],
): TableCell[] {
  const cells = new Map<string, { count: number; sum: number }>();
  const key = (region: string, topic: string) => JSON.stringify([region, topic]);
  for (const region of regions)
    for (const topic of topics) cells.set(key(region, topic), { count: 0, sum: 0 });
  for (const { region, topic, summary } of inputs) {
    const cell = cells.get(key(region, topic));
    const overall = summary.scores.shown
      ? summary.scores.questions.find((q) => q.question === 'overall')
      : undefined;
    if (!cell || !overall) continue;
    cell.count += overall.count;
    cell.sum += SCORES.reduce((sum, score) => sum + score * overall.distribution[score], 0);
  }
  return regions.flatMap((rowKey) =>
    topics.map((colKey) => {
      const { count, sum } = cells.get(key(rowKey, colKey)) ?? { count: 0, sum: 0 };
      return { rowKey, colKey, count, value: count > 0 ? sum / count : undefined };
    }),
  );
}

function exposed(lines: readonly TableLine[], axis: TableLine['axis'], key: string): boolean {
  return lines.some((l) => l.axis === axis && l.key === key);
}

/** The `program-results` template's report sections and CSV, all empty (nothing shown). */
export const NO_REPORT_SECTIONS = {
  heldTitle: '',
  heldNote: '',
  heldTotal: '',
  held: [],
  scoresTitle: '',
  scores: [],
  csv: '',
  csvTitle: '',
  view: 'results.program',
};

/**
 * The data of the responses part of the `program-results` template: responses per region and
 * topic, small cells suppressed (see `suppressSmallCells`).
 */
export function programResultsData(
  deps: Pick<Deps, 'config' | 'catalogue'>,
  inputs: readonly ProgramInput[],
  language: Language,
): Record<string, unknown> {
  const t = stringsFor(language);
  const m = t.meeting;
  const min = deps.config.FEEDBACK_MIN_RESPONSES;
  const topics = [
    ...new Set([...deps.catalogue.topics.map((x) => x.id), ...inputs.map((i) => i.topic)]),
  ];
  const title = (id: string) =>
    deps.catalogue.topics.find((x) => x.id === id)?.title[language] ?? id;
  const cells = programCells(inputs, REGION_IDS, topics);
  const table = suppressSmallCells(cells, min);
  const number = new Intl.NumberFormat(intlLocale(language), {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  });
  const totals = (axis: TableLine['axis'], key: string) =>
    cells
      .filter((c) => (axis === 'row' ? c.rowKey : c.colKey) === key)
      .reduce((sum, c) => sum + c.count, 0);
  const regions = REGION_IDS.map((region) => {
    const name = regionName(region, language);
    return {
      heading: exposed(table.exposedLines, 'row', region)
        ? name
        : format(m.programRegionTotal, { region: name, count: totals('row', region) }),
      facts: table.cells
        .filter((c) => c.rowKey === region)
        .map((c) => ({
          title: title(c.colKey),
          value: c.suppressed
            ? m.programHidden
            : c.count === 0
              ? m.programNone
              : format(m.programCell, { count: c.count, average: number.format(c.value ?? 0) }),
        })),
    };
  });
  const byTopic = topics
    .filter((topic) => !exposed(table.exposedLines, 'column', topic))
    .map((topic) => ({ title: title(topic), value: String(totals('column', topic)) }));
  const grand = cells.reduce((sum, c) => sum + c.count, 0);
  return {
    lang: language,
    title: m.programTitle,
    note: format(m.programNote, { min }),
    regions,
    byTopicTitle: m.programByTopic,
    byTopic,
    total: table.exposedLines.length > 0 ? '' : format(m.programTotal, { count: grand }),
    switchTitle: t.lang.switchTo,
    switchCode: t.lang.switchToCode,
  };
}

/** The program-wide responses card for administrators, without the report's other sections. */
export function programResultsCard(
  deps: Pick<Deps, 'cards' | 'config' | 'catalogue'>,
  inputs: readonly ProgramInput[],
  language: Language,
): AdaptiveCard {
  return deps.cards.render('program-results', {
    ...programResultsData(deps, inputs, language),
    ...NO_REPORT_SECTIONS,
  });
}
