import type { CardTurnConfig } from './fig-card-turn.js';
import type { BurstConfig } from './fig-feedback.js';
import type { FanoutConfig } from './fig-fanout.js';
import type { PacerExperiment } from './protocol.js';

/** Everything one bench run does. */
export interface BenchOptions {
  figures: Set<number>;
  cardTurn: CardTurnConfig;
  fanout: FanoutConfig;
  burst: BurstConfig;
  coldRounds: number;
  /** The whole run is stopped (children killed) after this long. */
  limitMs: number;
  /** Smaller sizes (fan-out to 1,000) and shorter card-turn rounds. */
  quick: boolean;
  /** Experiment: figures 1 and 3 with `Intl.DateTimeFormat`s shared (false: as shipped). */
  intlCache: boolean;
  /** Experiment: figures 1 and 3 with each SQL text prepared once (false: as shipped). */
  stmtCache: boolean;
  /** Experiment: figure 2 with a changed pacer (zeros: as shipped). */
  pacer: PacerExperiment;
  /** Before each round, wait up to this long for other processes to quieten (0: never wait). */
  quietMaxMs: number;
  /** Where to keep the raw `.cpuprofile` of figure 1 (for Chrome DevTools), if anywhere. */
  profileOut: string | undefined;
}

const USAGE = `usage: npm run bench -- [--quick] [--rounds=N] [--only=1,2,3,4]
  (default)  fan-out to 10,000 people (3 rounds of about 7 minutes),
             5 card-turn rounds of 8 s                                 about 28 minutes
  --quick    fan-out to 1,000 people, 3 card-turn rounds of 5 s        about 5 minutes
  --rounds=N every figure's rounds (at least 3)
  --only=... the figures to run, e.g. --only=1,4
  --profile-out=FILE  keeps figure 1's raw .cpuprofile (open it in Chrome DevTools)
  --quiet-wait=S      before each round, wait up to S s (default 30) for other processes
                      on the machine to use under a quarter of a core
  --pacer-guard=MS    experiment: figure 2 with every pacer window MS longer than Teams' own
  --pacer-spacing=MS  experiment: figure 2 with at most one request per MS per tenant
  --intl-cache        experiment: figures 1 and 3 with Intl.DateTimeFormat objects shared
  --stmt-cache        experiment: figures 1 and 3 with each SQL statement prepared once`;

/** Parses the command line; throws with the usage on anything unknown. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (
      !match?.[1] ||
      ![
        'quick',
        'rounds',
        'only',
        'profile-out',
        'pacer-guard',
        'pacer-spacing',
        'intl-cache',
        'stmt-cache',
        'quiet-wait',
        'help',
      ].includes(match[1])
    )
      throw new Error(`unknown argument ${arg}\n${USAGE}`);
    flags.set(match[1], match[2] ?? '');
  }
  if (flags.has('help')) throw new Error(USAGE);
  const quick = flags.has('quick');
  const rounds = flags.has('rounds') ? Number(flags.get('rounds')) : undefined;
  if (rounds !== undefined && !(Number.isInteger(rounds) && rounds >= 3 && rounds <= 20))
    throw new Error(`--rounds must be a whole number from 3 to 20\n${USAGE}`);
  const only = (flags.get('only') ?? '1,2,3,4').split(',').map(Number);
  if (only.some((f) => ![1, 2, 3, 4].includes(f))) throw new Error(`--only takes 1–4\n${USAGE}`);
  const ms = (name: string) => {
    const value = Number(flags.get(name) ?? '0');
    if (!(Number.isInteger(value) && value >= 0 && value <= 1_000))
      throw new Error(`--${name} takes 0–1000 ms\n${USAGE}`);
    return value;
  };
  const quiet = Number(flags.get('quiet-wait') ?? '30');
  if (!(Number.isInteger(quiet) && quiet >= 0 && quiet <= 600))
    throw new Error(`--quiet-wait takes 0–600 s\n${USAGE}`);
  // The sizes: 10,000 people, 1,000 in a quick run.
  const participants = quick ? 1_000 : 10_000;
  const fanoutRounds = rounds ?? 3;
  return {
    figures: new Set(only),
    quick,
    profileOut: flags.get('profile-out') || undefined,
    intlCache: flags.has('intl-cache'),
    stmtCache: flags.has('stmt-cache'),
    pacer: { guardMs: ms('pacer-guard'), spacingMs: ms('pacer-spacing') },
    quietMaxMs: quiet * 1000,
    cardTurn: {
      rounds: rounds ?? (quick ? 3 : 5),
      durationMs: quick ? 5_000 : 8_000,
      concurrency: 32,
      warmupMs: 2_000,
    },
    fanout: { rounds: fanoutRounds, participants },
    burst: { rounds: rounds ?? 3, participants: 1_000, spreadMs: 1_000, sockets: 64 },
    coldRounds: rounds ?? 3,
    // Three times the expected length, so a stuck run still ends by itself.
    limitMs:
      3 * (5 * 60_000 + fanoutRounds * ((2 * participants) / 50) * 1_000) + 20 * quiet * 1000,
  };
}

/** Names an experiment, so its figures are never mistaken for the shipped app's. */
export function experimentNote(o: BenchOptions): string {
  const { guardMs, spacingMs } = o.pacer;
  const changes = [
    ...(o.intlCache ? ['Intl.DateTimeFormat shared'] : []),
    ...(o.stmtCache ? ['SQL statements prepared once'] : []),
    ...(guardMs > 0 ? [`pacer windows +${String(guardMs)} ms`] : []),
    ...(spacingMs > 0 ? [`pacer spacing ${String(spacingMs)} ms`] : []),
  ];
  return changes.length > 0 ? ` (EXPERIMENT, not the shipped app: ${changes.join(', ')})` : '';
}
