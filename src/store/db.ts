import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index.js';
import { cachingDatabase } from './statement-cache.js';
import type { Database } from './schema.js';

/** Which engine a store runs on. */
export type Dialect = 'sqlite' | 'postgres';

/** An open database with its engine's name. */
export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: Dialect;
  /** The PostgreSQL schema the store lives in, when not the default. */
  readonly schema?: string;
}

/** Opens the database named by `DATABASE_URL` (`sqlite:<path>` or `postgres://…`). */
export async function openDb(url: string): Promise<Db> {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length));
  return openPostgres(url);
}

function openSqlite(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new BetterSqlite3(path);
  // WAL lets readers run beside the writer; a busy timeout rides out a second process's write.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  return {
    kysely: new Kysely<Database>({
      dialect: new SqliteDialect({ database: cachingDatabase(database) }),
    }),
    dialect: 'sqlite',
  };
}

async function openPostgres(url: string): Promise<Db> {
  const parsed = new URL(url);
  // `?schema=name` keeps each test run (or deployment) in its own schema of one database.
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`DATABASE_URL schema "${schema}" must be a lower-case SQL identifier`);
  }
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(kysely);
  return { kysely, dialect: 'postgres', ...(schema ? { schema } : {}) };
}

/** Brings the schema up to date; Kysely serialises concurrent migrators on PostgreSQL with an advisory lock. */
export async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({
    db: db.kysely,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    // Kysely looks for its own tables in any schema; keep them in the store's.
    ...(db.schema ? { migrationTableSchema: db.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error !== undefined || failed) {
    const cause = error instanceof Error ? error : new Error(String(error));
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${cause.message}`, { cause });
  }
}
