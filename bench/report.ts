import type { Memory } from './children.js';
import type { CardTurnRound } from './fig-card-turn.js';
import type { BurstRound } from './fig-feedback.js';
import type { Fanout } from './fig-fanout.js';
import type { ColdRound } from './fig-footprint.js';
import type { ProfileSummary } from './profile.js';
import { fmtSpread, num, spread } from './stats.js';

/** What a run measured, figure by figure (absent: not run). */
export interface Results {
  machine: string;
  cardTurn?: { rounds: CardTurnRound[]; concurrency: number; profile?: ProfileSummary };
  fanout?: { rounds: Fanout[]; participants: number };
  burst?: { rounds: BurstRound[]; participants: number; spreadMs: number } | 'not built';
  cold?: ColdRound[];
  memory: { label: string; idle: Memory; after: Memory }[];
  /** Cores other processes kept busy during each round, per figure. */
  others: { label: string; rounds: number[] }[];
}

type Row = [string, string, string, string, string, string];

const mark = (ok: boolean) => (ok ? 'met' : 'missed');
const over = <T>(rounds: T[], f: (r: T) => number) => spread(rounds.map(f));

function cardRows(c: NonNullable<Results['cardTurn']>): Row[] {
  const ratio = over(c.rounds, (r) => r.ours.rps / r.echo.rps);
  return [
    [
      '1 card turn',
      `requests/s (${String(c.concurrency)} concurrent)`,
      fmtSpread(over(c.rounds, (r) => r.ours.rps)),
      `echo ${fmtSpread(over(c.rounds, (r) => r.echo.rps))}`,
      fmtSpread(ratio, 2),
      `≥ 0.9: ${mark(ratio.median >= 0.9)}`,
    ],
    [
      '1 card turn',
      'answers/s while loading (notifications trailing)',
      fmtSpread(over(c.rounds, (r) => r.ours.answerRps)),
      `echo ${fmtSpread(over(c.rounds, (r) => r.echo.answerRps))}`,
      fmtSpread(
        over(c.rounds, (r) => r.ours.answerRps / r.echo.answerRps),
        2,
      ),
      '',
    ],
    [
      '1 card turn',
      'p50 / p99 ms',
      `${fmtSpread(
        over(c.rounds, (r) => r.ours.p50),
        1,
      )} / ${fmtSpread(
        over(c.rounds, (r) => r.ours.p99),
        1,
      )}`,
      `echo ${fmtSpread(
        over(c.rounds, (r) => r.echo.p50),
        1,
      )} / ${fmtSpread(
        over(c.rounds, (r) => r.echo.p99),
        1,
      )}`,
      '',
      '',
    ],
    [
      '1 card turn',
      'failed answers',
      String(c.rounds.reduce((s, r) => s + r.ours.failed, 0)),
      `echo ${String(c.rounds.reduce((s, r) => s + r.echo.failed, 0))}`,
      '',
      '0',
    ],
  ];
}

function fanoutRows(f: NonNullable<Results['fanout']>): Row[] {
  const ratio = over(f.rounds, (r) => r.elapsedMs / r.boundMs);
  const sum = (g: (r: Fanout) => number) => f.rounds.reduce((s, r) => s + g(r), 0);
  const clean = sum((r) => r.duplicates) === 0 && sum((r) => Math.max(r.losses, r.failed)) === 0;
  return [
    [
      `2 fan-out to ${num(f.participants)}`,
      'elapsed s',
      fmtSpread(
        over(f.rounds, (r) => r.elapsedMs / 1000),
        1,
      ),
      `bound ${num((f.rounds[0]?.boundMs ?? NaN) / 1000, 1)}`,
      fmtSpread(ratio, 3),
      `≤ 1.05: ${mark(ratio.median <= 1.05)}`,
    ],
    [
      `2 fan-out to ${num(f.participants)}`,
      '429s / duplicates / losses (all rounds); peak offered in 1 s',
      `${String(sum((r) => r.throttled))} / ${String(sum((r) => r.duplicates))} / ${String(sum((r) => Math.max(r.losses, r.failed)))}; ${String(Math.max(...f.rounds.map((r) => r.peak)))}`,
      'limit 50 per 1 s',
      '',
      `0 dup., 0 lost: ${mark(clean)}`,
    ],
  ];
}

function burstRows(b: Results['burst']): Row[] {
  if (b === undefined) return [];
  if (b === 'not built')
    return [['3 feedback burst', 'not measured: feedback poll not built yet', '', '', '', '']];
  const drain = over(b.rounds, (r) => r.ours.drainMs / 1000);
  const stored = b.rounds.reduce((s, r) => s + r.ours.stored, 0);
  const failed = b.rounds.reduce((s, r) => s + r.ours.failed, 0);
  return [
    [
      `3 feedback burst ${num(b.participants)} in ${num(b.spreadMs / 1000)} s`,
      'all answered after s',
      fmtSpread(drain, 2),
      `echo ${fmtSpread(
        over(b.rounds, (r) => r.echo.drainMs / 1000),
        2,
      )}`,
      fmtSpread(
        over(b.rounds, (r) => r.ours.drainMs / r.echo.drainMs),
        2,
      ),
      '',
    ],
    [
      '3 feedback burst',
      'p50 / p99 ms',
      `${fmtSpread(over(b.rounds, (r) => r.ours.p50))} / ${fmtSpread(over(b.rounds, (r) => r.ours.p99))}`,
      `echo ${fmtSpread(over(b.rounds, (r) => r.echo.p50))} / ${fmtSpread(over(b.rounds, (r) => r.echo.p99))}`,
      '',
      '',
    ],
    [
      '3 feedback burst',
      'stored / failed (all rounds)',
      `${num(stored)} of ${num(b.participants * b.rounds.length)} / ${String(failed)}`,
      '',
      '',
      `all stored: ${mark(stored === b.participants * b.rounds.length && failed === 0)}`,
    ],
  ];
}

function footprintRows(r: Results): Row[] {
  const rows: Row[] = [];
  if (r.cold) {
    rows.push([
      '4 cold start',
      'spawn → /healthz 200, ms',
      fmtSpread(over(r.cold, (c) => c.ours.ms)),
      `echo ${fmtSpread(over(r.cold, (c) => c.echo.ms))}`,
      fmtSpread(
        over(r.cold, (c) => c.ours.ms / c.echo.ms),
        2,
      ),
      '',
    ]);
    rows.push([
      '4 memory',
      'RSS idle after cold start, MiB',
      fmtSpread(over(r.cold, (c) => c.ours.idleRss)),
      `echo ${fmtSpread(over(r.cold, (c) => c.echo.idleRss))}`,
      '',
      '',
    ]);
  }
  for (const m of r.memory) {
    rows.push([
      '4 memory',
      `RSS ${m.label}, MiB: idle → after (peak)`,
      `${num(m.idle.rss)} → ${num(m.after.rss)} (${num(m.after.peak)})`,
      '',
      '',
      '',
    ]);
  }
  return rows;
}

/** The results as a Markdown table. */
export function table(r: Results): string {
  const rows: Row[] = [
    ...(r.cardTurn ? cardRows(r.cardTurn) : []),
    ...(r.fanout ? fanoutRows(r.fanout) : []),
    ...burstRows(r.burst),
    ...footprintRows(r),
  ];
  const head: Row = ['figure', 'measure', 'ours: median (min–max)', 'reference', 'ratio', 'target'];
  const line = (cells: Row) => `| ${cells.join(' | ')} |`;
  return [line(head), line(['---', '---', '---', '---', '---', '---']), ...rows.map(line)].join(
    '\n',
  );
}
