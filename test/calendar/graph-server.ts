import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake Graph received. */
export interface Recorded {
  method: string;
  /** Path and query, decoded as Graph would route it. */
  path: string;
  /** Path and query as sent, percent-encoding included. */
  rawPath: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** What the fake Graph answers. */
export interface Reply {
  status: number;
  body?: unknown;
  /** Sent as is instead of JSON (to test answers that are not JSON). */
  raw?: string;
  headers?: Record<string, string>;
  /** Never answer (to test time limits). */
  hang?: boolean;
}

/** A loopback HTTP server standing in for Microsoft Graph. */
export interface GraphServer {
  baseUrl: string;
  requests: Recorded[];
  close(): Promise<void>;
}

/** The error body Graph sends with a 4xx or 5xx. */
export function graphError(status: number, code: string, message: string): Reply {
  return { status, body: { error: { code, message } } };
}

/** Starts the fake on 127.0.0.1 and an ephemeral port; `answer` decides every reply. */
/** JSON bodies parsed; anything else (the token endpoint's form body) kept as text. */
function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function startGraphServer(answer: (request: Recorded) => Reply): Promise<GraphServer> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: Recorded = {
        method: req.method ?? '',
        path: decodeURIComponent(req.url ?? ''),
        rawPath: req.url ?? '',
        headers: req.headers,
        body: parseBody(text),
      };
      requests.push(recorded);
      const reply = answer(recorded);
      if (reply.hang) return;
      const json = reply.body === undefined ? '' : JSON.stringify(reply.body);
      const type = reply.raw === undefined && json ? { 'content-type': 'application/json' } : {};
      res.writeHead(reply.status, { ...type, ...reply.headers });
      res.end(reply.raw ?? json);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1.0`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
