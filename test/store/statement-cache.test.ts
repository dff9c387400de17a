import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachingDatabase } from '../../src/store/statement-cache.js';

interface Db {
  notes: { id: number; text: string };
}

describe('the SQLite statement cache', () => {
  const open: BetterSqlite3.Database[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) if (db.open) db.close();
  });

  function setup(size?: number) {
    const database = new BetterSqlite3(':memory:');
    open.push(database);
    database.exec('create table notes (id integer primary key, text text not null)');
    const prepare = vi.spyOn(database, 'prepare');
    const kysely = new Kysely<Db>({
      dialect: new SqliteDialect({ database: cachingDatabase(database, size) }),
    });
    return { database, prepare, kysely };
  }

  it('prepares each SQL text once, and every run still sees its own parameters', async () => {
    const { prepare, kysely } = setup();
    for (let i = 1; i <= 5; i += 1) {
      await kysely
        .insertInto('notes')
        .values({ id: i, text: `note ${i}` })
        .execute();
    }
    const texts = [];
    for (let i = 1; i <= 5; i += 1) {
      const row = await kysely
        .selectFrom('notes')
        .select('text')
        .where('id', '=', i)
        .executeTakeFirst();
      texts.push(row?.text);
    }
    expect(texts).toEqual(['note 1', 'note 2', 'note 3', 'note 4', 'note 5']);
    // One insert text and one select text.
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it('keeps at most its size, dropping the least recently used text', async () => {
    const { prepare, kysely } = setup(2);
    const byId = (id: number) => kysely.selectFrom('notes').selectAll().where('id', '=', id);
    const byText = (text: string) =>
      kysely.selectFrom('notes').selectAll().where('text', '=', text);
    const count = () => kysely.selectFrom('notes').select((eb) => eb.fn.countAll().as('n'));
    await byId(1).execute(); // prepared: [id]
    await byText('a').execute(); // prepared: [id, text]
    await byId(2).execute(); // reused; order [text, id]
    await count().execute(); // prepared; drops text: [id, count]
    expect(prepare).toHaveBeenCalledTimes(3);
    await byId(3).execute(); // still cached
    expect(prepare).toHaveBeenCalledTimes(3);
    await byText('b').execute(); // was dropped: prepared again
    expect(prepare).toHaveBeenCalledTimes(4);
  });

  it('sees a column a migration added after the statement was cached', async () => {
    const { kysely } = setup();
    await kysely.insertInto('notes').values({ id: 1, text: 'x' }).execute();
    const all = () => sql<Record<string, unknown>>`select * from notes`.execute(kysely);
    expect((await all()).rows).toEqual([{ id: 1, text: 'x' }]);
    await sql`alter table notes add column tag text default 'new'`.execute(kysely);
    expect((await all()).rows).toEqual([{ id: 1, text: 'x', tag: 'new' }]);
  });

  it('closes the database with Kysely', async () => {
    const { database, kysely } = setup();
    await kysely.selectFrom('notes').selectAll().execute();
    await kysely.destroy();
    expect(database.open).toBe(false);
  });
});
