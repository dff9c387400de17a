import Database from 'better-sqlite3';
import { Pacer, systemPacerClock } from '../src/jobs/pacer.js';
import { RateLimiter, TEAMS_LIMITS, type RateWindow } from '../src/jobs/rate-limiter.js';
import type { BotChildInit } from './protocol.js';

/**
 * Experiments for the bench's bot child only, never the shipped app: each measures what a fix in
 * `src/` would save, without touching `src/`.
 */

/**
 * Makes `new Intl.DateTimeFormat(locales, options)` hand back one shared formatter per distinct
 * (locales, options), as caching them in `src/domain/time-format.ts` would. Formatters are
 * immutable, so sharing them changes no output.
 */
export function cacheDateTimeFormats(): void {
  const Original = Intl.DateTimeFormat;
  const cache = new Map<string, Intl.DateTimeFormat>();
  function Cached(
    locales?: string | string[],
    options?: Intl.DateTimeFormatOptions,
  ): Intl.DateTimeFormat {
    const key = JSON.stringify([locales, options]);
    let format = cache.get(key);
    if (!format) {
      format = new Original(locales, options);
      cache.set(key, format);
    }
    return format;
  }
  Cached.prototype = Original.prototype;
  Cached.supportedLocalesOf = Original.supportedLocalesOf.bind(Original);
  // A constructor that returns an object makes `new` yield that object.
  Intl.DateTimeFormat = Cached as unknown as typeof Intl.DateTimeFormat;
}

/**
 * Makes better-sqlite3 prepare each distinct SQL text once per database, as a statement cache in
 * `src/store/db.ts` would (Kysely's SQLite driver prepares every query anew). Safe here because
 * better-sqlite3 runs each statement to completion synchronously.
 */
export function cacheStatements(): void {
  type Prepare = (this: Database.Database, sql: string) => Database.Statement;
  const prototype = Database.prototype as unknown as { prepare: Prepare };
  const original = prototype.prepare;
  const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();
  prototype.prepare = function prepare(this: Database.Database, sql: string) {
    let cache = caches.get(this);
    if (!cache) {
      cache = new Map();
      caches.set(this, cache);
    }
    let statement = cache.get(sql);
    if (!statement) {
      statement = original.call(this, sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}

/** The shipped pacer, or one changed as {@link BotChildInit.pacerExperiment} says. */
export function pacerFor(init: BotChildInit): { pacer?: Pacer | null } {
  if (!init.pacer) return { pacer: null };
  const experiment = init.pacerExperiment;
  if (!experiment || (experiment.guardMs === 0 && experiment.spacingMs === 0)) return {};
  const guard = (windows: readonly RateWindow[]) =>
    windows.map((w) => ({ count: w.count, ms: w.ms + experiment.guardMs }));
  const spacing = experiment.spacingMs > 0 ? [{ count: 1, ms: experiment.spacingMs }] : [];
  const limits = {
    tenant: [...guard(TEAMS_LIMITS.tenant), ...spacing],
    conversation: guard(TEAMS_LIMITS.conversation),
  };
  return { pacer: new Pacer(new RateLimiter(limits), systemPacerClock) };
}
