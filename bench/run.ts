import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBotChild, startEchoChild, type Child } from './children.js';
import { BenchConnector } from './connector.js';
import { cardTurnRounds, profiledRound, type Target } from './fig-card-turn.js';
import { feedbackRounds } from './fig-feedback.js';
import { fanoutRounds } from './fig-fanout.js';
import { coldRounds } from './fig-footprint.js';
import { makeHooks, type Hooks } from './hooks.js';
import { describeMachine } from './machine.js';
import { experimentNote, parseOptions, type BenchOptions } from './options.js';
import { profileFile, readProfile, summarise } from './profile.js';
import type { Results } from './report.js';
import { fullReport } from './summary.js';

/**
 * `npm run bench`: starts everything on 127.0.0.1 by itself (bots as child processes, a loopback
 * Bot Connector here), runs each figure against its reference in alternating rounds, prints a
 * Markdown table and one summary line per figure, and stops by itself (a watchdog ends it).
 */

/** One run: its options, scratch folder, results, and every process it started. */
interface Run {
  o: BenchOptions;
  dir: string;
  r: Results;
  processes: ChildProcess[];
}

const progress = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function botEnv(run: Run, name: string): Record<string, string> {
  return {
    PORT: '0',
    DATABASE_URL: `sqlite:${join(run.dir, `${name}.sqlite`)}`,
    LOG_LEVEL: 'silent',
    // The most the configuration allows; each request comes from a different person anyway.
    MAX_OPEN_REQUESTS: '1000',
  };
}

async function started(run: Run, p: Promise<{ child: Child; port: number }>): Promise<Target> {
  const target = await p;
  run.processes.push(target.child.process);
  return target;
}

/** True when the feedback poll's submit verb is registered by a flow. */
function feedbackBuilt(): boolean {
  const flows = resolve('src/flows');
  return readdirSync(flows).some((f) =>
    readFileSync(join(flows, f), 'utf8').includes("'feedback.submit'"),
  );
}

/** Hooks for one figure, its rounds' outside load noted in `r.others`. */
function hooksFor(run: Run, label: string): Hooks {
  const rounds: number[] = [];
  run.r.others.push({ label, rounds });
  return makeHooks(run.processes, run.o.quietMaxMs, rounds);
}

async function idleThen(target: Target, work: () => Promise<void>) {
  await sleep(1_000);
  const idle = target.child.memory();
  await work();
  return { idle, after: target.child.memory() };
}

function turnsChild(run: Run, name: string) {
  // Pacing off: 2 coordinators per region would hold notifications to Teams' 60 per 30 s per
  // chat, and figures 1 and 3 are about the turn's cost (figure 2 is about pacing).
  const { intlCache, stmtCache } = run.o;
  return { env: botEnv(run, name), pacer: false, pollMs: 0, intlCache, stmtCache };
}

async function profile(run: Run, connector: BenchConnector) {
  progress('figure 1: one more round under node --cpu-prof');
  const profDir = join(run.dir, 'profile');
  const flags = ['--cpu-prof', `--cpu-prof-dir=${profDir}`];
  const profiled = await started(run, startBotChild(turnsChild(run, 'profiled'), flags));
  const window = await profiledRound(profiled, connector, run.o.cardTurn);
  await profiled.child.stop();
  const file = profileFile(profDir);
  if (run.o.profileOut) copyFileSync(file, run.o.profileOut);
  if (run.r.cardTurn) run.r.cardTurn.profile = summarise(readProfile(file), window, resolve('.'));
}

async function cardAndBurst(run: Run): Promise<void> {
  const { o, r } = run;
  const connector = new BenchConnector(false);
  await connector.start();
  try {
    const ours = await started(run, startBotChild(turnsChild(run, 'turns')));
    const echo = await started(run, startEchoChild());
    const memory = await idleThen(ours, async () => {
      if (o.figures.has(1)) {
        progress(`figure 1: card turn vs bare botbuilder echo bot${experimentNote(o)}`);
        const hooks = hooksFor(run, 'figure 1');
        const rounds = await cardTurnRounds(ours, echo, connector, o.cardTurn, hooks);
        r.cardTurn = { rounds, concurrency: o.cardTurn.concurrency };
      }
      if (o.figures.has(3) && !feedbackBuilt()) r.burst = 'not built';
      else if (o.figures.has(3)) {
        progress('figure 3: feedback burst');
        const hooks = hooksFor(run, 'figure 3');
        const rounds = await feedbackRounds(ours, echo, connector, o.burst, hooks);
        r.burst = { rounds, participants: o.burst.participants, spreadMs: o.burst.spreadMs };
      }
    });
    const label = [1, 3].filter((f) => o.figures.has(f)).join(' and ');
    r.memory.push({ label: `figure${label.length > 1 ? 's' : ''} ${label}`, ...memory });
    await ours.child.stop();
    await echo.child.stop();
    if (o.figures.has(1)) await profile(run, connector);
  } finally {
    await connector.stop();
  }
}

async function fanout(run: Run): Promise<void> {
  const { o, r } = run;
  const n = String(o.fanout.participants);
  progress(`figure 2: fan-out to ${n}, Teams limits enforced${experimentNote(o)}`);
  const connector = new BenchConnector(true);
  await connector.start();
  try {
    // The production dispatcher: pacer on, default poll (it finds the retries).
    const init = { env: botEnv(run, 'fanout'), pacer: true, pacerExperiment: o.pacer };
    const ours = await started(run, startBotChild(init));
    const memory = await idleThen(ours, async () => {
      const rounds = await fanoutRounds(ours, connector, o.fanout, hooksFor(run, 'figure 2'));
      r.fanout = { rounds, participants: o.fanout.participants };
    });
    r.memory.push({ label: 'figure 2', ...memory });
    await ours.child.stop();
  } finally {
    await connector.stop();
  }
}

async function main(): Promise<void> {
  const run: Run = {
    o: parseOptions(process.argv.slice(2)),
    dir: mkdtempSync(join(tmpdir(), 'jlp-bench-')),
    r: { machine: describeMachine(), memory: [], others: [] },
    processes: [],
  };
  // Only the processes this run started, each by its own pid.
  const killAll = () => {
    for (const child of run.processes) if (child.exitCode === null) child.kill('SIGKILL');
  };
  const watchdog = setTimeout(() => {
    progress(`time limit of ${String(Math.round(run.o.limitMs / 60_000))} min reached: stopping`);
    killAll();
    process.exit(2);
  }, run.o.limitMs);
  process.once('SIGTERM', () => {
    killAll();
    process.exit(143);
  });
  const began = performance.now();
  progress(`machine: ${run.r.machine}`);
  try {
    if (run.o.figures.has(4)) {
      progress('figure 4: cold start (spawn → /healthz 200)');
      run.r.cold = await coldRounds(run.o.coldRounds, run.dir, hooksFor(run, 'figure 4'));
    }
    if (run.o.figures.has(1) || run.o.figures.has(3)) await cardAndBurst(run);
    if (run.o.figures.has(2)) await fanout(run);
  } catch (error) {
    killAll();
    throw error;
  } finally {
    clearTimeout(watchdog);
    rmSync(run.dir, { recursive: true, force: true });
  }
  process.stdout.write(`${fullReport(run.o, run.r, (performance.now() - began) / 60_000)}\n`);
}

main().catch((error: unknown) => {
  progress(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
