import { availableParallelism } from 'node:os';
import type { ProfileSummary } from './profile.js';
import { experimentNote, type BenchOptions } from './options.js';
import { table, type Results } from './report.js';
import { fmtSpread, num, spread } from './stats.js';

const over = <T>(rounds: T[], f: (r: T) => number) => spread(rounds.map(f));
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** One line per figure, for the README. */
export function summaryLines(r: Results): string[] {
  const lines: string[] = [];
  if (r.cardTurn) {
    const c = r.cardTurn;
    const ratio = over(c.rounds, (x) => x.ours.rps / x.echo.rps);
    lines.push(
      `Card turn (request submit: validation, store write, confirmation card, 2 coordinator notifications): ${num(ratio.median, 2)} × a bare botbuilder echo bot's throughput (${num(ratio.min, 2)}–${num(ratio.max, 2)}; target ≥ 0.9 ${verdict(ratio.median >= 0.9)}) — ${num(over(c.rounds, (x) => x.ours.rps).median)} vs ${num(over(c.rounds, (x) => x.echo.rps).median)} requests/s at ${String(c.concurrency)} concurrent, p50 ${num(over(c.rounds, (x) => x.ours.p50).median, 1)} ms, p99 ${num(over(c.rounds, (x) => x.ours.p99).median, 1)} ms.`,
    );
  }
  if (r.fanout) {
    const f = r.fanout;
    const ratio = over(f.rounds, (x) => x.elapsedMs / x.boundMs);
    const sum = (g: (x: (typeof f.rounds)[number]) => number) =>
      f.rounds.reduce((s, x) => s + g(x), 0);
    lines.push(
      `Fan-out: pre-reading to ${num(f.participants)} people in ${fmtSpread(
        over(f.rounds, (x) => x.elapsedMs / 1000),
        1,
        ' s',
      )}, ${num(ratio.median, 3)} × the ${num((f.rounds[0]?.boundMs ?? NaN) / 1000, 1)} s Teams' limits allow (${num(ratio.min, 3)}–${num(ratio.max, 3)}; target ≤ 1.05 ${verdict(ratio.median <= 1.05)}); ${String(sum((x) => x.throttled))} × 429, ${String(sum((x) => x.duplicates))} duplicates, ${String(sum((x) => Math.max(x.losses, x.failed)))} losses over ${String(f.rounds.length)} rounds.`,
    );
  }
  if (r.burst === 'not built')
    lines.push('Feedback burst: not measured: feedback poll not built yet.');
  else if (r.burst) {
    const b = r.burst;
    const stored = b.rounds.reduce((s, x) => s + x.ours.stored, 0);
    lines.push(
      `Feedback burst: ${num(b.participants)} answers pressed within ${num(b.spreadMs / 1000)} s are all answered ${fmtSpread(
        over(b.rounds, (x) => x.ours.drainMs / 1000),
        2,
        ' s',
      )} after the first press (echo bot: ${num(over(b.rounds, (x) => x.echo.drainMs / 1000).median, 2)} s), p99 ${num(over(b.rounds, (x) => x.ours.p99).median)} ms; ${num(stored)} of ${num(b.participants * b.rounds.length)} stored, ${String(b.rounds.reduce((s, x) => s + x.ours.failed, 0))} failed.`,
    );
  }
  if (r.cold || r.memory.length > 0) {
    const parts: string[] = [];
    if (r.cold) {
      parts.push(
        `cold start to /healthz 200 in ${fmtSpread(
          over(r.cold, (x) => x.ours.ms),
          0,
          ' ms',
        )} (echo bot ${num(over(r.cold, (x) => x.echo.ms).median)} ms)`,
        `RSS ${num(over(r.cold, (x) => x.ours.idleRss).median)} MiB idle (echo bot ${num(over(r.cold, (x) => x.echo.idleRss).median)} MiB)`,
      );
    }
    for (const m of r.memory)
      parts.push(`${num(m.after.rss)} MiB after ${m.label} (peak ${num(m.after.peak)})`);
    lines.push(`Footprint: ${parts.join(', ')}.`);
  }
  return lines;
}

/** The profile's top self-time functions and packages, one per line. */
export function profileLines(p: ProfileSummary): string[] {
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
  return [
    `CPU profile of the card turn (${num(p.busyMs)} ms busy, ${num(p.idleMs)} ms idle in the window); top self time:`,
    ...p.functions.map(
      (f, i) => `  ${String(i + 1)}. ${f.name} — ${f.where} — ${num(f.ms)} ms (${pct(f.share)})`,
    ),
    'by package:',
    ...p.packages.map((f) => `  ${f.name} — ${num(f.ms)} ms (${pct(f.share)})`),
  ];
}

/** How busy other processes kept the machine during each figure's rounds. */
function othersLine(r: Results): string {
  const parts = r.others.map(({ label, rounds }) => {
    const s = spread(rounds);
    return `${label} ${s.median.toFixed(2)} (max ${s.max.toFixed(2)})`;
  });
  const busy = r.others.some(({ rounds }) => rounds.some((x) => x > 0.25));
  return `Other processes on the machine during the rounds (cores busy, median and max, of ${String(availableParallelism())}): ${parts.join('; ')}${busy ? ' — the machine was not quiet for some rounds: read those figures as rough.' : '.'}`;
}

/** The whole printed report: header, table, outside load, summary lines, profile. */
export function fullReport(o: BenchOptions, r: Results, minutes: number): string {
  return [
    `JLP Conversations benchmarks, ${new Date().toISOString().slice(0, 10)}, ${o.quick ? '--quick' : 'default sizes'}${experimentNote(o)}, ${minutes.toFixed(1)} min`,
    `machine: ${r.machine}`,
    '',
    table(r),
    '',
    othersLine(r),
    '',
    ...summaryLines(r),
    ...(r.cardTurn?.profile ? ['', ...profileLines(r.cardTurn.profile)] : []),
  ].join('\n');
}
