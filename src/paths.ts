import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root (where package.json is), whether running from `src/` or `dist/src/`. */
export function projectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/** Where the shipped data and templates are. */
export function defaultPaths(root: string = projectRoot()) {
  return {
    cards: join(root, 'cards'),
    catalogue: join(root, 'src', 'data', 'catalogue.json'),
    sampleRoster: join(root, 'src', 'data', 'roster.sample.json'),
    envLocal: join(root, 'env', '.env.local'),
  };
}

/** Resolves a configured path against the working directory. */
export function resolvePath(path: string): string {
  return resolve(process.cwd(), path);
}
