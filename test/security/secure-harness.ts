import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import {
  ConfigurationServiceClientCredentialFactory,
  type ConfigurationServiceClientCredentialFactoryOptions,
} from 'botbuilder';
import {
  MicrosoftAppCredentials,
  ServiceClientCredentialsFactory,
  type ServiceClientCredentials,
} from 'botframework-connector';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startBot, type RunningBot } from '../../src/main.js';
import { authOptions } from '../../src/teams/adapter.js';
import { TENANT } from '../helpers/activities.js';
import { LoopbackConnector } from '../helpers/connector.js';
import { TestClock, type Answer } from '../helpers/harness.js';
import { snapshot, type Snapshot } from './store-diff.js';

/** The test bot's app id. */
export const BOT_ID = 'b0700000-0000-4000-8000-0000000000b0';

/**
 * Botbuilder's own credentials factory for our configuration decides `isValidAppId` (the audience
 * check) and `isAuthenticationDisabled`, as in production; only the outbound credentials are
 * empty, because the loopback connector has no Azure AD to ask for a token.
 */
class OfflineCredentialsFactory extends ServiceClientCredentialsFactory {
  private readonly production: ConfigurationServiceClientCredentialFactory;

  constructor(options: ConfigurationServiceClientCredentialFactoryOptions) {
    super();
    this.production = new ConfigurationServiceClientCredentialFactory(options);
  }

  isValidAppId(appId: string): Promise<boolean> {
    return this.production.isValidAppId(appId);
  }

  isAuthenticationDisabled(): Promise<boolean> {
    return this.production.isAuthenticationDisabled();
  }

  createCredentials(): Promise<ServiceClientCredentials> {
    return Promise.resolve(MicrosoftAppCredentials.Empty);
  }
}

/** A bot with `BOT_ID` set (token checks on), on a fresh SQLite file and a loopback connector. */
export class SecureHarness {
  readonly connector = new LoopbackConnector();
  bot!: RunningBot;
  /** The bot's log lines (warn and above), parsed. */
  readonly log: Record<string, unknown>[] = [];
  private dir = '';

  /** Starts the bot; `extra` adds to (or overrides) the environment, e.g. the metadata URL. */
  async start(extra: Record<string, string> = {}): Promise<void> {
    await this.connector.start();
    this.dir = mkdtempSync(join(tmpdir(), 'jlp-security-'));
    const env = {
      PORT: '0',
      LOG_LEVEL: 'silent',
      DATABASE_URL: `sqlite:${join(this.dir, 'jlp.sqlite')}`,
      BOT_ID,
      BOT_PASSWORD: 'not-a-real-secret',
      BOT_TENANT_ID: TENANT,
      ...extra,
    };
    const credentialsFactory = new OfflineCredentialsFactory(authOptions(parseConfig(env)));
    // Tokens are checked against the wall clock (jsonwebtoken reads Date.now()), so is the bot.
    const clock = new TestClock(new Date());
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        this.log.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
        done();
      },
    });
    const logger = createLogger('warn', sink);
    this.bot = await startBot(env, { clock, pollMs: 0, credentialsFactory, logger });
  }

  async stop(): Promise<void> {
    await this.bot.stop();
    await this.connector.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** POSTs an activity with this `Authorization` header (none when undefined). */
  async post(body: unknown, authorization?: string): Promise<Answer> {
    const response = await fetch(`http://127.0.0.1:${String(this.bot.port)}/api/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(authorization === undefined ? {} : { authorization }),
      },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: keep the text.
    }
    await this.bot.app.dispatcher.idle();
    return { status: response.status, body: parsed };
  }

  /** The reasons logged for the requests refused since `mark`, oldest first. */
  rejections(mark = 0): string[] {
    return this.log
      .slice(mark)
      .filter((line) => line.msg === 'token rejected')
      .map((line) => String(line.detail));
  }

  /** Every row of every table: a refused request must leave it exactly as it was. */
  rows(): Promise<Snapshot> {
    return snapshot(this.bot.store.db.kysely);
  }
}
