import { DataFileError } from './data-file-error.js';
import { readJsonFile } from './json-file.js';
import { describeIssues, friendlyErrorMap } from './problems.js';
import { rosterEntryLabel, rosterFileSchema } from './roster-schema.js';
import type { RosterFile } from './roster-schema.js';

/**
 * Validates a roster.
 *
 * @param json - the parsed JSON (a file's content, or what the roster card submitted)
 * @param source - where it came from, for the error message (a path or a label)
 * @returns the roster, ids in lower case and defaults filled in
 * @throws DataFileError listing every problem, e.g. `coordinators[3] (Marie Tremblay).region: …`
 */
export function parseRoster(json: unknown, source: string): RosterFile {
  const result = rosterFileSchema.safeParse(json, { error: friendlyErrorMap });
  if (!result.success) {
    const problems = describeIssues(result.error.issues, json, (_list, entry) =>
      rosterEntryLabel(entry),
    );
    throw new DataFileError(source, problems);
  }
  return result.data;
}

/**
 * Reads and validates a roster file.
 *
 * @param path - the JSON file, e.g. `ROSTER_FILE`
 * @throws DataFileError when the file is missing, is not JSON or is invalid
 */
export function loadRoster(path: string): RosterFile {
  return parseRoster(readJsonFile(path), path);
}
