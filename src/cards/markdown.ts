/**
 * Escapes text typed by a user so a TextBlock shows it literally instead of as Markdown
 * (bold, links, lists, headings). Only for text on cards; never for input values.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|~<>]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\./gm, '$1\\.');
}
