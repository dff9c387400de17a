import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AppManifestUtils } from '@microsoft/app-manifest';

/** A JSON schema as @microsoft/app-manifest's validator takes it. */
export type Schema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;

const SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/(v1\.\d+|vDevPreview)\/(MicrosoftTeams(?:\.Localization)?\.schema\.json)$/i;

const packageRoot = dirname(
  createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json'),
);

/** The schema version a `$schema` URL names, e.g. `1.30`, or undefined when it names none. */
export function schemaVersion(schemaUrl: unknown): string | undefined {
  return typeof schemaUrl === 'string' ? SCHEMA_URL.exec(schemaUrl)?.[1]?.slice(1) : undefined;
}

/**
 * Escapes every `]` that closes no character class. Microsoft's localization schemas have
 * keys such as `activityTypes\[\b(…)\b]\.description`: a lone `]` is a literal in JavaScript's
 * legacy regular expressions but an error in the `u` mode Ajv compiles with, so without this
 * the schema would not compile at all. The escaped pattern matches exactly the same strings.
 */
export function repairPattern(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    if (ch === '\\') {
      out += ch + (pattern[++i] ?? '');
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    else if (ch === ']') {
      out += '\\]';
      continue;
    }
    out += ch;
  }
  return out;
}

function repairPatterns(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(repairPatterns);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node as Record<string, unknown>).map(([key, value]) => {
      if (key === 'pattern' && typeof value === 'string') return [key, repairPattern(value)];
      if (key === 'patternProperties' && typeof value === 'object' && value !== null) {
        const entries = Object.entries(value as Record<string, unknown>).map(([p, v]) => [
          repairPattern(p),
          repairPatterns(v),
        ]);
        return [key, Object.fromEntries(entries)];
      }
      return [key, repairPatterns(value)];
    }),
  );
}

/**
 * Loads the schema a `$schema` URL names from the copy bundled in @microsoft/app-manifest.
 * The package would fall back to downloading it; we refuse instead, so packaging gives the
 * same answer offline and in CI as on a laptop.
 */
export async function loadBundledSchema(schemaUrl: unknown): Promise<Schema> {
  const match = typeof schemaUrl === 'string' ? SCHEMA_URL.exec(schemaUrl) : null;
  if (!match) throw new Error(`$schema ${JSON.stringify(schemaUrl)} is not a Teams schema URL`);
  const file = join(packageRoot, 'build', 'json-schemas', 'teams', match[1] ?? '', match[2] ?? '');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(`$schema ${match[0]} is not bundled with @microsoft/app-manifest`);
  }
  // The package does the same clean-up: some schemas hold \a and \v, which JSON lacks.
  const json: unknown = JSON.parse(text.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
  return repairPatterns(json) as Schema;
}
