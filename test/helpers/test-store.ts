import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';

/**
 * The store a test runs on: SQLite in its own folder by default; with `TEST_STORE=postgres`,
 * a fresh schema of the PostgreSQL at `TEST_DATABASE_URL` (default: the machine's own).
 */
export function testDatabaseUrl(dir: string): string {
  if (process.env.TEST_STORE !== 'postgres') return `sqlite:${join(dir, 'jlp.sqlite')}`;
  const base = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const url = new URL(base);
  url.searchParams.set('schema', `t_${randomBytes(6).toString('hex')}`);
  return url.toString();
}

/** Drops a test's PostgreSQL schema (nothing to do for SQLite, whose folder is removed). */
export async function dropTestSchema(databaseUrl: string): Promise<void> {
  if (!databaseUrl.startsWith('postgres')) return;
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get('schema');
  if (!schema?.startsWith('t_')) return;
  url.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

/** True when the suite runs on PostgreSQL. */
export const onPostgres = (): boolean => process.env.TEST_STORE === 'postgres';
