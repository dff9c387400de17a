import { sql } from 'kysely';
import { openDb, migrate, type Db } from './db.js';
import { DeliveryStore } from './delivery-store.js';
import { PeopleStore } from './people-store.js';
import { RequestStore } from './request-store.js';
import { RegistrationStore } from './registration-store.js';
import { RosterStore } from './roster-store.js';
import { SessionStore } from './session-store.js';

/** Everything the bot keeps, behind one object: SQL lives only under `src/store/`. */
export interface Store {
  readonly db: Db;
  readonly people: PeopleStore;
  readonly requests: RequestStore;
  readonly roster: RosterStore;
  readonly deliveries: DeliveryStore;
  readonly sessions: SessionStore;
  readonly registrations: RegistrationStore;
  /** Resolves when the database answers a trivial query; rejects with its error otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the store at `url`, migrating it to the latest schema. */
export async function openStore(url: string): Promise<Store> {
  const db = await openDb(url);
  await migrate(db);
  const { kysely } = db;
  return {
    db,
    people: new PeopleStore(kysely),
    requests: new RequestStore(kysely),
    roster: new RosterStore(kysely),
    deliveries: new DeliveryStore(kysely),
    sessions: new SessionStore(kysely),
    registrations: new RegistrationStore(kysely, db.dialect),
    async ping() {
      await sql`select 1`.execute(kysely);
    },
    close: () => kysely.destroy(),
  };
}
