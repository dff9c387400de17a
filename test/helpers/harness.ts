import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../src/clock.js';
import { startBot, type RunningBot, type StartOptions } from '../../src/main.js';
import { execute, message, type ActivityOptions, type TestUser } from './activities.js';
import { LoopbackConnector } from './connector.js';
import { dropTestSchema, testDatabaseUrl } from './test-store.js';

/** A clock tests move by hand. */
export class TestClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at);
  }
}

/** An HTTP answer from the bot. */
export interface Answer {
  status: number;
  body: unknown;
}

/** A bot on a fresh SQLite file, a loopback connector, and helpers to talk to it as Teams does. */
export class Harness {
  readonly connector = new LoopbackConnector();
  readonly clock: TestClock;
  bot!: RunningBot;
  private dir = '';

  constructor(
    now = '2026-11-23T15:00:00Z',
    private readonly env: Record<string, string> = {},
    private readonly startOptions: StartOptions = {},
  ) {
    this.clock = new TestClock(new Date(now));
  }

  async start(): Promise<void> {
    await this.connector.start();
    this.dir = mkdtempSync(join(tmpdir(), 'jlp-test-'));
    this.bot = await startBot(
      {
        PORT: '0',
        LOG_LEVEL: 'silent',
        DATABASE_URL: testDatabaseUrl(this.dir),
        // Tests press far faster than people; the per-person limit has its own tests.
        USER_ACTIONS_PER_MINUTE: '10000',
        ...this.env,
      },
      // The clock is frozen between steps, so real-time pacing is off here (tested on its own).
      { clock: this.clock, pollMs: 0, pacer: null, retention: false, ...this.startOptions },
    );
  }

  async stop(): Promise<void> {
    await this.bot.stop();
    await dropTestSchema(this.bot.config.DATABASE_URL);
    await this.connector.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  get url(): string {
    return `http://127.0.0.1:${this.bot.port}`;
  }

  options(extra: Partial<ActivityOptions> = {}): ActivityOptions {
    return { serviceUrl: this.connector.url, ...extra };
  }

  /** POSTs a raw body to /api/messages. */
  async post(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(`${this.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: keep the text.
    }
    return { status: response.status, body: parsed };
  }

  /** Sends a typed message and waits for the turn (and any sends it started) to finish. */
  async say(user: TestUser, text: string, extra: Partial<ActivityOptions> = {}): Promise<Answer> {
    const answer = await this.post(message(user, text, this.options(extra)));
    await this.bot.app.dispatcher.idle();
    return answer;
  }

  /** Presses an Action.Execute button; returns the card that replaces it. */
  async press(
    user: TestUser,
    verb: string,
    data: Record<string, unknown> = {},
    extra: Partial<ActivityOptions> = {},
  ): Promise<{ status: number; card: Record<string, unknown> }> {
    const answer = await this.post(execute(user, verb, data, this.options(extra)));
    await this.bot.app.dispatcher.idle();
    const body = answer.body as
      { statusCode?: number; type?: string; value?: Record<string, unknown> } | undefined;
    if (
      answer.status !== 200 ||
      body?.type !== 'application/vnd.microsoft.card.adaptive' ||
      !body.value
    ) {
      throw new Error(`press ${verb} answered ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    return { status: answer.status, card: body.value };
  }
}

/** Every text in a card (TextBlocks, facts, titles, choices), for assertions. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (
          typeof value === 'string' &&
          ['text', 'title', 'value', 'label', 'placeholder'].includes(key)
        )
          out.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return out.join('\n');
}
