import { Agent, request } from 'node:http';

/** One POST's answer. */
export interface Reply {
  status: number;
  text: string;
}

/** What a load run saw. */
export interface LoadResult {
  /** Milliseconds per request (closed loop: from sending; open loop: from its scheduled time). */
  latencies: number[];
  ok: number;
  /** Answers the check refused (wrong status or body). */
  bad: number;
  /** Sockets that failed or timed out. */
  errors: number;
  /** The first refused answer, to show what went wrong. */
  firstBad: string | undefined;
  /** `performance.now()` at the first send and at the last answer. */
  startedAt: number;
  endedAt: number;
  /** Share of one core this (generator) process used meanwhile, 0–1. */
  generatorCpu: number;
}

/** Where to POST and how to judge an answer. */
export interface LoadTarget {
  port: number;
  path: string;
  /** The JSON body of the i-th request. */
  body(i: number): string;
  /** True when the answer is the one expected. */
  check(reply: Reply): boolean;
}

const TIMEOUT_MS = 30_000;

/** POSTs `body` on a keep-alive socket of `agent` to 127.0.0.1. */
export function post(agent: Agent, port: number, path: string, body: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        timeout: TIMEOUT_MS,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

class Tally {
  readonly latencies: number[] = [];
  ok = 0;
  bad = 0;
  errors = 0;
  firstBad: string | undefined;
  endedAt = 0;
  private readonly cpu = process.cpuUsage();
  readonly startedAt = performance.now();

  async one(target: LoadTarget, agent: Agent, i: number, from: number): Promise<void> {
    try {
      const reply = await post(agent, target.port, target.path, target.body(i));
      if (target.check(reply)) this.ok += 1;
      else {
        this.bad += 1;
        this.firstBad ??= `${reply.status} ${reply.text.slice(0, 300)}`;
      }
    } catch (error) {
      this.errors += 1;
      this.firstBad ??= error instanceof Error ? error.message : String(error);
    }
    this.endedAt = performance.now();
    this.latencies.push(this.endedAt - from);
  }

  result(): LoadResult {
    const used = process.cpuUsage(this.cpu);
    const wallMs = Math.max(1, this.endedAt - this.startedAt);
    const { latencies, ok, bad, errors, firstBad, startedAt, endedAt } = this;
    const generatorCpu = (used.user + used.system) / 1000 / wallMs;
    return { latencies, ok, bad, errors, firstBad, startedAt, endedAt, generatorCpu };
  }
}

/**
 * Closed loop: `concurrency` keep-alive connections, each sending its next request as soon as
 * the previous one is answered, until `durationMs` has passed (in-flight requests finish).
 */
export async function closedLoop(
  target: LoadTarget,
  options: { concurrency: number; durationMs: number; firstIndex?: number },
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const tally = new Tally();
  const stopAt = tally.startedAt + options.durationMs;
  let next = options.firstIndex ?? 0;
  const worker = async () => {
    while (performance.now() < stopAt) {
      const i = next;
      next += 1;
      await tally.one(target, agent, i, performance.now());
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  agent.destroy();
  return tally.result();
}

/**
 * Open loop: `count` requests at evenly spaced times over `spreadMs`, each sent at its time
 * whether or not earlier ones were answered; latency counts from the scheduled time, so time
 * spent queued behind a slow server is not hidden (no coordinated omission).
 */
export async function openLoop(
  target: LoadTarget,
  options: { count: number; spreadMs: number; maxSockets: number },
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets });
  const tally = new Tally();
  const pending: Promise<void>[] = [];
  let sent = 0;
  while (sent < options.count) {
    const elapsed = performance.now() - tally.startedAt;
    while (sent < options.count && (sent * options.spreadMs) / options.count <= elapsed) {
      const due = tally.startedAt + (sent * options.spreadMs) / options.count;
      pending.push(tally.one(target, agent, sent, due));
      sent += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(pending);
  agent.destroy();
  return tally.result();
}
