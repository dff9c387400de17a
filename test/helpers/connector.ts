import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the Bot Connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  kind: 'create' | 'send' | 'reply' | 'update';
  conversationId: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
}

/** A scripted failure for the next matching call. */
export interface Failure {
  kind?: ConnectorCall['kind'];
  /** Only calls into this conversation (default: any). */
  conversationId?: string;
  status: number;
  headers?: Record<string, string>;
  times?: number;
}

function classify(
  method: string,
  path: string,
): Pick<ConnectorCall, 'kind' | 'conversationId'> | undefined {
  const parts = path.split('?')[0]?.split('/').filter(Boolean) ?? [];
  if (parts[0] !== 'v3' || parts[1] !== 'conversations') return undefined;
  const conversationId = decodeURIComponent(parts[2] ?? '');
  if (method === 'POST' && parts.length === 2) return { kind: 'create', conversationId: '' };
  if (method === 'POST' && parts[3] === 'activities' && parts.length === 4)
    return { kind: 'send', conversationId };
  if (method === 'POST' && parts[3] === 'activities' && parts.length === 5)
    return { kind: 'reply', conversationId };
  if (method === 'PUT' && parts[3] === 'activities') return { kind: 'update', conversationId };
  return undefined;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/**
 * A loopback Bot Connector: records every call the bot makes (create conversation, send,
 * reply, update) and answers like the real service, or with a scripted failure.
 */
export class LoopbackConnector {
  readonly calls: ConnectorCall[] = [];
  private readonly failures: Failure[] = [];
  private server: Server | undefined;
  private counter = 0;
  url = '';
  /** Milliseconds every answer waits, to hold a turn in flight. */
  delayMs = 0;
  /** Milliseconds answers about one conversation wait (a slow recipient), by conversation id. */
  readonly slow = new Map<string, number>();

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => {
      this.server?.listen(0, '127.0.0.1', resolve);
    });
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => {
      this.server?.close(() => {
        resolve();
      });
    });
  }

  /** Fails the next matching calls with `status` (and headers such as Retry-After). */
  fail(failure: Failure): void {
    this.failures.push({ times: 1, ...failure });
  }

  /** Calls that carried a message (send or reply), optionally to one conversation. */
  messages(conversationId?: string): ConnectorCall[] {
    return this.calls.filter(
      (c) =>
        (c.kind === 'send' || c.kind === 'reply') &&
        (conversationId === undefined || c.conversationId === conversationId),
    );
  }

  /** The Adaptive Card of a message call. */
  static card(call: ConnectorCall): Record<string, unknown> {
    const attachments = call.body.attachments as
      { contentType: string; content: Record<string, unknown> }[] | undefined;
    const card = attachments?.find(
      (a) => a.contentType === 'application/vnd.microsoft.card.adaptive',
    );
    if (!card)
      throw new Error(`call has no adaptive card: ${JSON.stringify(call.body).slice(0, 200)}`);
    return card.content;
  }

  /** The person a create-conversation call is for (its first member's id). */
  static member(body: Record<string, unknown>): string | undefined {
    const members = body.members as { id?: unknown }[] | undefined;
    const id = members?.[0]?.id;
    return typeof id === 'string' ? id : undefined;
  }

  reset(): void {
    this.calls.length = 0;
    this.failures.length = 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const route = classify(method, path);
    const body = await readJson(req);
    const delay = this.delayMs + (route ? (this.slow.get(route.conversationId) ?? 0) : 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    const failure = this.failures.find(
      (f) =>
        (f.kind === undefined || f.kind === route.kind) &&
        (f.conversationId === undefined || f.conversationId === route.conversationId),
    );
    if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      if (failure.times <= 0) this.failures.splice(this.failures.indexOf(failure), 1);
      res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
      res.end(
        JSON.stringify({ error: { code: 'Scripted', message: `scripted ${failure.status}` } }),
      );
      return;
    }
    this.calls.push({ method, path, ...route, body, authorization: req.headers.authorization });
    this.counter += 1;
    const answer =
      route.kind === 'create'
        ? { id: `a:created-${LoopbackConnector.member(body) ?? this.counter}` }
        : { id: `activity-${this.counter}` };
    res.writeHead(route.kind === 'create' ? 201 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer));
  }
}
