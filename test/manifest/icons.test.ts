import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkIcon, ICON_RULES } from '../../scripts/lib/app-package.js';
import { colorIconPng, outlineIconPng } from '../../scripts/lib/icons.js';
import { crc32, decodePng, encodePng, readPngHeader } from '../../scripts/lib/png.js';
import { MANIFEST_DIR } from './fixtures.js';

const color = readFileSync(`${MANIFEST_DIR}color.png`);
const outline = readFileSync(`${MANIFEST_DIR}outline.png`);

describe('the committed icons', () => {
  it('pass the package checks', () => {
    expect(checkIcon(color, 'color.png', ICON_RULES.color)).toEqual([]);
    expect(checkIcon(outline, 'outline.png', ICON_RULES.outline)).toEqual([]);
  });

  it('colour icon: 192 × 192, opaque, in more than two colours', () => {
    expect(readPngHeader(color)).toMatchObject({ width: 192, height: 192, colorType: 2 });
    const { data } = decodePng(color);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      expect(data[i + 3]).toBe(255);
      colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    }
    expect(colours.size).toBeGreaterThan(3);
  });

  it('outline icon: 32 × 32, white on a transparent background', () => {
    expect(readPngHeader(outline)).toMatchObject({ width: 32, height: 32 });
    const { data } = decodePng(outline);
    let transparent = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) transparent++;
      else expect([data[i], data[i + 1], data[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(transparent).toBeGreaterThan(100);
    expect(data[3]).toBe(0); // the corner is background
  });

  it('are what scripts/make-icons.ts draws (regenerate them after changing the design)', () => {
    expect(decodePng(colorIconPng())).toEqual(decodePng(color));
    expect(decodePng(outlineIconPng())).toEqual(decodePng(outline));
  });
});

describe('checkIcon', () => {
  const solid = (size: number, rgba: number[]) =>
    encodePng({
      width: size,
      height: size,
      channels: 4,
      data: Uint8Array.from({ length: size * size * 4 }, (_, i) => rgba[i % 4] ?? 0),
    });

  it('reports a wrong size from the IHDR', () => {
    expect(checkIcon(solid(96, [0, 0, 0, 255]), 'color.png', ICON_RULES.color)).toEqual([
      'color.png is 96×96 pixels; Teams requires 192×192',
    ]);
  });

  it('reports an outline icon that is coloured, opaque or empty', () => {
    expect(checkIcon(solid(32, [255, 0, 0, 255]), 'outline.png', ICON_RULES.outline)).toEqual([
      'outline.png has 1024 pixels that are not white or transparent',
      'outline.png has no transparent pixels: its background must be',
    ]);
    expect(checkIcon(solid(32, [255, 255, 255, 0]), 'outline.png', ICON_RULES.outline)).toEqual([
      'outline.png is empty (fully transparent)',
    ]);
  });

  it('reports a file that is not a PNG', () => {
    expect(checkIcon(Buffer.from('GIF89a'), 'outline.png', ICON_RULES.outline)).toEqual([
      'outline.png: not a PNG file (bad signature)',
    ]);
  });
});

describe('png', () => {
  it('computes the CRC-32 PNG uses (IEND chunk)', () => {
    expect(crc32(Buffer.from('IEND', 'latin1'))).toBe(0xae426082);
  });

  it('round-trips RGB and RGBA rasters', () => {
    for (const channels of [3, 4] as const) {
      const data = Uint8Array.from({ length: 5 * 3 * channels }, (_, i) => (i * 37) % 256);
      const decoded = decodePng(encodePng({ width: 5, height: 3, channels, data }));
      const back = decoded.data.filter((_, i) => channels === 4 || i % 4 !== 3);
      expect([...back]).toEqual([...data]);
    }
  });
});
