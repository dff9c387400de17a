/**
 * Draws the app's icons into `manifest/`: `color.png` (192 × 192, full colour) and
 * `outline.png` (32 × 32, white on transparency). The PNGs are committed; run this again
 * (`npx tsx scripts/make-icons.ts`) only after changing the design in `lib/icons.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { colorIconPng, outlineIconPng } from './lib/icons.js';

const manifestDir = fileURLToPath(new URL('../manifest/', import.meta.url));

for (const [name, png] of [
  ['color.png', colorIconPng()],
  ['outline.png', outlineIconPng()],
] as const) {
  writeFileSync(`${manifestDir}${name}`, png);
  console.log(`wrote manifest/${name} (${png.length} bytes)`);
}
