import { futureDates, requestSubmit, runTag } from './activities.js';
import type { Child } from './children.js';
import type { BenchConnector } from './connector.js';
import type { Hooks } from './hooks.js';
import { closedLoop, type Reply } from './load.js';
import { latency } from './stats.js';

/** How figure 1 loads the bots. */
export interface CardTurnConfig {
  rounds: number;
  durationMs: number;
  concurrency: number;
  warmupMs: number;
}

/** One bot's showing in one round. */
export interface Side {
  /** Turns per second, counted until their notifications have all arrived. */
  rps: number;
  /** Answers per second while the load ran (notifications may still trail). */
  answerRps: number;
  p50: number;
  p99: number;
  ok: number;
  failed: number;
  firstBad: string | undefined;
  /** Share of a core the load generator used. */
  generatorCpu: number;
  /** Time from the last answer until the last coordinator notification arrived (ours only). */
  notifyLagMs: number;
  /** The bot's own event-loop delay meanwhile, p99 and max in ms (ours only). */
  loop: { p99: number; max: number } | undefined;
}

/** A round: ours and the echo bot's, measured back to back. */
export interface CardTurnRound {
  ours: Side;
  echo: Side;
}

/** A bot child to load: its port and its process. */
export interface Target {
  port: number;
  child: Child;
}

const isCard = (reply: Reply) =>
  reply.status === 200 && reply.text.includes('application/vnd.microsoft.card.adaptive');
// The confirmation card names the new reference; a refusal shows the form again without one.
const isConfirmation = (reply: Reply) => isCard(reply) && /JLP-\d{4}-\d{4,}/.test(reply.text);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) return false;
    await sleep(5);
  }
  return true;
}

/**
 * Loads one bot for `durationMs`, closed loop. For ours, the round ends when the last
 * coordinator notification of its turns has reached the connector: that work is part of the turn.
 */
async function measure(
  target: Target,
  config: CardTurnConfig,
  connector: BenchConnector,
  notifications: number | undefined,
  durationMs = config.durationMs,
): Promise<Side> {
  const tag = runTag();
  const dates = futureDates(new Date());
  connector.reset();
  const ours = notifications !== undefined;
  if (ours) await target.child.call({ cmd: 'loopDelay' });
  const run = await closedLoop(
    {
      port: target.port,
      path: '/api/messages',
      body: (i) => requestSubmit(tag, i, connector.url, dates),
      check: notifications === undefined ? isCard : isConfirmation,
    },
    { concurrency: config.concurrency, durationMs },
  );
  let end = run.endedAt;
  let notifyLagMs = 0;
  if (notifications !== undefined) {
    const expected = run.ok * notifications;
    const done = await until(() => connector.tally.sends >= expected, 120_000);
    if (!done)
      throw new Error(`notifications: ${String(connector.tally.sends)}/${String(expected)}`);
    notifyLagMs = Math.max(0, connector.tally.lastSendAt - run.endedAt);
    end = Math.max(end, connector.tally.lastSendAt);
  }
  const { p50, p99 } = latency(run.latencies);
  const loop = ours ? await target.child.call<Side['loop']>({ cmd: 'loopDelay' }) : undefined;
  return {
    loop,
    rps: run.ok / ((end - run.startedAt) / 1000),
    answerRps: run.ok / ((run.endedAt - run.startedAt) / 1000),
    p50,
    p99,
    ok: run.ok,
    failed: run.bad + run.errors,
    firstBad: run.firstBad,
    generatorCpu: run.generatorCpu,
    notifyLagMs,
  };
}

/** Warms both bots up and finds how many notifications one request sends (its region's coordinators). */
export async function warmUp(
  ours: Target,
  echo: Target | undefined,
  connector: BenchConnector,
  config: CardTurnConfig,
): Promise<number> {
  if (echo) await measure(echo, config, connector, undefined, config.warmupMs);
  const side = await measure(ours, config, connector, undefined, config.warmupMs);
  if (side.ok === 0) throw new Error(`the bot refused every request: ${side.firstBad ?? ''}`);
  // The notifications trail the answers: count them once none has arrived for two seconds.
  let seen = -1;
  while (connector.tally.sends !== seen) {
    seen = connector.tally.sends;
    await sleep(2_000);
  }
  return Math.round(seen / side.ok);
}

/** Figure 1: rounds alternating which bot goes first, ours against the bare botbuilder echo. */
export async function cardTurnRounds(
  ours: Target,
  echo: Target,
  connector: BenchConnector,
  config: CardTurnConfig,
  hooks: Hooks,
): Promise<CardTurnRound[]> {
  const { progress } = hooks;
  const notifications = await warmUp(ours, echo, connector, config);
  progress(`  warm-up done; ${String(notifications)} coordinator notifications per request`);
  const rounds: CardTurnRound[] = [];
  for (let r = 0; r < config.rounds; r += 1) {
    const runOurs = () => measure(ours, config, connector, notifications);
    const runEcho = () => measure(echo, config, connector, undefined);
    const round = await hooks.round(async (): Promise<CardTurnRound> => {
      if (r % 2 === 0) {
        const e = await runEcho();
        return { echo: e, ours: await runOurs() };
      }
      const o = await runOurs();
      return { ours: o, echo: await runEcho() };
    });
    rounds.push(round);
    progress(
      `  round ${String(r + 1)}: ours ${round.ours.rps.toFixed(0)} req/s (p50 ${round.ours.p50.toFixed(1)} ms, p99 ${round.ours.p99.toFixed(1)} ms, ${String(round.ours.failed)} failed; notifications done ${round.ours.notifyLagMs.toFixed(0)} ms after the last answer; event-loop delay p99 ${round.ours.loop?.p99.toFixed(0) ?? '—'} ms, max ${round.ours.loop?.max.toFixed(0) ?? '—'} ms), echo ${round.echo.rps.toFixed(0)} req/s (p50 ${round.echo.p50.toFixed(1)}, p99 ${round.echo.p99.toFixed(1)}); generator CPU ${(round.ours.generatorCpu * 100).toFixed(0)}% / ${(round.echo.generatorCpu * 100).toFixed(0)}%`,
    );
  }
  return rounds;
}

/** One more round on ours alone, for the profiler; returns the child's clock window in µs. */
export async function profiledRound(
  ours: Target,
  connector: BenchConnector,
  config: CardTurnConfig,
): Promise<{ fromUs: number; toUs: number; side: Side }> {
  const notifications = await warmUp(ours, undefined, connector, config);
  const fromUs = await ours.child.call<number>({ cmd: 'mark' });
  const side = await measure(ours, config, connector, notifications);
  const toUs = await ours.child.call<number>({ cmd: 'mark' });
  return { fromUs, toUs, side };
}
