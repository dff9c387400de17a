import { sql } from 'kysely';
import { openDb, migrate, type Db } from './db.js';
import { DeliveryStore } from './delivery-store.js';
import { FeedbackStore } from './feedback-store.js';
import { MeetingStore } from './meeting-store.js';
import { PeopleStore } from './people-store.js';
import { PrivacyStore } from './privacy-store.js';
import { CatalogueStore } from './catalogue-store.js';
import { RosterAdminStore } from './roster-admin-store.js';
import { AdminHistoryStore } from './admin-history.js';
import { ReportStore } from './report-store.js';
import { RequestStore } from './request-store.js';
import { JobStore } from './job-store.js';
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
  readonly jobs: JobStore;
  readonly meetings: MeetingStore;
  readonly feedback: FeedbackStore;
  readonly reports: ReportStore;
  readonly privacy: PrivacyStore;
  readonly catalogue: CatalogueStore;
  readonly rosterAdmin: RosterAdminStore;
  readonly adminHistory: AdminHistoryStore;
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
    jobs: new JobStore(kysely),
    meetings: new MeetingStore(kysely),
    feedback: new FeedbackStore(kysely, db.dialect),
    reports: new ReportStore(kysely),
    privacy: new PrivacyStore(kysely),
    catalogue: new CatalogueStore(kysely),
    rosterAdmin: new RosterAdminStore(kysely),
    adminHistory: new AdminHistoryStore(kysely),
    async ping() {
      // A database that hangs must not hang the health check with it.
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(new Error('the store did not answer within 2 s'));
        }, 2_000);
      });
      try {
        await Promise.race([sql`select 1`.execute(kysely), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => kysely.destroy(),
  };
}
