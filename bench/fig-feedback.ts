import { TENANT, feedbackSubmit, runTag } from './activities.js';
import type { BenchConnector } from './connector.js';
import type { Target } from './fig-card-turn.js';
import type { Hooks } from './hooks.js';
import { openLoop, type Reply } from './load.js';
import { latency } from './stats.js';

/** How figure 3 bursts. */
export interface BurstConfig {
  rounds: number;
  participants: number;
  spreadMs: number;
  /** Connections the burst may open at once (Teams' own pool is not published). */
  sockets: number;
}

/** One burst against one bot. */
export interface Burst {
  /** From the first press to the last answer. */
  drainMs: number;
  p50: number;
  p99: number;
  max: number;
  failed: number;
  firstBad: string | undefined;
  /** Answers the store holds afterwards (ours only). */
  stored: number;
}

/** A round: ours and the echo bot's, back to back. */
export interface BurstRound {
  ours: Burst;
  echo: Burst;
}

const HOUR = 3_600_000;
const UNION_FACILITATOR = '00000000-0000-4000-8000-000000000201';

const thanked = (reply: Reply) =>
  reply.status === 200 &&
  reply.text.includes('application/vnd.microsoft.card.adaptive') &&
  reply.text.includes('Thank you');
const isCard = (reply: Reply) =>
  reply.status === 200 && reply.text.includes('application/vnd.microsoft.card.adaptive');

async function burst(
  target: Target,
  config: BurstConfig,
  connector: BenchConnector,
  ours: boolean,
): Promise<Burst> {
  const origin = { tenantId: TENANT, serviceUrl: connector.url };
  // A session that began an hour ago, its poll opened by a facilitator through the real flow.
  const sessionId = ours
    ? await target.child.call<string>({
        cmd: 'seedSession',
        topic: 'mental-health',
        startInMs: -HOUR,
        origin,
      })
    : 'echo';
  if (ours) {
    const opened = await target.child.call<string>({
      cmd: 'openPoll',
      sessionId,
      actor: UNION_FACILITATOR,
    });
    if (opened !== 'opened') throw new Error(`the poll did not open: ${opened}`);
  }
  const tag = runTag();
  const run = await openLoop(
    {
      port: target.port,
      path: '/api/messages',
      body: (i) => feedbackSubmit(tag, i, connector.url, sessionId),
      check: ours ? thanked : isCard,
    },
    { count: config.participants, spreadMs: config.spreadMs, maxSockets: config.sockets },
  );
  const stored = ours ? await target.child.call<number>({ cmd: 'answers', sessionId }) : 0;
  return {
    drainMs: run.endedAt - run.startedAt,
    ...latency(run.latencies),
    failed: run.bad + run.errors,
    firstBad: run.firstBad,
    stored,
  };
}

/** Figure 3: `participants` answers to one poll within `spreadMs`, ours against the echo bot. */
export async function feedbackRounds(
  ours: Target,
  echo: Target,
  connector: BenchConnector,
  config: BurstConfig,
  hooks: Hooks,
): Promise<BurstRound[]> {
  const { progress } = hooks;
  // A small burst each first, so neither bot meets the rounds cold (when figure 1 did not run).
  const warm = { ...config, participants: Math.ceil(config.participants / 5) };
  await burst(echo, warm, connector, false);
  await burst(ours, warm, connector, true);
  const rounds: BurstRound[] = [];
  for (let r = 0; r < config.rounds; r += 1) {
    const round = await hooks.round(async (): Promise<BurstRound> => {
      if (r % 2 === 0) {
        const e = await burst(echo, config, connector, false);
        return { echo: e, ours: await burst(ours, config, connector, true) };
      }
      const o = await burst(ours, config, connector, true);
      return { ours: o, echo: await burst(echo, config, connector, false) };
    });
    rounds.push(round);
    const { ours: o, echo: e } = round;
    progress(
      `  round ${String(r + 1)}: ours all answered in ${o.drainMs.toFixed(0)} ms (p50 ${o.p50.toFixed(0)}, p99 ${o.p99.toFixed(0)} ms, ${String(o.stored)} stored, ${String(o.failed)} failed), echo ${e.drainMs.toFixed(0)} ms (p99 ${e.p99.toFixed(0)} ms)`,
    );
  }
  return rounds;
}
