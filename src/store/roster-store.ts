import type { Kysely, Selectable, Transaction } from 'kysely';
import type { RosterFile } from '../data/roster-schema.js';
import type { Database, RosterTable } from './schema.js';

/** A role in the program. */
export type Role = 'administrator' | 'coordinator' | 'facilitator';

/** One roster entry as the rest of the bot sees it. */
export interface RosterEntry {
  aadObjectId: string;
  role: Role;
  name: string;
  email: string | null;
  side: 'union' | 'employer' | null;
  region: string | null;
  languages: ('en' | 'fr')[];
  active: boolean;
  version: number;
}

/** A roster row as the rest of the bot sees it. */
export function toEntry(row: Selectable<RosterTable>): RosterEntry {
  return {
    aadObjectId: row.aad_object_id,
    role: row.role as Role,
    name: row.name,
    email: row.email,
    side: row.side === 'union' || row.side === 'employer' ? row.side : null,
    region: row.region,
    languages: JSON.parse(row.languages) as ('en' | 'fr')[],
    active: row.active === 1,
    version: row.version,
  };
}

type ImportRow = Omit<RosterTable, 'version'>;

function rowsOf(file: RosterFile, at: string): ImportRow[] {
  const base = (e: {
    aadObjectId: string;
    name: string;
    email?: string | undefined;
    active?: boolean | undefined;
  }) => ({
    aad_object_id: e.aadObjectId.toLowerCase(),
    name: e.name,
    email: e.email ?? null,
    active: e.active === false ? 0 : 1,
    updated_at: at,
  });
  return [
    ...file.administrators.map((e) => ({
      ...base(e),
      role: 'administrator',
      side: null,
      region: null,
      languages: '[]',
    })),
    ...file.coordinators.map((e) => ({
      ...base(e),
      role: 'coordinator',
      side: e.side,
      region: e.region,
      languages: '[]',
    })),
    ...file.facilitators.map((e) => ({
      ...base(e),
      role: 'facilitator',
      side: e.side,
      region: e.region,
      languages: JSON.stringify(e.languages),
    })),
  ];
}

/** The program's people: administrators, coordinators and facilitators. */
export class RosterStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Creates or updates every entry of a roster file; deletes none. Returns how many were written. */
  async import(file: RosterFile, at: Date): Promise<number> {
    const rows = rowsOf(file, at.toISOString());
    await this.db.transaction().execute(async (trx: Transaction<Database>) => {
      for (const row of rows) {
        const changes = {
          name: row.name,
          email: row.email,
          side: row.side,
          region: row.region,
          languages: row.languages,
          active: row.active,
          updated_at: row.updated_at,
        };
        await trx
          .insertInto('roster')
          .values(row)
          .onConflict((oc) =>
            oc.columns(['role', 'aad_object_id']).doUpdateSet((eb) => ({
              ...changes,
              version: eb(eb.ref('roster.version'), '+', 1),
            })),
          )
          .execute();
      }
    });
    return rows.length;
  }

  /** Every active role a person holds. */
  async rolesOf(aadObjectId: string): Promise<RosterEntry[]> {
    const rows = await this.db
      .selectFrom('roster')
      .selectAll()
      .where('aad_object_id', '=', aadObjectId.toLowerCase())
      .where('active', '=', 1)
      .execute();
    return rows.map(toEntry);
  }

  /** One person's entry in one role, active or not (past sessions keep their people). */
  async get(aadObjectId: string, role: Role): Promise<RosterEntry | undefined> {
    const row = await this.db
      .selectFrom('roster')
      .selectAll()
      .where('aad_object_id', '=', aadObjectId.toLowerCase())
      .where('role', '=', role)
      .executeTakeFirst();
    return row ? toEntry(row) : undefined;
  }

  /** A region's active coordinators. */
  async coordinatorsOf(region: string): Promise<RosterEntry[]> {
    const rows = await this.db
      .selectFrom('roster')
      .selectAll()
      .where('role', '=', 'coordinator')
      .where('region', '=', region)
      .where('active', '=', 1)
      .orderBy('side')
      .execute();
    return rows.map(toEntry);
  }

  /** Every active entry of a role, ordered by name. */
  async list(role: Role): Promise<RosterEntry[]> {
    const rows = await this.db
      .selectFrom('roster')
      .selectAll()
      .where('role', '=', role)
      .where('active', '=', 1)
      .orderBy('name')
      .execute();
    return rows.map(toEntry);
  }
}
