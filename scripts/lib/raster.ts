import type { Raster } from './png.js';

/**
 * A signed distance field in design units: negative inside the shape, positive outside.
 * Distances (rather than inside/outside tests) let a shape be grown by a margin, which is how
 * the icons cut a clean gap around the front speech bubble.
 */
export type Shape = (x: number, y: number) => number;

/** A point in design units. */
export type Point = readonly [number, number];

/** An 8-bit sRGB colour. */
export type Rgb = readonly [number, number, number];

/** Parses `#rrggbb`. */
export function hex(color: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) throw new Error(`not a #rrggbb colour: ${color}`);
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

/** A circle. */
export function circle([cx, cy]: Point, r: number): Shape {
  return (x, y) => Math.hypot(x - cx, y - cy) - r;
}

/** An axis-aligned rectangle from (x0, y0) to (x1, y1) with corners of radius r. */
export function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  return (x, y) => {
    const qx = Math.abs(x - cx) - hx;
    const qy = Math.abs(y - cy) - hy;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
}

/** A triangle (exact distance: nearest edge, signed by which side of all edges we are). */
export function triangle(a: Point, b: Point, c: Point): Shape {
  const edges = [
    [a, b],
    [b, c],
    [c, a],
  ] as const;
  const orientation = Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  return (x, y) => {
    let nearest = Infinity;
    let inside = true;
    for (const [[px, py], [qx, qy]] of edges) {
      const ex = qx - px;
      const ey = qy - py;
      const t = Math.min(1, Math.max(0, ((x - px) * ex + (y - py) * ey) / (ex * ex + ey * ey)));
      nearest = Math.min(nearest, Math.hypot(x - px - t * ex, y - py - t * ey));
      if (Math.sign(ex * (y - py) - ey * (x - px)) === -orientation) inside = false;
    }
    return inside ? -nearest : nearest;
  };
}

/** Every point in any of the shapes. */
export function union(...shapes: Shape[]): Shape {
  return (x, y) => Math.min(...shapes.map((shape) => shape(x, y)));
}

/** The shape grown outwards by `margin` design units. */
export function grow(shape: Shape, margin: number): Shape {
  return (x, y) => shape(x, y) - margin;
}

/** Which rectangle of design space the image shows; the default is the unit square. */
export interface Viewport {
  x: number;
  y: number;
  size: number;
}

/** Samples per pixel side: 8 × 8 = 64 samples gives smooth edges even at 32 × 32. */
const SUPERSAMPLE = 8;

/**
 * A square RGBA canvas that paints shapes with anti-aliased edges by supersampling. Colours
 * are kept straight (not premultiplied), so painting only white leaves every pixel white
 * whatever its coverage: the outline icon relies on that.
 */
export class Canvas {
  readonly data: Float64Array;

  constructor(
    readonly size: number,
    background: Rgb,
    backgroundAlpha: number,
    private readonly view: Viewport = { x: 0, y: 0, size: 1 },
  ) {
    this.data = new Float64Array(size * size * 4);
    for (let i = 0; i < size * size; i++) this.data.set([...background, backgroundAlpha], i * 4);
  }

  /** The fraction of a pixel's samples that fall inside the shape. */
  private coverage(shape: Shape, px: number, py: number): number {
    let hits = 0;
    for (let sy = 0; sy < SUPERSAMPLE; sy++) {
      for (let sx = 0; sx < SUPERSAMPLE; sx++) {
        const x = this.view.x + ((px + (sx + 0.5) / SUPERSAMPLE) / this.size) * this.view.size;
        const y = this.view.y + ((py + (sy + 0.5) / SUPERSAMPLE) / this.size) * this.view.size;
        if (shape(x, y) <= 0) hits++;
      }
    }
    return hits / (SUPERSAMPLE * SUPERSAMPLE);
  }

  /** Paints the shape in an opaque colour over what is there ("source over"). */
  fill(shape: Shape, color: Rgb): void {
    this.each(shape, (i, a) => {
      const under = this.data[i + 3] ?? 0;
      const alpha = a + under * (1 - a);
      for (let k = 0; k < 3; k++) {
        const below = this.data[i + k] ?? 0;
        this.data[i + k] = ((color[k] ?? 0) * a + below * under * (1 - a)) / alpha;
      }
      this.data[i + 3] = alpha;
    });
  }

  /** Makes the shape transparent, keeping colours so edges stay the colour painted. */
  erase(shape: Shape): void {
    this.each(shape, (i, a) => {
      this.data[i + 3] = (this.data[i + 3] ?? 0) * (1 - a);
    });
  }

  private each(shape: Shape, paint: (index: number, coverage: number) => void): void {
    for (let py = 0; py < this.size; py++) {
      for (let px = 0; px < this.size; px++) {
        const a = this.coverage(shape, px, py);
        if (a > 0) paint((py * this.size + px) * 4, a);
      }
    }
  }

  /** The canvas as 8-bit RGB (alpha dropped: for opaque images) or RGBA. */
  toRaster(channels: 3 | 4): Raster {
    const out = new Uint8Array(this.size * this.size * channels);
    for (let i = 0; i < this.size * this.size; i++) {
      for (let k = 0; k < channels; k++) {
        const value = this.data[i * 4 + k] ?? 0;
        out[i * channels + k] = Math.round(
          Math.min(1, Math.max(0, k === 3 ? value : value / 255)) * 255,
        );
      }
    }
    return { width: this.size, height: this.size, channels, data: out };
  }
}
