import { describe, expect, it } from 'vitest';
import { CardRenderer } from '../../src/cards/render.js';
import { parseConfig } from '../../src/config.js';
import { loadCatalogue } from '../../src/data/catalogue.js';
import { summarise } from '../../src/domain/feedback-results.js';
import type { FeedbackScore } from '../../src/domain/feedback.js';
import type { HeldSession } from '../../src/domain/program-report.js';
import { defaultPaths } from '../../src/paths.js';
import { programCsvCard, programReportCard } from '../../src/ui/program-report-view.js';
import type { ProgramInput } from '../../src/ui/program-results-view.js';
import { cardText } from '../helpers/harness.js';

function summary(region: string, topic: string, n: number, score: FeedbackScore): ProgramInput {
  const responses = Array.from({ length: n }, () => ({
    answers: {
      safeSpace: score,
      learned: score,
      relationships: score,
      facilitation: score,
      overall: score,
    },
  }));
  const thresholds = { minResponses: 5, minComments: 10 };
  return { region, topic, summary: summarise(responses, [], thresholds, (c) => c) };
}

function sessions(n: number, department: string, topic = 'lmc'): HeldSession[] {
  return Array.from({ length: n }, () => ({
    topic,
    region: 'quebec',
    department,
    firstStartUtc: new Date('2026-10-14T14:00:00Z'),
  }));
}

/** The RichTextBlock's text: the CSV shown in the card. */
function csvOf(card: Record<string, unknown>): string {
  const block = (card.body as { type: string; inlines?: { text: string }[] }[]).find(
    (b) => b.type === 'RichTextBlock',
  );
  return block?.inlines?.[0]?.text ?? '';
}

describe('the program report card and its CSV', () => {
  const paths = defaultPaths();
  const deps = {
    cards: new CardRenderer(paths.cards),
    catalogue: loadCatalogue(paths.catalogue),
    config: parseConfig({ FEEDBACK_MIN_RESPONSES: '10' }),
  };
  const input = {
    held: [
      ...sessions(12, 'Santé Canada, Direction "A"\nOttawa'),
      ...sessions(11, 'Emploi et Développement social Canada'),
      ...sessions(3, 'Petit bureau'),
    ],
    summaries: [
      summary('ncr', 'lmc', 10, 4),
      summary('quebec', 'lmc', 10, 2),
      summary('ncr', 'grounding', 5, 5),
      summary('atlantic', 'anti-racism', 10, 1),
    ],
  };

  it('shows sessions held, averages by topic and hidden cells, in English', () => {
    const card = programReportCard(deps, input, 'en');
    const text = cardText(card);
    expect(text).toContain('Sessions held: 26');
    expect(text).toContain('2026-10');
    expect(text).toContain('3.0 out of 5 (20 answers)');
    // 5 answers on "grounding" is under 10: hidden, and so is the next-smallest topic beside it.
    expect(text).not.toContain('5.0 out of 5');
    expect(text).not.toContain('1.0 out of 5 (10 answers)');
    expect(text).not.toContain('3 Sessions');
    expect(JSON.stringify(card)).toContain('results.programCsv');
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
  });

  it('shows the same in French', () => {
    const text = cardText(programReportCard(deps, input, 'fr'));
    expect(text).toContain('Séances tenues\u00a0: 26');
    expect(text).toContain('3,0 sur 5 (20 réponses)');
    expect(text).toContain('Masqué');
  });

  it('writes the CSV with quoted fields, accents and "x" for hidden figures', () => {
    const csv = csvOf(programCsvCard(deps, input, 'en'));
    const lines = csv.split('\n');
    expect(lines[0]).toBe('Table,Row,Column,Count,Average');
    expect(csv).toContain('Sessions held,Total,Sessions,26,\n');
    expect(csv).toContain(
      'By department (top 10),"Santé Canada, Direction ""A"" Ottawa",Sessions,12,\n',
    );
    expect(csv).toContain('By department (top 10),Petit bureau,Sessions,x,x\n');
    expect(csv).toContain(
      'By department (top 10),Emploi et Développement social Canada,Sessions,x,x\n',
    );
    expect(csv).toContain('Average scores by topic,Grounding');
    expect(csv).toMatch(/\nNote,"“x” marks a hidden figure: under 10, /);
  });

  it('writes the CSV headers in French', () => {
    const csv = csvOf(programCsvCard(deps, input, 'fr'));
    expect(csv.split('\n')[0]).toBe('Tableau,Ligne,Colonne,Nombre,Moyenne');
    expect(csv).toContain('Séances tenues,Total,Séances,26,\n');
  });
});
