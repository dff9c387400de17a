import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { openPoll } from '../src/flows/feedback.js';
import { startBot, type RunningBot } from '../src/main.js';
import { prereadingDelivery } from '../src/ui/prereading-view.js';
import { cacheDateTimeFormats, cacheStatements, pacerFor } from './experiments.js';
import type { BotChildInit, BotCommand, BotMessage, BotRequest } from './protocol.js';

/**
 * The bot under test, in its own process (its own event loop, apart from the load generator):
 * `startBot` as `src/index.ts` runs it, plus a few IPC commands to seed data and read counts.
 * It exits when told to, or when the bench that started it goes away.
 */
const UNION = '00000000-0000-4000-8000-000000000201';
const EMPLOYER = '00000000-0000-4000-8000-000000000202';
const COORDINATOR = '00000000-0000-4000-8000-000000000101';

function send(message: BotMessage): void {
  process.send?.(message);
}

async function seedSession(
  bot: RunningBot,
  command: Extract<BotCommand, { cmd: 'seedSession' }>,
): Promise<string> {
  const topic = bot.app.deps.catalogue.topics.find((t) => t.id === command.topic);
  if (!topic) throw new Error(`no topic ${command.topic}`);
  const now = new Date();
  const { request } = await bot.store.requests.create(
    {
      requesterAadId: 'e0000000-0000-4000-8000-000000000001',
      requesterName: 'Bench Requester',
      ...command.origin,
      topic: topic.id,
      language: 'en',
      region: 'ncr',
      department: 'Bench',
      participants: 100,
      preferredDate: '2026-12-02',
      alternateDate: null,
      preferredTime: '09:00',
      timeZone: 'America/Toronto',
      accessibility: '',
      notes: '',
    },
    `bench-${String(now.getTime())}-${String(Math.random())}`,
    now,
    () => [],
  );
  const start = new Date(now.getTime() + command.startInMs);
  const minutes = topic.minMinutes;
  const result = await bot.store.sessions.schedule(
    request.id,
    {
      capacity: 2_000,
      timeZone: 'America/Toronto',
      unionFacilitator: UNION,
      employerFacilitator: EMPLOYER,
      joinUrl: null,
      parts: [
        {
          part: 1,
          date: start.toISOString().slice(0, 10),
          startTime: start.toISOString().slice(11, 16),
          durationMinutes: minutes,
          startUtc: start,
          endUtc: new Date(start.getTime() + minutes * 60_000),
        },
      ],
    },
    topic,
    COORDINATOR,
    now,
    () => [],
  );
  if (result.outcome !== 'scheduled') throw new Error(`not scheduled: ${result.outcome}`);
  return result.session.id;
}

/**
 * Deliveries by state, counted in SQL: `byKeyPrefix` would load and parse every row, and at
 * 10,000 rows each poll would hold the event loop (and so the pacer) for tens of milliseconds.
 */
async function states(bot: RunningBot, prefix: string): Promise<Record<string, number>> {
  const rows = await bot.store.db.kysely
    .selectFrom('deliveries')
    .select((eb) => ['state', eb.fn.countAll<number | bigint | string>().as('n')])
    .where('key', 'like', `${prefix}%`)
    .groupBy('state')
    .execute();
  const counts: Record<string, number> = { pending: 0, sent: 0, failed: 0 };
  for (const row of rows) counts[row.state] = Number(row.n);
  return counts;
}

function loopDelay(histogram: IntervalHistogram): { p99: number; max: number } {
  const result = { p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6 };
  histogram.reset();
  return result;
}

async function run(
  bot: RunningBot,
  command: BotCommand,
  histogram: IntervalHistogram,
): Promise<unknown> {
  switch (command.cmd) {
    case 'loopDelay':
      return loopDelay(histogram);
    case 'seedSession':
      return seedSession(bot, command);
    case 'openPoll': {
      const outcome = await openPoll(bot.app.deps, command.sessionId, 'facilitator', {
        actor: command.actor,
      });
      return outcome.outcome;
    }
    case 'answers': {
      const rows = await bot.store.db.kysely
        .selectFrom('feedback_responses')
        .select((eb) => eb.fn.countAll<number | bigint | string>().as('n'))
        .where('session_id', '=', command.sessionId)
        .executeTakeFirstOrThrow();
      return Number(rows.n);
    }
    case 'enqueuePrereading': {
      const session = await bot.store.sessions.byId(command.sessionId);
      if (!session) throw new Error('no such session');
      // In chunks, as the pre-reading job does per session, so one insert loop stays short.
      for (let i = 0; i < command.recipients.length; i += 500) {
        const chunk = command.recipients.slice(i, i + 500);
        await bot.store.deliveries.enqueue(
          chunk.map((aad) => ({
            ...prereadingDelivery(session, aad, command.origin),
            // Held back (the dispatcher's own poll must not start the round): see 'release'.
            dueAt: new Date(Date.now() + 24 * 3_600_000),
          })),
          new Date(),
        );
      }
      return command.recipients.length;
    }
    case 'release': {
      await bot.store.db.kysely
        .updateTable('deliveries')
        .set({ due_at: new Date().toISOString() })
        .where('key', 'like', `${command.prefix}%`)
        .execute();
      bot.app.dispatcher.kick();
      return true;
    }
    case 'states':
      return states(bot, command.prefix);
    case 'mark':
      return Number(process.hrtime.bigint() / 1000n);
    case 'stop':
      await bot.stop();
      setImmediate(() => process.exit(0));
      return true;
  }
}

async function main(): Promise<void> {
  const init = JSON.parse(process.argv[2] ?? '{}') as BotChildInit;
  if (init.intlCache) cacheDateTimeFormats();
  if (init.stmtCache) cacheStatements();
  const bot = await startBot(init.env, {
    ...(init.pollMs !== undefined ? { pollMs: init.pollMs } : {}),
    ...pacerFor(init),
  });
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  process.on('message', (raw: BotRequest) => {
    run(bot, raw, histogram).then(
      (result) => {
        send({ type: 'answer', id: raw.id, ok: true, result });
      },
      (error: unknown) => {
        const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
        send({ type: 'answer', id: raw.id, ok: false, error: text });
      },
    );
  });
  // The bench went away (crashed or killed): do not linger.
  process.on('disconnect', () => {
    void bot.stop().finally(() => process.exit(0));
  });
  send({ type: 'ready', port: bot.port });
}

main().catch((error: unknown) => {
  process.stderr.write(`bot child failed: ${String(error)}\n`);
  process.exit(1);
});
