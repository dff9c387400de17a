import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Finds a data file shipped in `src/data/`. Under tsx and vitest this module runs from
 * `src/data/`; after `npm run build` it runs from `dist/src/data/`, where tsc copies no JSON,
 * so the source folder is the fallback. Administrators therefore edit one file, in `src/data/`.
 */
function shipped(name: string): string {
  const beside = join(here, name);
  if (existsSync(beside)) return beside;
  return join(here, '..', '..', '..', 'src', 'data', name);
}

/** The catalogue used when `CATALOGUE_FILE` is not set. */
export const DEFAULT_CATALOGUE_PATH: string = shipped('catalogue.json');

/** The made-up roster `npm start` imports when `ROSTER_FILE` is not set (local use only). */
export const SAMPLE_ROSTER_PATH: string = shipped('roster.sample.json');
