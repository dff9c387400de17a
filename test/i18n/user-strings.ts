import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonObject } from '../../scripts/lib/manifest-schema.js';
import { localizableStrings } from '../../scripts/lib/manifest-schema.js';
import { GROUND_RULES } from '../../src/domain/ground-rules.js';
import { holidaysOf } from '../../src/domain/holidays.js';

/** A language a user reads. */
export type Lang = 'en' | 'fr';

/** One user-visible string, where it comes from, and the language it is written in. */
export interface UserString {
  /** File and path inside it, e.g. `src/i18n/fr.ts: help.intro`. */
  where: string;
  lang: Lang;
  text: string;
}

const ROOT = new URL('../../', import.meta.url).pathname;
const I18N = join(ROOT, 'src/i18n');
const CATALOGUE_FILE = 'src/data/catalogue.json';

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

/** Every string leaf of a value, with its dotted path. */
export function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    leaves(child, path ? `${path}.${key}` : key),
  );
}

/**
 * `lang.switchTo` names the other language in that language ("Français" on an English card), so
 * it is spelled by the other language's rules.
 */
function languageOfKey(path: string, lang: Lang): Lang {
  if (/(^|\.)lang\.switchTo$/.test(path)) return lang === 'en' ? 'fr' : 'en';
  return lang;
}

/** Keys that hold codes (`en`, `fr`), not text. */
const CODE_KEY = /(^|\.)lang\.(code|switchToCode)$/;

/**
 * The string tables: `en.ts`/`fr.ts` and every `*.en.ts`/`*.fr.ts` beside them, so a table added
 * later is checked even before it is wired into `en`/`fr`. A string met twice is kept once, under
 * the most specific file (`meeting.en.ts` rather than `en.ts`, which nests it).
 */
export async function i18nStrings(): Promise<UserString[]> {
  const files = readdirSync(I18N).filter((name) => /^(.+\.)?(en|fr)\.ts$/.test(name));
  const seen = new Set<string>();
  const strings: UserString[] = [];
  const nested = (name: string) => (name.split('.').length > 2 ? 0 : 1);
  for (const file of files.sort((a, b) => nested(a) - nested(b) || a.localeCompare(b))) {
    const lang: Lang = file.endsWith('fr.ts') ? 'fr' : 'en';
    const module = (await import(join(I18N, file.replace(/\.ts$/, '.js')))) as object;
    for (const [path, text] of leaves(module)) {
      if (CODE_KEY.test(path) || seen.has(`${lang}\0${text}`)) continue;
      seen.add(`${lang}\0${text}`);
      strings.push({ where: `src/i18n/${file}: ${path}`, lang: languageOfKey(path, lang), text });
    }
  }
  return strings;
}

/** The topic catalogue's `.en`/`.fr` texts; URLs and administrators' notes are not shown. */
export function catalogueStrings(): UserString[] {
  return leaves(readJson(CATALOGUE_FILE)).flatMap(([path, text]): UserString[] => {
    const lang = /\.(en|fr)(\.\d+)?$/.exec(path)?.[1] as Lang | undefined;
    if (!lang || /(^|\.)url\./.test(path)) return [];
    return [{ where: `${CATALOGUE_FILE}: ${path}`, lang, text }];
  });
}

/** The ground rules and the holiday names, in both languages. */
export function domainStrings(): UserString[] {
  const rules = (['en', 'fr'] as const).flatMap((lang) =>
    GROUND_RULES[lang].map((text, i) => ({
      where: `src/domain/ground-rules.ts: ${lang}[${i}]`,
      lang,
      text,
    })),
  );
  const names = holidaysOf(2026).flatMap((holiday) =>
    (['en', 'fr'] as const).map((lang) => ({
      where: `src/domain/holidays.ts: ${holiday.id}.${lang}`,
      lang,
      text: holiday.name[lang],
    })),
  );
  return [...rules, ...names];
}

/** The app manifest's localizable strings (English) and their French translations. */
export function manifestStrings(): UserString[] {
  const manifest = readJson('manifest/manifest.json') as JsonObject;
  const english = [...localizableStrings(manifest)].map(([path, text]) => ({
    where: `manifest/manifest.json: ${path}`,
    lang: 'en' as const,
    text,
  }));
  const french = Object.entries(readJson('manifest/fr.json') as Record<string, string>)
    .filter(([path]) => path !== '$schema')
    .map(([path, text]) => ({ where: `manifest/fr.json: ${path}`, lang: 'fr' as const, text }));
  return [...english, ...french];
}

/** Keys of Adaptive Card elements whose value a user reads. */
const VISIBLE_KEYS = new Set([
  'text',
  'title',
  'placeholder',
  'label',
  'errorMessage',
  'altText',
  'fallbackText',
  'speak',
]);

/** Removes `${…}` bindings (braces may nest), leaving the template's literal text. */
export function withoutBindings(template: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < template.length; i++) {
    if (depth === 0 && template.startsWith('${', i)) {
      depth = 1;
      i++;
    } else if (depth > 0) {
      if (template[i] === '{') depth++;
      else if (template[i] === '}') depth--;
    } else out += template.charAt(i);
  }
  return out;
}

/**
 * The literal text of the card templates. A template serves both languages, so each literal is
 * returned once per language and must be right in both (in practice: there should be none).
 */
export function cardLiterals(): UserString[] {
  const dir = join(ROOT, 'cards');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) =>
      leaves(readJson(`cards/${name}`))
        .filter(([path]) => VISIBLE_KEYS.has(path.split('.').at(-1) ?? ''))
        .map(([path, text]) => [path, withoutBindings(text)] as const)
        .filter(([, text]) => /\p{L}/u.test(text))
        .flatMap(([path, text]) =>
          (['en', 'fr'] as const).map((lang) => ({ where: `cards/${name}: ${path}`, lang, text })),
        ),
    );
}

/** Every user-visible string of the product. */
export async function allUserStrings(): Promise<UserString[]> {
  return [
    ...(await i18nStrings()),
    ...catalogueStrings(),
    ...domainStrings(),
    ...manifestStrings(),
    ...cardLiterals(),
  ];
}
