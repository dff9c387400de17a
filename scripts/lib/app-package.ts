import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import JSZip from 'jszip';
import { validateLocalization, validateManifest, type JsonObject } from './manifest-schema.js';
import { checkIcon, ICON_RULES } from './icon-check.js';
import { substitutePlaceholders } from './placeholders.js';

export { localizableStrings, validateLocalization, validateManifest } from './manifest-schema.js';
export type { JsonObject } from './manifest-schema.js';
export { checkIcon, ICON_RULES } from './icon-check.js';
export { substitutePlaceholders } from './placeholders.js';

/** The package's file name, written under `build/`. */
export const PACKAGE_FILE = 'jlp-conversations.zip';

/** Everything wrong with a package, listed so one run shows every problem at once. */
export class AppPackageError extends Error {
  constructor(
    heading: string,
    readonly problems: string[],
  ) {
    super([heading, ...problems.map((problem) => `  - ${problem}`)].join('\n'));
    this.name = 'AppPackageError';
  }
}

/** What packaging takes from the environment. */
export interface PackageEnv {
  botId: string;
  publicUrl?: URL;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BOT_ID_HINT =
  "Set it to the bot's Microsoft Entra application (client) ID, a GUID such as 1b2c3d4e-0000-4000-8000-123456789abc.";

/**
 * Reads `BOT_ID` (required, a GUID) and `PUBLIC_URL` (optional, https) from an environment.
 * Unlike the bot, which runs in local mode without `BOT_ID`, a package without it is useless.
 */
export function readPackageEnv(env: Record<string, string | undefined>): PackageEnv {
  const problems: string[] = [];
  const botId = env.BOT_ID?.trim() ?? '';
  if (!botId) problems.push(`BOT_ID is not set. ${BOT_ID_HINT}`);
  else if (!GUID.test(botId)) problems.push(`BOT_ID "${botId}" is not a GUID. ${BOT_ID_HINT}`);
  let publicUrl: URL | undefined;
  const rawUrl = env.PUBLIC_URL?.trim();
  if (rawUrl) {
    publicUrl = URL.canParse(rawUrl) ? new URL(rawUrl) : undefined;
    if (publicUrl?.protocol !== 'https:') {
      problems.push(`PUBLIC_URL "${rawUrl}" is not an https:// URL (or leave it unset).`);
    }
  }
  if (problems.length > 0) {
    throw new AppPackageError('Cannot build the Teams app package:', problems);
  }
  return publicUrl ? { botId, publicUrl } : { botId };
}

/** What `buildAppPackage` needs. */
export interface AppPackageInput extends PackageEnv {
  manifestDir: string;
}

/** A built package: the zip and, for inspection, each file it holds. */
export interface AppPackage {
  zip: Buffer;
  files: Map<string, Buffer>;
  manifest: JsonObject;
}

/** Reads a JSON file and fills its placeholders, noting any problem, unresolved ones included. */
async function readTemplate(
  dir: string,
  file: string,
  vars: Record<string, string>,
  problems: string[],
): Promise<JsonObject> {
  let json: JsonObject;
  try {
    json = JSON.parse(await readFile(join(dir, file), 'utf8')) as JsonObject;
  } catch (error) {
    problems.push(`${file}: ${(error as Error).message}`);
    return {};
  }
  const unresolved: string[] = [];
  const filled = substitutePlaceholders(json, vars, unresolved);
  problems.push(...unresolved.map((where) => `${file}: no value for the placeholder at ${where}`));
  return filled;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The files a manifest refers to: its localization files and icons. */
function referencedFiles(manifest: JsonObject): {
  languages: string[];
  icons: Record<string, string>;
} {
  const info = asRecord(manifest.localizationInfo);
  const extra = Array.isArray(info.additionalLanguages) ? info.additionalLanguages : [];
  const languages = [info.defaultLanguageFile, ...extra.map((entry) => asRecord(entry).file)];
  const icons = asRecord(manifest.icons);
  return {
    languages: languages.filter((file): file is string => typeof file === 'string'),
    icons: Object.fromEntries(
      Object.keys(ICON_RULES).map((kind) => [
        kind,
        typeof icons[kind] === 'string' ? icons[kind] : '',
      ]),
    ),
  };
}

/**
 * Builds the Teams app package from `manifestDir`: substitutes `${{BOT_ID}}`, adds
 * `PUBLIC_URL`'s host to `validDomains`, validates the manifest and its localization files
 * against Microsoft's schema, checks the icons, and zips the files at the archive's root.
 * Throws an `AppPackageError` listing every problem when anything is wrong.
 */
export async function buildAppPackage(input: AppPackageInput): Promise<AppPackage> {
  const problems: string[] = [];
  const vars = { BOT_ID: input.botId };
  const manifest = await readTemplate(input.manifestDir, 'manifest.json', vars, problems);
  if (input.publicUrl) {
    const domains = Array.isArray(manifest.validDomains)
      ? (manifest.validDomains as unknown[])
      : [];
    if (!domains.includes(input.publicUrl.host)) {
      manifest.validDomains = [...domains, input.publicUrl.host];
    }
  }
  problems.push(...(await validateManifest(manifest)));
  const files = new Map<string, Buffer>();
  files.set('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
  const { languages, icons } = referencedFiles(manifest);
  for (const file of [...languages, ...Object.values(icons)]) {
    // Teams reads every file from the zip's root, so a path into a folder cannot work.
    if (file && basename(file) !== file) {
      problems.push(`${file}: files must sit beside manifest.json`);
    }
  }
  for (const file of languages) {
    const localization = await readTemplate(input.manifestDir, file, vars, problems);
    problems.push(...(await validateLocalization(localization, manifest, file)));
    files.set(file, Buffer.from(`${JSON.stringify(localization, null, 2)}\n`));
  }
  for (const [kind, file] of Object.entries(icons)) {
    const rule = ICON_RULES[kind as keyof typeof ICON_RULES];
    const png = await readFile(join(input.manifestDir, file)).catch(() => undefined);
    if (!file || !png) problems.push(`the ${kind} icon ${file || '(not named)'} cannot be read`);
    else problems.push(...checkIcon(png, file, rule));
    if (png) files.set(file, png);
  }
  if (problems.length > 0) {
    throw new AppPackageError('The Teams app package is not valid:', problems);
  }
  return { zip: await zipFiles(files), files, manifest };
}

/** A fixed time stamp for every entry, so the same input gives the same zip. */
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

/** Zips files at the archive's root (Teams rejects packages with folders). */
export async function zipFiles(files: Map<string, Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of files) zip.file(name, data, { date: ZIP_DATE, createFolders: false });
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

/** Writes the zip, creating its folder. */
export async function writeAppPackage(zip: Buffer, outFile: string): Promise<void> {
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, zip);
}
