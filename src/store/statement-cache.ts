import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** How many distinct SQL texts keep their prepared statement (least recently used go first). */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * The database as Kysely's SQLite driver sees it, preparing each distinct SQL text once.
 *
 * Kysely prepares every query anew, and preparing was the second-largest cost of a card turn in
 * the profile (bench/RESULTS.md). Reusing a statement is safe because Kysely runs one query at a
 * time on its single connection and better-sqlite3 runs each to completion synchronously; SQLite
 * re-prepares a statement itself when a migration changes the schema. The cache is bounded:
 * queries with `in (…)` lists of varying length each have their own text.
 */
export function cachingDatabase(
  database: BetterSqlite3.Database,
  size = STATEMENT_CACHE_SIZE,
): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (statement) {
        // Map keeps insertion order: re-inserting marks it most recently used.
        statements.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (statements.size >= size) {
          const oldest = statements.keys().next();
          if (!oldest.done) statements.delete(oldest.value);
        }
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
