import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as sessions from './0002-sessions.js';

/** Every migration, in order; names never change once released. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-sessions': sessions,
};
