import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/data/catalogue.js';
import { defaultPaths } from '../../src/paths.js';
import { openStore, type Store } from '../../src/store/store.js';
import { prereadingDelivery } from '../../src/ui/prereading-view.js';
import { TENANT } from '../helpers/activities.js';
import { LoopbackConnector } from '../helpers/connector.js';
import { dropTestSchema, testDatabaseUrl } from '../helpers/test-store.js';

const PARTICIPANTS = 500;

function startInstance(databaseUrl: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    env: { ...process.env, PORT: '0', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', BOT_ID: '' },
    stdio: 'ignore',
  });
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function seedSession(store: Store, serviceUrl: string): Promise<string> {
  const catalogue = loadCatalogue(defaultPaths().catalogue);
  const topic = catalogue.topics.find((t) => t.id === 'anti-racism')!;
  const now = new Date();
  const { request } = await store.requests.create(
    {
      topic: 'anti-racism',
      language: 'en',
      region: 'ncr',
      department: 'Employment and Social Development Canada',
      participants: 100,
      preferredDate: '2026-12-09',
      alternateDate: null,
      preferredTime: '09:00',
      timeZone: 'America/Toronto',
      accessibility: '',
      notes: '',
      requesterAadId: 'e0000000-0000-4000-8000-000000000001',
      requesterName: 'Nadia Okafor',
      tenantId: TENANT,
      serviceUrl,
    },
    'scale-test',
    now,
    () => [],
  );
  const start = new Date(now.getTime() + 30 * 24 * 3600_000);
  const result = await store.sessions.schedule(
    request.id,
    {
      capacity: 600,
      timeZone: 'America/Toronto',
      unionFacilitator: '00000000-0000-4000-8000-000000000201',
      employerFacilitator: '00000000-0000-4000-8000-000000000202',
      joinUrl: null,
      parts: [
        {
          part: 1,
          date: '2026-12-09',
          startTime: '09:00',
          durationMinutes: 360,
          startUtc: start,
          endUtc: new Date(start.getTime() + 6 * 3600_000),
        },
      ],
    },
    topic,
    '00000000-0000-4000-8000-000000000101',
    now,
    () => [],
  );
  if (result.outcome !== 'scheduled') throw new Error('not scheduled');
  return result.session.id;
}

describe('two bot processes on one store', () => {
  const connector = new LoopbackConnector();
  const dir = mkdtempSync(join(tmpdir(), 'jlp-scale-'));
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await connector.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`send ${PARTICIPANTS} pre-readings while one of them is killed: none lost, repeats only from sends in flight`, async () => {
    await connector.start();
    connector.delayMs = 5;
    const databaseUrl = testDatabaseUrl(dir);
    const store = await openStore(databaseUrl);
    const sessionId = await seedSession(store, connector.url);
    const session = (await store.sessions.byId(sessionId))!;
    const recipients = Array.from(
      { length: PARTICIPANTS },
      (_, i) => `f0000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    await store.deliveries.enqueue(
      recipients.map((id) =>
        prereadingDelivery(session, id, { tenantId: TENANT, serviceUrl: connector.url }),
      ),
      new Date(),
    );
    const a = startInstance(databaseUrl);
    const b = startInstance(databaseUrl);
    children.push(a, b);
    // Kill one instance once both are well under way.
    await until(() => connector.messages().length >= PARTICIPANTS / 5, 60_000);
    a.kill('SIGKILL');
    const killedAt = connector.messages().length;
    // Its leases would expire after two minutes; move time on for them rather than wait.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await store.db.kysely
      .updateTable('deliveries')
      .set({ lease_until: '2000-01-01T00:00:00.000Z' })
      .where('state', '=', 'pending')
      .execute();
    await until(async () => {
      const pending = await store.db.kysely
        .selectFrom('deliveries')
        .select('id')
        .where('state', '!=', 'sent')
        .execute();
      return pending.length === 0;
    }, 120_000);
    const perRecipient = new Map<string, number>();
    for (const call of connector.calls.filter((c) => c.kind === 'create')) {
      const id = (call.body.members as { id: string }[])[0]?.id ?? '';
      perRecipient.set(id, (perRecipient.get(id) ?? 0) + 1);
    }
    // Nobody lost.
    expect(recipients.every((id) => (perRecipient.get(id) ?? 0) >= 1)).toBe(true);
    expect(connector.messages().length).toBeGreaterThanOrEqual(PARTICIPANTS);
    // Repeats only from what the killed instance had in flight (at most its 16 concurrent sends).
    const repeats = connector.messages().length - PARTICIPANTS;
    expect(repeats).toBeLessThanOrEqual(16);
    expect(killedAt).toBeLessThan(PARTICIPANTS);
    b.kill('SIGTERM');
    await store.close();
    await dropTestSchema(databaseUrl);
  }, 180_000);
});
