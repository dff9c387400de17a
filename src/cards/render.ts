import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as ACData from 'adaptivecards-templating';

/** An Adaptive Card as sent to Teams. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  [key: string]: unknown;
}

/** Teams refuses a message over about 28 KB; stay under it with room for the envelope. */
export const CARD_BYTE_LIMIT = 28 * 1024;

/** A private-use character stands in for `$` in data while expanding, so typed `${…}` is never mistaken for an unbound expression. */
const DOLLAR_STAND_IN = '\uE024';

function mapStrings(value: unknown, fn: (text: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, fn));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = mapStrings(item, fn);
    return out;
  }
  return value;
}

/** Thrown when a template leaves an expression unbound or a card is too large. */
export class CardRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CardRenderError';
  }
}

/** Renders the JSON templates in `cards/`, each parsed once per process. */
export class CardRenderer {
  private readonly templates = new Map<string, ACData.Template>();
  private readonly sources = new Map<string, unknown>();

  constructor(directory: string) {
    for (const file of readdirSync(directory).filter((f) => f.endsWith('.json'))) {
      const source = JSON.parse(readFileSync(join(directory, file), 'utf8')) as unknown;
      this.sources.set(basename(file, '.json'), source);
      this.templates.set(basename(file, '.json'), new ACData.Template(source));
    }
  }

  /** The names of every template. */
  names(): string[] {
    return [...this.templates.keys()].sort();
  }

  /** A template's parsed source, for tests that inspect verbs and inputs. */
  source(name: string): unknown {
    return this.sources.get(name);
  }

  /**
   * Expands template `name` with `data` (available as `$root`). Data is only ever data: it is
   * never evaluated. Throws if an expression is left unbound or the card exceeds Teams' limit.
   */
  render(name: string, data: Record<string, unknown>): AdaptiveCard {
    const template = this.templates.get(name);
    if (!template) throw new CardRenderError(`No card template named "${name}"`);
    const safe = mapStrings(data, (text) => text.replaceAll('$', DOLLAR_STAND_IN));
    const expanded = template.expand({ $root: safe }) as AdaptiveCard;
    const json = JSON.stringify(expanded);
    const unbound = /\$\{[^}]*\}/.exec(json);
    if (unbound) throw new CardRenderError(`Card "${name}" left ${unbound[0]} unbound`);
    if (Buffer.byteLength(json) > CARD_BYTE_LIMIT) {
      throw new CardRenderError(
        `Card "${name}" is ${Buffer.byteLength(json)} bytes, over ${CARD_BYTE_LIMIT}`,
      );
    }
    return mapStrings(expanded, (text) => text.replaceAll(DOLLAR_STAND_IN, '$')) as AdaptiveCard;
  }
}
