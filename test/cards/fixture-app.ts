import { createApp, type App } from '../../src/app.js';
import type { Clock } from '../../src/clock.js';
import { parseConfig } from '../../src/config.js';
import { loadCatalogue } from '../../src/data/catalogue.js';
import { loadRoster } from '../../src/data/roster.js';
import type { Deps } from '../../src/deps.js';
import { createLogger } from '../../src/logger.js';
import { defaultPaths } from '../../src/paths.js';
import { openStore, type Store } from '../../src/store/store.js';
import type { Turn } from '../../src/teams/turn.js';
import { seed, type Seeded } from './seed.js';

/** "Now" for every fixture: Monday 23 November 2026, 10:00 in Ottawa. */
export const FIXTURE_NOW = new Date('2026-11-23T15:00:00Z');

/** A clock the seed moves back to date requests in the past. */
export class FixtureClock implements Clock {
  private current = new Date(FIXTURE_NOW);
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date): void {
    this.current = new Date(at);
  }
}

/** The real application on an in-memory store, seeded, whose card data can be captured. */
export interface FixtureApp {
  readonly app: App;
  readonly deps: Deps;
  readonly store: Store;
  readonly clock: FixtureClock;
  readonly seeded: Seeded;
  /**
   * Runs `build` (any real builder or view) and returns the data it gave template `name`: the
   * data comes from the code the bot runs, so a builder and its template cannot drift apart
   * unseen. Not re-entrant: capture one card at a time.
   */
  capture(name: string, build: () => unknown): Promise<Record<string, unknown>>;
  /** A 1:1 turn from a person, as `toTurn` would make it. */
  turnFor(aadObjectId: string, name: string): Turn;
  close(): Promise<void>;
}

/** Builds the bot with `createApp`, as `startBot` does, without listening. */
export async function openFixtureApp(): Promise<FixtureApp> {
  const paths = defaultPaths();
  const clock = new FixtureClock();
  const store = await openStore('sqlite::memory:');
  await store.roster.import(loadRoster(paths.sampleRoster), clock.now());
  const app = createApp({
    // A deployment has a public URL, so session cards carry their calendar links.
    config: parseConfig({
      LOG_LEVEL: 'silent',
      PUBLIC_URL: 'https://jlp-conversations.example.ca',
    }),
    store,
    clock,
    logger: createLogger('silent'),
    catalogue: loadCatalogue(paths.catalogue),
    cardsDirectory: paths.cards,
  });
  const seeded = await seed(store, clock, app.deps.catalogue);

  const recorded: { name: string; data: Record<string, unknown> }[] = [];
  const renderer = app.deps.cards;
  const render = renderer.render.bind(renderer);
  // Every builder reaches the renderer through `deps.cards`, so one wrapper sees them all.
  renderer.render = (name, data) => {
    recorded.push({ name, data });
    return render(name, data);
  };

  return {
    app,
    deps: app.deps,
    store,
    clock,
    seeded,
    async capture(name, build) {
      recorded.length = 0;
      await build();
      const hit = recorded.filter((r) => r.name === name).at(-1);
      if (!hit) {
        const seen = recorded.map((r) => r.name).join(', ') || 'nothing';
        throw new Error(`expected the builder to render "${name}", it rendered ${seen}`);
      }
      return hit.data;
    },
    turnFor: (aadObjectId, name) => ({
      userAadId: aadObjectId.toLowerCase(),
      userName: name,
      tenantId: seeded.tenantId,
      serviceUrl: seeded.serviceUrl,
      channelId: 'msteams',
      conversationId: `a:personal-${aadObjectId}`,
      chat: 'personal',
      locale: 'en-CA',
      clientTimeZone: 'America/Toronto',
      text: '',
      replyToId: undefined,
      activityId: undefined,
      conversationReference: () => ({}),
      sendCard: () => Promise.resolve(),
    }),
    async close() {
      await app.close();
      await store.close();
    },
  };
}
