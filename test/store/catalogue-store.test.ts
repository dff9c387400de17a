import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/data/catalogue.js';
import { defaultPaths } from '../../src/paths.js';
import { openStore, type Store } from '../../src/store/store.js';
import { dropTestSchema, testDatabaseUrl } from '../helpers/test-store.js';

describe('seeding the catalogue from its file', () => {
  const file = loadCatalogue(defaultPaths().catalogue);
  const dir = mkdtempSync(join(tmpdir(), 'jlp-catalogue-store-'));
  const url = testDatabaseUrl(dir);
  let store: Store;
  const at = new Date('2026-11-23T15:00:00Z');
  beforeAll(async () => {
    store = await openStore(url);
  });
  afterAll(async () => {
    await store.close();
    await dropTestSchema(url);
    rmSync(dir, { recursive: true, force: true });
  });
  const topic = async (id: string) => (await store.catalogue.all()).find((r) => r.topic.id === id);

  it('adds every topic in the file’s order, once', async () => {
    expect(await store.catalogue.seed(file.topics, at)).toBe(file.topics.length);
    expect(await store.catalogue.seed(file.topics, at)).toBe(0);
    expect((await store.catalogue.all()).map((r) => r.topic.id)).toEqual(
      file.topics.map((t) => t.id),
    );
  });

  it('follows the file for a topic no administrator edited', async () => {
    const changed = file.topics.map((t) => (t.id === 'grounding' ? { ...t, maxMinutes: 150 } : t));
    expect(await store.catalogue.seed(changed, at)).toBe(1);
    expect(await topic('grounding')).toMatchObject({
      version: 2,
      editedBy: null,
      topic: { maxMinutes: 150 },
    });
  });

  it('keeps an administrator’s edit when the file changes the same topic, and adds new topics last', async () => {
    const lmc = (await topic('lmc'))!;
    const saved = await store.catalogue.save(
      { ...lmc.topic, maxMinutes: 400 },
      lmc.version,
      'admin-1',
      at,
    );
    expect(saved.ok).toBe(true);
    const extra = { ...lmc.topic, id: 'new-topic' };
    const fromFile = [
      ...file.topics.map((t) => (t.id === 'lmc' ? { ...t, maxMinutes: 410 } : t)),
      extra,
    ];
    expect(await store.catalogue.seed(fromFile, at)).toBe(2);
    expect(await topic('lmc')).toMatchObject({ editedBy: 'admin-1', topic: { maxMinutes: 400 } });
    expect((await store.catalogue.all()).at(-1)?.topic.id).toBe('new-topic');
  });
});
