import { catalogueSchema } from './catalogue-schema.js';
import type { Catalogue, Topic } from './catalogue-schema.js';
import { DataFileError } from './data-file-error.js';
import { readJsonFile } from './json-file.js';
import { describeIssues, friendlyErrorMap } from './problems.js';
import type { EntryLabeller } from './problems.js';

/** Topics are named by their id in problems, the word administrators use in the file. */
const labelTopic: EntryLabeller = (_list, entry) => {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const id = (entry as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
};

/**
 * Validates a topic catalogue.
 *
 * @param json - the parsed JSON
 * @param source - where it came from, for the error message (a path or a label)
 * @returns the catalogue, French spacing normalised and defaults filled in
 * @throws DataFileError listing every problem, e.g. `topics[2] (anti-racism).maxMinutes: …`
 */
export function parseCatalogue(json: unknown, source: string): Catalogue {
  const result = catalogueSchema.safeParse(json, { error: friendlyErrorMap });
  if (!result.success) {
    throw new DataFileError(source, describeIssues(result.error.issues, json, labelTopic));
  }
  return result.data;
}

/**
 * Reads and validates a topic catalogue file.
 *
 * @param path - the JSON file, e.g. `CATALOGUE_FILE`
 * @throws DataFileError when the file is missing, is not JSON or is invalid
 */
export function loadCatalogue(path: string): Catalogue {
  return parseCatalogue(readJsonFile(path), path);
}

/**
 * Finds a topic by id, active or not: past requests keep naming retired topics.
 *
 * @returns the topic, or undefined when the catalogue has no such id
 */
export function topicById(catalogue: Catalogue, id: string): Topic | undefined {
  return catalogue.topics.find((topic) => topic.id === id);
}

/** The topics a requester may choose, in catalogue order. */
export function activeTopics(catalogue: Catalogue): Topic[] {
  return catalogue.topics.filter((topic) => topic.active);
}
