import { sql, type Kysely } from 'kysely';

/** A row of some table, as SQLite returns it. */
export type Row = Record<string, unknown>;

/** Every row of every table the app owns (SQLite), each as canonical JSON. */
export type Snapshot = Map<string, string[]>;

/** Rows that appeared in, or left, one table between two snapshots (a changed row is both). */
export interface TableChange {
  table: string;
  added: Row[];
  removed: Row[];
}

/** Reads every application table (not SQLite's nor the migrator's own), whatever exists today. */
export async function snapshot<T>(db: Kysely<T>): Promise<Snapshot> {
  // Kysely's introspection works on SQLite and PostgreSQL alike (the store's own schema only).
  const tables = (await db.introspection.getTables())
    .map((t) => t.name)
    .filter((name) => !name.startsWith('kysely_') && !name.startsWith('sqlite_'))
    .sort();
  const result: Snapshot = new Map();
  for (const name of tables) {
    const rows = await sql<Row>`select * from ${sql.table(name)}`.execute(db);
    result.set(name, rows.rows.map((row) => JSON.stringify(row)).sort());
  }
  return result;
}

function minus(a: readonly string[], b: readonly string[]): Row[] {
  const left = new Map<string, number>();
  for (const row of b) left.set(row, (left.get(row) ?? 0) + 1);
  const out: Row[] = [];
  for (const row of a) {
    const count = left.get(row) ?? 0;
    if (count > 0) left.set(row, count - 1);
    else out.push(JSON.parse(row) as Row);
  }
  return out;
}

/** What changed, table by table (tables that did not change are left out). */
export function diff(before: Snapshot, after: Snapshot): TableChange[] {
  const changes: TableChange[] = [];
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(table) ?? [];
    const a = after.get(table) ?? [];
    const added = minus(a, b);
    const removed = minus(b, a);
    if (added.length > 0 || removed.length > 0) changes.push({ table, added, removed });
  }
  return changes;
}
