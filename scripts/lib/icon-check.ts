import { decodePng, readPngHeader } from './png.js';

/** Icon sizes Teams requires, and whether the icon must be white on transparency. */
export const ICON_RULES = {
  color: { size: 192, whiteOnTransparent: false },
  outline: { size: 32, whiteOnTransparent: true },
} as const;

/**
 * Checks an icon's size (from its IHDR) and, for the outline icon, its pixels: each must be
 * fully transparent or white. Partly transparent white (anti-aliased edges) is fine; any
 * other colour is what Teams' app validation rejects. Returns the problems found.
 */
export function checkIcon(
  png: Buffer,
  name: string,
  rule: { size: number; whiteOnTransparent: boolean },
): string[] {
  const problems: string[] = [];
  try {
    const { width, height } = readPngHeader(png);
    if (width !== rule.size || height !== rule.size) {
      problems.push(
        `${name} is ${width}×${height} pixels; Teams requires ${rule.size}×${rule.size}`,
      );
    }
    if (!rule.whiteOnTransparent) return problems;
    const { data } = decodePng(png);
    let coloured = 0;
    let transparent = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) transparent++;
      else if (data[i] !== 255 || data[i + 1] !== 255 || data[i + 2] !== 255) coloured++;
    }
    if (coloured > 0) {
      problems.push(`${name} has ${coloured} pixels that are not white or transparent`);
    }
    if (transparent === 0) {
      problems.push(`${name} has no transparent pixels: its background must be`);
    }
    if (transparent === data.length / 4) problems.push(`${name} is empty (fully transparent)`);
  } catch (error) {
    problems.push(`${name}: ${(error as Error).message}`);
  }
  return problems;
}
