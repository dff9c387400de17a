/** A JSON object in a card or template. */
export type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every object in a card, depth first: elements, actions, facts, choices, nested cards. */
export function nodesOf(card: unknown): Node[] {
  const out: Node[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isNode(value)) {
      out.push(value);
      Object.values(value).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** Every string anywhere in a value (keys excluded). */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (isNode(value)) return Object.values(value).flatMap(stringsOf);
  return [];
}

/** The inputs of a card (`Input.*`), wherever they are nested. */
export function inputsOf(card: unknown): Node[] {
  return nodesOf(card).filter((n) => typeof n.type === 'string' && n.type.startsWith('Input.'));
}

/** The `Action.Execute` actions of a card, including those in action sets and shown cards. */
export function executeActionsOf(card: unknown): Node[] {
  return nodesOf(card).filter((n) => n.type === 'Action.Execute');
}

/** Properties a reader sees; a fact's (or an input's typed) `value` is handled apart. */
const VISIBLE = ['text', 'title', 'label', 'placeholder', 'errorMessage', 'altText'];

/**
 * The text a reader of a card sees: text blocks, fact titles and values, labels,
 * placeholders, error messages, choice and action titles. Not ids, verbs, URLs nor the
 * values of choices (codes such as `bilingual` or `America/Toronto`).
 */
export function visibleTextsOf(card: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown, inFacts: boolean): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, inFacts);
      return;
    }
    if (!isNode(value)) return;
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string' && (VISIBLE.includes(key) || (inFacts && key === 'value'))) {
        out.push(item);
      } else walk(item, key === 'facts');
    }
  };
  walk(card, false);
  return out;
}

/** Every `${…}` expression in a string. */
export function expressionsIn(text: string): string[] {
  return text.match(/\$\{[^}]*\}/g) ?? [];
}
