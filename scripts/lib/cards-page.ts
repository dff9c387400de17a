import { markdownToHtml } from './cards-markdown.js';

/** Teams shows a card in a 1:1 chat about this wide on a laptop. */
export const TEAMS_CARD_WIDTH = 450;

/** What a page needs: the card, Teams' host config and where the renderer's files are. */
export interface CardPageInput {
  card: unknown;
  language: string;
  hostConfig: unknown;
  /** `file://` URL of adaptivecards/dist/adaptivecards.min.js. */
  rendererUrl: string;
  /** `file://` URL of adaptivecards/lib/adaptivecards.css. */
  stylesUrl: string;
}

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

/** JSON safe inside a `<script>`: typed text may hold `</script>`. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/** Teams' look around the card: its frame, buttons and inputs (light theme). */
const TEAMS_CSS = `
body { margin: 0; padding: 16px; background: #f5f5f5; width: ${TEAMS_CARD_WIDTH + 32}px; }
#frame { width: ${TEAMS_CARD_WIDTH}px; background: #fff; border-radius: 4px;
  box-shadow: 0 1.6px 3.6px rgba(0,0,0,.13), 0 .3px .9px rgba(0,0,0,.11); }
.ac-pushButton { font: 600 14px 'Segoe UI', Tahoma, Geneva, Verdana, sans-serif; min-height: 32px;
  padding: 4px 12px; border: 1px solid #e1dfdd; border-radius: 4px; background: #fff; color: #252424; }
.ac-pushButton.style-positive { background: #6264a7; border-color: #6264a7; color: #fff; }
.ac-pushButton.style-destructive { background: #fff; border-color: #c4314b; color: #c4314b; }
.ac-input, .ac-input select, .ac-input input, .ac-input textarea { font: 14px 'Segoe UI', sans-serif; }
.ac-textBlock p { margin: 0; } .ac-textBlock ul, .ac-textBlock ol { margin: 0; padding-left: 20px; box-sizing: border-box; }
`;

/**
 * A standalone page that renders one card with Microsoft's renderer, Teams' host config and
 * Teams' Markdown, and marks `body[data-ready]` when done (or `data-error` with the reason).
 */
export function cardPage(input: CardPageInput): string {
  const markdown = Object.fromEntries(allStrings(input.card).map((t) => [t, markdownToHtml(t)]));
  const script = `
const markdown = ${scriptJson(markdown)};
try {
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    if (Object.hasOwn(markdown, text)) {
      result.outputHtml = markdown[text];
      result.didProcess = true;
    }
  };
  const card = new AdaptiveCards.AdaptiveCard();
  card.hostConfig = new AdaptiveCards.HostConfig(${scriptJson(input.hostConfig)});
  card.parse(${scriptJson(input.card)});
  document.getElementById('frame').appendChild(card.render());
  document.body.dataset.ready = 'yes';
} catch (error) {
  document.body.dataset.error = String(error);
}`;
  return `<!doctype html>
<html lang="${input.language}">
<head>
<meta charset="utf-8">
<link rel="stylesheet" href="${input.stylesUrl}">
<style>${TEAMS_CSS}</style>
<script src="${input.rendererUrl}"></script>
</head>
<body><div id="frame"></div><script>${script}</script></body>
</html>
`;
}
