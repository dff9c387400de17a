import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PUBLISHED_LIMITS, WindowJudge } from './teams-limits.js';

/** What the connector saw since its last reset. */
export interface ConnectorTally {
  creates: number;
  sends: number;
  throttledCreates: number;
  throttledSends: number;
  /** Successful sends per recipient (by the 1:1 conversation the connector created for them). */
  perRecipient: Map<string, number>;
  /** `performance.now()` of the last successful send. */
  lastSendAt: number;
  /** Arrival times of every creation and send, throttled or not (what the tenant was offered). */
  arrivals: number[];
}

const empty = (): ConnectorTally => ({
  creates: 0,
  sends: 0,
  throttledCreates: 0,
  throttledSends: 0,
  perRecipient: new Map(),
  lastSendAt: 0,
  arrivals: [],
});

/** The most arrivals in any `ms`-long interval. */
export function peakIn(arrivals: readonly number[], ms: number): number {
  const sorted = [...arrivals].sort((a, b) => a - b);
  let peak = 0;
  let first = 0;
  sorted.forEach((at, i) => {
    while ((sorted[first] ?? at) <= at - ms) first += 1;
    peak = Math.max(peak, i - first + 1);
  });
  return peak;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

interface CreateBody {
  members?: { id?: string }[];
  tenantId?: string;
  channelData?: { tenant?: { id?: string } };
}

/**
 * A loopback Bot Connector on 127.0.0.1: answers `POST /v3/conversations` (one 1:1 conversation
 * per person, the same id each time, as Teams does) and `POST …/activities`, counting what it
 * is sent. With `enforce`, it answers 429 with `Retry-After` whenever a request would break
 * Teams' published limits; creations count against the tenant, sends against both.
 */
export class BenchConnector {
  tally: ConnectorTally = empty();
  url = '';
  private server: Server | undefined;
  private readonly recipients = new Map<string, { aad: string; tenant: string }>();
  private readonly tenants = new WindowJudge(PUBLISHED_LIMITS.tenant);
  private readonly conversations = new WindowJudge(PUBLISHED_LIMITS.conversation);
  private counter = 0;

  constructor(private readonly enforce: boolean) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req, res, performance.now());
    });
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${String((this.server.address() as AddressInfo).port)}/`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => {
      this.server?.close(() => {
        resolve();
      });
    });
  }

  /** Starts a new count (conversations already created are remembered, as Teams would). */
  reset(): void {
    this.tally = empty();
    this.tenants.reset();
    this.conversations.reset();
  }

  private async handle(req: IncomingMessage, res: ServerResponse, at: number): Promise<void> {
    const parts = (req.url ?? '/').split('?')[0]?.split('/').filter(Boolean) ?? [];
    const body = await readBody(req);
    if (req.method !== 'POST' || parts[0] !== 'v3' || parts[1] !== 'conversations') {
      res.writeHead(404).end();
      return;
    }
    this.tally.arrivals.push(at);
    if (parts.length === 2) this.create(JSON.parse(body) as CreateBody, res, at);
    else this.send(decodeURIComponent(parts[2] ?? ''), res, at);
  }

  private create(body: CreateBody, res: ServerResponse, at: number): void {
    const aad = body.members?.[0]?.id ?? '';
    const tenant = body.tenantId ?? body.channelData?.tenant?.id ?? '';
    if (this.throttled(res, at, tenant)) {
      this.tally.throttledCreates += 1;
      return;
    }
    const id = `a:bench-${aad}`;
    this.recipients.set(id, { aad, tenant });
    this.tally.creates += 1;
    this.answer(res, 201, { id });
  }

  private send(conversation: string, res: ServerResponse, at: number): void {
    const who = this.recipients.get(conversation) ?? { aad: conversation, tenant: '' };
    if (this.throttled(res, at, who.tenant, conversation)) {
      this.tally.throttledSends += 1;
      return;
    }
    this.tally.sends += 1;
    this.tally.lastSendAt = at;
    this.tally.perRecipient.set(who.aad, (this.tally.perRecipient.get(who.aad) ?? 0) + 1);
    this.counter += 1;
    this.answer(res, 200, { id: `activity-${String(this.counter)}` });
  }

  /** Answers 429 when the request breaks a limit; else counts it and returns false. */
  private throttled(res: ServerResponse, at: number, tenant: string, conversation?: string) {
    if (!this.enforce) return false;
    const wait = Math.max(
      this.tenants.wait(tenant, at),
      conversation === undefined ? 0 : this.conversations.wait(conversation, at),
    );
    if (wait > 0) {
      // Retry-After is in whole seconds: a throttled sender waits at least one.
      const seconds = String(Math.max(1, Math.ceil(wait / 1000)));
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': seconds });
      res.end(JSON.stringify({ error: { code: 'TooManyRequests', message: 'throttled' } }));
      return true;
    }
    this.tenants.accept(tenant, at);
    if (conversation !== undefined) this.conversations.accept(conversation, at);
    return false;
  }

  private answer(res: ServerResponse, status: number, body: object): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}
