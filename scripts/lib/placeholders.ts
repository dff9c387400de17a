/** `${{NAME}}`, allowing the spaces Teams Toolkit tolerates inside the braces. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Replaces Teams Toolkit-style `${{NAME}}` placeholders in every string of a JSON value.
 * Placeholders with no value are left as they are and reported in `unresolved` with the
 * path where they occur, so the caller can fail on them.
 */
export function substitutePlaceholders<T>(
  value: T,
  vars: Record<string, string>,
  unresolved: string[] = [],
  path = '',
): T {
  const walk = (item: unknown, at: string): unknown => {
    if (typeof item === 'string') {
      return item.replace(PLACEHOLDER, (whole, name: string) => {
        const replacement = vars[name];
        if (replacement === undefined) unresolved.push(`${at || '(root)'}: ${whole}`);
        return replacement ?? whole;
      });
    }
    if (Array.isArray(item)) return item.map((entry, i) => walk(entry, `${at}[${i}]`));
    if (typeof item === 'object' && item !== null) {
      return Object.fromEntries(
        Object.entries(item).map(([key, entry]) => [key, walk(entry, at ? `${at}.${key}` : key)]),
      );
    }
    return item;
  };
  return walk(value, path) as T;
}
