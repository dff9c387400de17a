import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from './logger.js';
import { envelopeProblems } from './teams/envelope.js';

/** Bodies over this many bytes get 413 (SPEC.md: 1 MiB). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** What the HTTP layer calls into. */
export interface ServerHandlers {
  /** Runs one activity; returns the status and body to answer with. */
  activity(body: unknown, headers: Request['headers']): Promise<{ status: number; body: unknown }>;
  /** Resolves when the store answers; rejects otherwise. */
  health(): Promise<void>;
  /** A session's calendar file by its token (and optional part), or undefined. */
  calendar(token: string, part: number | undefined): Promise<string | undefined>;
}

function refuseEncoding(req: Request, res: Response, next: restify.Next): void {
  // The body-size limit counts compressed bytes, so a compressed body could inflate past it.
  const encoding = req.header('content-encoding', 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== '') {
    res.send(415, { error: 'Content-Encoding is not supported' });
    next(false);
    return;
  }
  next();
}

/** Builds the HTTP server: `POST /api/messages`, `GET /healthz`. */
export function createServer(handlers: ServerHandlers, logger: Logger): Server {
  const server = restify.createServer({
    name: 'jlp-conversations',
    handleUncaughtExceptions: false,
  });
  server.pre(refuseEncoding);
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    const log = logger.child({ requestId: req.getId() });
    const problems = envelopeProblems(req.body);
    if (problems.length > 0) {
      log.warn({ problems }, 'malformed activity refused');
      res.send(400, { error: 'Malformed activity', problems });
      return;
    }
    try {
      const answer = await handlers.activity(req.body, req.headers);
      if (answer.body === undefined) res.send(answer.status);
      else res.send(answer.status, answer.body);
    } catch (error) {
      log.error({ err: error }, 'activity handling failed');
      res.send(400, { error: 'The activity could not be processed' });
    }
  });

  // Clients (the Agents Playground among them) probe the endpoint with HEAD to see the bot is up.
  server.head('/api/messages', (_req: Request, res: Response, next: restify.Next) => {
    res.send(200);
    next();
  });

  server.get('/healthz', async (req: Request, res: Response) => {
    try {
      await handlers.health();
      res.send(200, { status: 'ok' });
    } catch (error) {
      logger.error(
        { err: error, requestId: req.getId() },
        'health check failed: store does not answer',
      );
      res.send(503, { status: 'unavailable' });
    }
  });

  // A wildcard, not `:file`: find one route for every token shape the router might split.
  server.get('/calendar/*', async (req: Request, res: Response) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const match = /^\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(url.pathname);
    const part = Number(url.searchParams.get('part') ?? '');
    try {
      const body = match?.[1]
        ? await handlers.calendar(match[1], part > 0 ? part : undefined)
        : undefined;
      if (body === undefined) {
        res.send(404, { error: 'No such calendar file' });
        return;
      }
      res.setHeader('content-type', 'text/calendar; method=REQUEST; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      res.sendRaw(200, body);
    } catch (error) {
      logger.error({ err: error, requestId: req.getId() }, 'calendar file failed');
      res.send(503, { error: 'Unavailable' });
    }
  });

  server.on(
    'restifyError',
    (
      req: Request,
      _res: Response,
      error: Error & { statusCode?: number },
      callback: () => void,
    ) => {
      logger.warn(
        { requestId: req.getId(), status: error.statusCode, err: error.message },
        'request refused',
      );
      callback();
    },
  );
  return server;
}
