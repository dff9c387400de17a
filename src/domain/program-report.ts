import { DateTime } from 'luxon';

/** A session that was held: where, what, for which department, and when it began. */
export interface HeldSession {
  topic: string;
  region: string;
  /** The request's free-text department, as typed. */
  department: string;
  firstStartUtc: Date;
}

/** One line of a one-way count table. */
export interface KeyCount {
  key: string;
  count: number;
}

/** A department line: its grouping key, the spelling shown, and its sessions. */
export interface DepartmentCount extends KeyCount {
  label: string;
}

/** The key of the departments past the top ones (and of blank departments). */
export const OTHER_DEPARTMENTS = '';

/** Sessions held, counted one way at a time (counts of sessions, not of people). */
export interface SessionsHeld {
  total: number;
  byTopic: KeyCount[];
  byRegion: KeyCount[];
  /** YYYY-MM of each session's first part in `zone`, oldest first, months with sessions only. */
  byMonth: KeyCount[];
  /** The `top` largest departments (largest first), then `OTHER_DEPARTMENTS` when any remain. */
  byDepartment: DepartmentCount[];
}

/** How `sessionsHeld` groups: the lines always listed, the month's zone, how many departments. */
export interface HeldOptions {
  topics: readonly string[];
  regions: readonly string[];
  zone: string;
  top: number;
}

/**
 * The grouping key of a free-text department: trimmed, inner spaces collapsed, case folded
 * (accents kept: "Santé" and "Sante" stay apart rather than guessing).
 */
export function departmentKey(department: string): string {
  return department.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-CA');
}

function tally(keys: readonly string[], listed: readonly string[]): KeyCount[] {
  const counts = new Map<string, number>(listed.map((key) => [key, 0]));
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count }));
}

/** The most typed spelling of each department key (the first seen on a tie). */
function spellings(departments: readonly string[]): Map<string, string> {
  const seen = new Map<string, Map<string, number>>();
  for (const typed of departments) {
    const key = departmentKey(typed);
    const forms = seen.get(key) ?? new Map<string, number>();
    const form = typed.trim().replace(/\s+/g, ' ');
    forms.set(form, (forms.get(form) ?? 0) + 1);
    seen.set(key, forms);
  }
  const best = new Map<string, string>();
  for (const [key, forms] of seen) {
    const [first] = [...forms].sort((a, b) => b[1] - a[1]);
    best.set(key, first?.[0] ?? key);
  }
  return best;
}

function departments(held: readonly HeldSession[], top: number): DepartmentCount[] {
  const labels = spellings(held.map((s) => s.department));
  const counts = tally(
    held.map((s) => departmentKey(s.department)),
    [],
  );
  const named = counts
    .filter((c) => c.key !== OTHER_DEPARTMENTS)
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key, 'en-CA'));
  const shown = named.slice(0, top).map((c) => ({ ...c, label: labels.get(c.key) ?? c.key }));
  const rest = counts.reduce((sum, c) => sum + c.count, 0) - shown.reduce((s, c) => s + c.count, 0);
  return rest > 0 ? [...shown, { key: OTHER_DEPARTMENTS, label: '', count: rest }] : shown;
}

/**
 * Sessions held by topic, region, month and department, and their total: the program's
 * "discussions held" figure, computed from the sessions given (the caller passes only those
 * whose last part has ended).
 */
export function sessionsHeld(held: readonly HeldSession[], options: HeldOptions): SessionsHeld {
  const month = (s: HeldSession) =>
    DateTime.fromJSDate(s.firstStartUtc, { zone: options.zone }).toFormat('yyyy-MM');
  return {
    total: held.length,
    byTopic: tally(
      held.map((s) => s.topic),
      options.topics,
    ),
    byRegion: tally(
      held.map((s) => s.region),
      options.regions,
    ),
    byMonth: tally(held.map(month), []).sort((a, b) => a.key.localeCompare(b.key)),
    byDepartment: departments(held, options.top),
  };
}
