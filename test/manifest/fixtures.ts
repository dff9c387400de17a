import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { substitutePlaceholders, type JsonObject } from '../../scripts/lib/app-package.js';

/** A bot ID for tests: any GUID will do. */
export const TEST_BOT_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

/** The folder holding the app package's sources. */
export const MANIFEST_DIR = fileURLToPath(new URL('../../manifest/', import.meta.url));

/** A file of `manifest/`, parsed as JSON, with `${{BOT_ID}}` left as it is. */
export function readSource(file: string): JsonObject {
  return JSON.parse(readFileSync(`${MANIFEST_DIR}${file}`, 'utf8')) as JsonObject;
}

/** The manifest with the test bot ID substituted. */
export function testManifest(): JsonObject {
  return substitutePlaceholders(readSource('manifest.json'), { BOT_ID: TEST_BOT_ID });
}
