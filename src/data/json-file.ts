import { readFileSync } from 'node:fs';
import { DataFileError } from './data-file-error.js';

/**
 * Reads and parses a JSON data file.
 *
 * @param path - the file to read
 * @returns the parsed JSON, not yet validated
 * @throws DataFileError when the file cannot be read or is not valid JSON
 */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT'
        ? 'the file does not exist'
        : `the file cannot be read: ${error instanceof Error ? error.message : String(error)}`;
    throw new DataFileError(path, [problem]);
  }
  try {
    // Editors on Windows often save UTF-8 with a byte-order mark, which JSON.parse rejects.
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DataFileError(path, [`not valid JSON: ${detail}`]);
  }
}
