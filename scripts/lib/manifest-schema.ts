import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { loadBundledSchema, schemaVersion, type Schema } from './bundled-schema.js';

/** A parsed JSON object (a manifest or a localization file). */
export type JsonObject = Record<string, unknown>;

/** Limits Teams shows bot commands within, stricter than the schema's 128 / 4000. */
export const COMMAND_TITLE_MAX = 32;
export const COMMAND_DESCRIPTION_MAX = 128;

async function againstSchema(document: JsonObject, label: string): Promise<string[]> {
  let schema: Schema;
  try {
    schema = await loadBundledSchema(document.$schema);
  } catch (error) {
    return [`${label}: ${(error as Error).message}`];
  }
  try {
    const failures = await AppManifestUtils.validateAgainstSchema(
      document as unknown as AppManifest,
      schema,
    );
    return failures.map((failure) => `${label}: ${failure.trim()}`);
  } catch (error) {
    return [`${label}: the schema could not be applied: ${(error as Error).message}`];
  }
}

function record(value: unknown): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Every string of the manifest a localization file may translate, by the JSON-path key the
 * localization schema uses (`name.short`, `bots[0].commandLists[1].commands[2].title`…).
 * Covers the parts this app uses: names, descriptions, bot commands and static tabs.
 */
export function localizableStrings(manifest: JsonObject): Map<string, string> {
  const strings = new Map<string, string>();
  const add = (key: string, value: unknown) => {
    if (typeof value === 'string') strings.set(key, value);
  };
  for (const part of ['name', 'description'] as const) {
    for (const field of ['short', 'full'] as const)
      add(`${part}.${field}`, record(manifest[part])[field]);
  }
  list(manifest.bots).forEach((bot, b) => {
    list(record(bot).commandLists).forEach((commandList, l) => {
      list(record(commandList).commands).forEach((command, c) => {
        for (const field of ['title', 'description'] as const) {
          add(`bots[${b}].commandLists[${l}].commands[${c}].${field}`, record(command)[field]);
        }
      });
    });
  });
  list(manifest.staticTabs).forEach((tab, t) => {
    add(`staticTabs[${t}].name`, record(tab).name);
  });
  return strings;
}

/** Teams' display limits on bot commands, for a set of localizable strings. */
function commandLimits(strings: Map<string, string>, label: string): string[] {
  const problems: string[] = [];
  for (const [key, value] of strings) {
    if (!key.startsWith('bots[')) continue;
    const max = key.endsWith('.title') ? COMMAND_TITLE_MAX : COMMAND_DESCRIPTION_MAX;
    const length = value.length;
    if (length > max) problems.push(`${label}: ${key} is ${length} characters; Teams shows ${max}`);
  }
  return problems;
}

/**
 * Validates a manifest against the bundled Microsoft schema its `$schema` names, plus the
 * command-length limits Teams shows. Returns every problem found, or none.
 */
export async function validateManifest(manifest: JsonObject): Promise<string[]> {
  const problems = await againstSchema(manifest, 'manifest.json');
  const version = schemaVersion(manifest.$schema);
  if (version && manifest.manifestVersion !== version && version !== 'DevPreview') {
    problems.push(
      `manifest.json: manifestVersion is not ${version}, the version its $schema names`,
    );
  }
  return [...problems, ...commandLimits(localizableStrings(manifest), 'manifest.json')];
}

/**
 * Validates a localization file against the bundled schema and checks it against the
 * manifest: same schema version, a non-empty translation for every localizable string, and
 * nothing translated that the manifest does not have.
 */
export async function validateLocalization(
  localization: JsonObject,
  manifest: JsonObject,
  label: string,
): Promise<string[]> {
  const problems = await againstSchema(localization, label);
  if (schemaVersion(localization.$schema) !== schemaVersion(manifest.$schema)) {
    problems.push(`${label}: its $schema is not the localization schema of the manifest's version`);
  }
  const source = localizableStrings(manifest);
  const translated = new Map<string, string>();
  for (const [key, value] of Object.entries(localization)) {
    if (key === '$schema' || key === 'localizationKeys') continue;
    if (!source.has(key)) problems.push(`${label}: translates ${key}, which manifest.json lacks`);
    if (typeof value === 'string') translated.set(key, value);
  }
  for (const key of source.keys()) {
    if (!translated.get(key)?.trim()) problems.push(`${label}: no translation for ${key}`);
  }
  return [...problems, ...commandLimits(translated, label)];
}
