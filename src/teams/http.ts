import type { TurnContext } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter.js';
import type { Logger } from '../logger.js';

/** What the adapter answered for one HTTP request. */
export interface AdapterAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * Runs one activity through the adapter and returns its answer instead of writing it, so the
 * HTTP layer can hold to the wire contract: a request that fails authentication gets a bare 401
 * and runs no turn, and no failure becomes a 5xx.
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
  if (answer.status === 401 || (answer.status >= 500 && !state.turnRan)) {
    // The adapter answers every authentication failure 401, its reason as the body (see
    // adapter.ts); a pre-turn 5xx is anything else that stopped the turn before it began. Either
    // way the caller learns nothing: one bare 401, the reason in our log only.
    const detail = typeof answer.body === 'string' ? answer.body.slice(0, 300) : undefined;
    if (answer.status === 401) logger.warn({ detail }, 'token rejected');
    else logger.error({ status: answer.status, detail }, 'activity refused before its turn');
    return { status: 401, body: undefined, headers: {} };
  }
  if (answer.status >= 500) {
    logger.error({ status: answer.status }, 'adapter failed after the turn ran');
    return { status: 200, body: undefined, headers: {} };
  }
  return answer;
}
