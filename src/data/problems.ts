import type { core } from 'zod';

/** Names an entry of a top-level list from its raw input, e.g. a topic's id or a person's name. */
export type EntryLabeller = (list: string, entry: unknown) => string | undefined;

const LABEL_MAX = 60;

const typeNames: Record<string, string> = {
  string: 'text (a JSON string)',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (a JSON array)',
  object: 'an object',
  null: 'null',
};

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/**
 * Zod error map giving messages an administrator editing a JSON file understands
 * ("is required", "must be ≥ 30") rather than Zod's developer-oriented defaults.
 * Messages given on a schema itself take precedence over this map.
 */
export const friendlyErrorMap: core.$ZodErrorMap = (issue) => {
  // A missing field fails as a wrong type, or as a wrong value for enums and literals.
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return 'is required';
  }
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${typeNames[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return min <= 1 ? 'must not be empty' : `must be at least ${min} characters`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return min <= 1 ? 'must not be empty' : `must list at least ${min}`;
      }
      return issue.inclusive === false ? `must be > ${min}` : `must be ≥ ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${max} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must list at most ${max}`;
      return issue.inclusive === false ? `must be < ${max}` : `must be ≤ ${max}`;
    }
    case 'invalid_format':
      if (issue.format === 'email') return 'must be an email address';
      if (issue.format === 'url') return 'must be a URL';
      return 'has the wrong format';
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      // Data files are edited by hand: a misspelt optional field would otherwise vanish silently.
      return `${plural(issue.keys.length, 'unknown field', 'unknown fields')} ${issue.keys
        .map((key) => JSON.stringify(key))
        .join(', ')}`;
    default:
      return undefined;
  }
};

function entryOf(input: unknown, list: string, index: number): unknown {
  if (typeof input !== 'object' || input === null) return undefined;
  const entries = (input as Record<string, unknown>)[list];
  return Array.isArray(entries) ? (entries as unknown[])[index] : undefined;
}

/** Shortens a label taken from user data so one bad entry cannot flood the message. */
export function shortLabel(label: string): string {
  const trimmed = label.trim();
  return trimmed.length > LABEL_MAX ? `${trimmed.slice(0, LABEL_MAX - 1)}…` : trimmed;
}

/**
 * Writes a path the way an administrator reads it: `topics[2] (anti-racism).maxMinutes`.
 * The label after a top-level list index says which entry is meant without counting.
 */
export function describePath(
  path: readonly PropertyKey[],
  input: unknown,
  labelOf: EntryLabeller,
): string {
  let text = '';
  path.forEach((key, depth) => {
    if (typeof key === 'number') {
      text += `[${key}]`;
      const list = path[0];
      if (depth === 1 && typeof list === 'string') {
        const label = labelOf(list, entryOf(input, list, key));
        if (label !== undefined && label.trim() !== '') text += ` (${shortLabel(label)})`;
      }
    } else {
      text += `${text === '' ? '' : '.'}${String(key)}`;
    }
  });
  return text;
}

/**
 * Turns Zod issues into one line per problem, each naming its path and entry.
 *
 * @param issues - the issues of a failed parse
 * @param input - the raw input, from which entries are labelled
 * @param labelOf - names an entry of a top-level list
 */
export function describeIssues(
  issues: readonly core.$ZodIssue[],
  input: unknown,
  labelOf: EntryLabeller,
): string[] {
  // Cross-entry checks report after Zod's per-entry issues: group the problems by entry,
  // entries in file order, then what concerns a whole list.
  const rank = new Map<PropertyKey, number>();
  for (const issue of issues) {
    const top = issue.path[0] ?? '';
    if (!rank.has(top)) rank.set(top, rank.size);
  }
  const order = (issue: core.$ZodIssue): [number, number] => {
    const index = issue.path[1];
    return [rank.get(issue.path[0] ?? '') ?? 0, typeof index === 'number' ? index : Number.MAX_SAFE_INTEGER];
  };
  const sorted = [...issues].sort((a, b) => {
    const [topA, indexA] = order(a);
    const [topB, indexB] = order(b);
    return topA - topB || indexA - indexB;
  });
  const lines = sorted.map((issue) => {
    const where = describePath(issue.path, input, labelOf);
    return where === '' ? issue.message : `${where}: ${issue.message}`;
  });
  // A check attached at two levels can report the same thing twice; say it once.
  return [...new Set(lines)];
}
