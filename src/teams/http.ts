import type { TurnContext } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Logger } from '../logger.js';

/** What the adapter answered for one HTTP request. */
export interface AdapterAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * Runs one activity through the adapter and returns its answer instead of writing it, so the
 * HTTP layer can hold to the wire contract: an authentication failure the token library throws
 * as a plain error becomes 401, never 500, and no failure becomes a 5xx.
 */
export async function processActivity(
  adapter: TeamsAdapter,
  request: {
    method?: string;
    body?: unknown;
    headers: Record<string, string | string[] | undefined>;
  },
  logic: (context: TurnContext) => Promise<void>,
  logger: Logger,
): Promise<AdapterAnswer> {
  const answer: AdapterAnswer = { status: 200, body: undefined, headers: {} };
  const state = { turnRan: false };
  const response = {
    status(code: number) {
      answer.status = code;
      return response;
    },
    send(body: unknown) {
      answer.body = body;
      return response;
    },
    header(name: string, value: string) {
      answer.headers[name] = value;
      return response;
    },
    end() {
      return response;
    },
  };
  await adapter.process(request as never, response as never, async (context) => {
    state.turnRan = true;
    await logic(context);
  });
  if (answer.status >= 500) {
    if (!state.turnRan) {
      logger.warn(
        { detail: typeof answer.body === 'string' ? answer.body : undefined },
        'token rejected',
      );
      return { status: 401, body: undefined, headers: {} };
    }
    logger.error({ status: answer.status }, 'adapter failed after the turn ran');
    return { status: 200, body: undefined, headers: {} };
  }
  return answer;
}
