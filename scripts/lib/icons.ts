import { encodePng } from './png.js';
import { Canvas, circle, grow, hex, roundedRect, triangle, union, type Shape } from './raster.js';

/**
 * The app's colours. The background doubles as the manifest's `accentColor`, so Teams'
 * tile behind the icon matches it.
 */
export const ICON_COLORS = {
  background: '#1F4E79',
  back: '#F2A900',
  front: '#FFFFFF',
} as const;

/** Pixel sizes Teams requires for the two icons. */
export const ICON_SIZES = { color: 192, outline: 32 } as const;

/**
 * Two overlapping speech bubbles, one for each side of the union–employer pair that leads
 * every discussion; the front one holds an ellipsis ("a conversation is under way"). Design
 * space is the unit square, y pointing down.
 */
const back: Shape = union(
  roundedRect(0.17, 0.22, 0.63, 0.56, 0.09),
  triangle([0.25, 0.5], [0.37, 0.5], [0.21, 0.68]),
);
const front: Shape = union(
  roundedRect(0.37, 0.4, 0.83, 0.74, 0.09),
  triangle([0.63, 0.68], [0.75, 0.68], [0.79, 0.86]),
);
const dots: Shape = union(
  circle([0.5, 0.57], 0.036),
  circle([0.6, 0.57], 0.036),
  circle([0.7, 0.57], 0.036),
);
/** The gap that separates the front bubble from the back one where they overlap. */
const GAP = 0.035;

/** The 192 × 192 full-colour icon: opaque, on a solid background. */
export function colorIconPng(): Buffer {
  const background = hex(ICON_COLORS.background);
  const canvas = new Canvas(ICON_SIZES.color, background, 1);
  canvas.fill(back, hex(ICON_COLORS.back));
  canvas.fill(grow(front, GAP), background);
  canvas.fill(front, hex(ICON_COLORS.front));
  canvas.fill(dots, background);
  return encodePng(canvas.toRaster(3));
}

/**
 * The 32 × 32 outline icon: the same symbol in white on transparency. Teams asks for no
 * padding around it, so the viewport is cropped to the symbol's bounds, and the gap is
 * widened so it still reads at this size.
 */
export function outlineIconPng(): Buffer {
  const white = hex('#FFFFFF');
  const canvas = new Canvas(ICON_SIZES.outline, white, 0, { x: 0.135, y: 0.18, size: 0.73 });
  canvas.fill(back, white);
  canvas.erase(grow(front, GAP * 1.4));
  canvas.fill(front, white);
  canvas.erase(dots);
  return encodePng(canvas.toRaster(4));
}
