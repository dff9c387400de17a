/**
 * The Markdown Teams renders in a TextBlock or a fact: **bold**, _italic_ (or *italic*),
 * links, "- " and "1. " lists, line breaks, and backslash escapes. The `adaptivecards` package
 * ships no Markdown processor, so the screenshot script converts each text here and hands the
 * HTML to the page; without it, escaped user text would show its backslashes.
 */

const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|~<>=])/g;
/** Private-use characters stand in for escaped ones: no typed text contains them. */
const TOKEN = /\uE000(\d+)\uE001/g;

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Inline Markdown of one line, as HTML. */
export function inlineHtml(line: string): string {
  const escaped: string[] = [];
  // Escaped characters are set aside first, so no later rule can read them as Markdown.
  const protectedLine = line.replace(ESCAPE, (_whole, char: string) => {
    escaped.push(char);
    return `\uE000${escaped.length - 1}\uE001`;
  });
  const html = escapeHtml(protectedLine)
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>')
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\p{L}\p{N}_])_(.+?)_(?![\p{L}\p{N}_])/gu, '$1<em>$2</em>')
    .replace(/(^|[^*])\*([^*\s][^*]*?)\*(?!\*)/g, '$1<em>$2</em>');
  return html.replace(TOKEN, (_whole, index: string) => escapeHtml(escaped[Number(index)] ?? ''));
}

type ListTag = 'ul' | 'ol';

/** A whole text as HTML: paragraphs of lines with `<br>`, and bulleted or numbered lists. */
export function markdownToHtml(text: string): string {
  const out: string[] = [];
  let list: { tag: ListTag; items: string[] } | undefined;
  let lines: string[] = [];
  const flushLines = () => {
    if (lines.length > 0) out.push(`<p>${lines.join('<br>')}</p>`);
    lines = [];
  };
  const flushList = () => {
    if (list)
      out.push(`<${list.tag}>${list.items.map((i) => `<li>${i}</li>`).join('')}</${list.tag}>`);
    list = undefined;
  };
  for (const line of text.split(/\r?\n/)) {
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+\.\s+(.*)$/.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const tag: ListTag = bullet ? 'ul' : 'ol';
      flushLines();
      if (list?.tag !== tag) flushList();
      list ??= { tag, items: [] };
      list.items.push(inlineHtml(item[1] ?? ''));
    } else {
      flushList();
      lines.push(inlineHtml(line));
    }
  }
  flushList();
  flushLines();
  return out.join('');
}
