import { TENANT, person, runTag } from './activities.js';
import { peakIn, type BenchConnector } from './connector.js';
import type { Target } from './fig-card-turn.js';
import type { Hooks } from './hooks.js';

/** How figure 2 fans out. */
export interface FanoutConfig {
  rounds: number;
  participants: number;
}

/** One fan-out round through the real outbox, against the limit-enforcing connector. */
export interface Fanout {
  /** From making the deliveries due to the last successful send. */
  elapsedMs: number;
  /** The least time Teams' limits allow: N creations + N sends at 50 per second per tenant. */
  boundMs: number;
  /** 429 answers, creations and sends, retries included. */
  throttled: number;
  /** Successful sends beyond the first to one person. */
  duplicates: number;
  /** People the connector never delivered to. */
  losses: number;
  /** Deliveries left `failed` or still `pending` at the end. */
  failed: number;
  /** The most creations and sends the connector was offered in any 1 s (limit: 50). */
  peak: number;
}

const TENANT_PER_SECOND = 50;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fanout(
  ours: Target,
  connector: BenchConnector,
  sessionId: string,
  n: number,
): Promise<Fanout> {
  const tag = runTag();
  const people = Array.from({ length: n }, (_, i) => person(tag, i).aadObjectId);
  const origin = { tenantId: TENANT, serviceUrl: connector.url };
  await ours.child.call({ cmd: 'enqueuePrereading', sessionId, recipients: people, origin });
  const boundMs = ((2 * n) / TENANT_PER_SECOND) * 1000;
  const prefix = `prereading:${sessionId}:b${tag}`;
  // Let the previous round's tenant window empty before this one starts.
  await sleep(2_000);
  connector.reset();
  const started = performance.now();
  await ours.child.call({ cmd: 'release', prefix });
  let states: Record<string, number> = {};
  const deadline = started + 3 * boundMs + 120_000;
  do {
    await sleep(2_000);
    states = await ours.child.call<Record<string, number>>({ cmd: 'states', prefix });
  } while ((states.pending ?? 0) > 0 && performance.now() < deadline);
  const counts = people.map((aad) => connector.tally.perRecipient.get(aad) ?? 0);
  return {
    elapsedMs: connector.tally.lastSendAt - started,
    boundMs,
    throttled: connector.tally.throttledCreates + connector.tally.throttledSends,
    duplicates: counts.reduce((sum, c) => sum + Math.max(0, c - 1), 0),
    losses: counts.filter((c) => c === 0).length,
    failed: (states.failed ?? 0) + (states.pending ?? 0),
    peak: peakIn(connector.tally.arrivals, 1_000),
  };
}

/** Figure 2: pre-reading to `participants` people, each round against the limits' lower bound. */
export async function fanoutRounds(
  ours: Target,
  connector: BenchConnector,
  config: FanoutConfig,
  hooks: Hooks,
): Promise<Fanout[]> {
  const { progress } = hooks;
  const origin = { tenantId: TENANT, serviceUrl: connector.url };
  const sessionId = await ours.child.call<string>({
    cmd: 'seedSession',
    topic: 'anti-racism',
    startInMs: 30 * 24 * 3_600_000,
    origin,
  });
  const rounds: Fanout[] = [];
  for (let r = 0; r < config.rounds; r += 1) {
    const f = await hooks.round(() => fanout(ours, connector, sessionId, config.participants));
    rounds.push(f);
    progress(
      `  round ${String(r + 1)}: ${String(config.participants)} sent in ${(f.elapsedMs / 1000).toFixed(1)} s, bound ${(f.boundMs / 1000).toFixed(1)} s → ${(f.elapsedMs / f.boundMs).toFixed(3)}; peak offered ${String(f.peak)} in 1 s; 429s ${String(f.throttled)}, duplicates ${String(f.duplicates)}, losses ${String(f.losses)}, not sent ${String(f.failed)}`,
    );
  }
  return rounds;
}
