import { deflateSync, inflateSync } from 'node:zlib';

/** An 8-bit-per-channel raster: RGB (3 channels) or RGBA (4), rows top to bottom. */
export interface Raster {
  width: number;
  height: number;
  channels: 3 | 4;
  data: Uint8Array;
}

/** What a PNG's IHDR chunk declares. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG (and zip) define it, over a chunk's type and data. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * Encodes a raster as a non-interlaced 8-bit PNG (colour type 2 for RGB, 6 for RGBA). Every
 * row uses filter 0: icons are tiny, and it keeps the encoder obviously correct.
 */
export function encodePng(raster: Raster): Buffer {
  const { width, height, channels, data } = raster;
  const stride = width * channels;
  if (data.length !== stride * height) throw new Error('raster data does not match its size');
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = channels === 4 ? 6 : 2;
  const scanlines = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    Buffer.from(data.buffer, data.byteOffset + y * stride, stride).copy(
      scanlines,
      y * (stride + 1) + 1,
    );
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface Chunk {
  type: string;
  data: Buffer;
}

function readChunks(png: Buffer): Chunk[] {
  if (png.length < 8 || !png.subarray(0, 8).equals(SIGNATURE)) {
    throw new Error('not a PNG file (bad signature)');
  }
  const chunks: Chunk[] = [];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = png.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > png.length) throw new Error('truncated PNG chunk');
    const type = png.toString('latin1', at + 4, at + 8);
    if (crc32(png.subarray(at + 4, at + 8 + length)) !== png.readUInt32BE(at + 8 + length)) {
      throw new Error(`PNG chunk ${type} has a bad CRC`);
    }
    chunks.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at = end;
    if (type === 'IEND') return chunks;
  }
  throw new Error('PNG has no IEND chunk');
}

/** Reads only the IHDR chunk, which PNG requires to come first. */
export function readPngHeader(png: Buffer): PngHeader {
  if (png.length < 33 || !png.subarray(0, 8).equals(SIGNATURE)) {
    throw new Error('not a PNG file (bad signature)');
  }
  if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG does not start with IHDR');
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    bitDepth: png.readUInt8(24),
    colorType: png.readUInt8(25),
    interlace: png.readUInt8(28),
  };
}

const CHANNELS: Partial<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the five PNG row filters in place and returns the raw samples. */
function unfilter(inflated: Buffer, stride: number, height: number, bpp: number): Uint8Array {
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = inflated[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const raw = inflated[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= bpp ? (out[y * stride + x - bpp] ?? 0) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= bpp && y > 0 ? (out[(y - 1) * stride + x - bpp] ?? 0) : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter ?? -1];
      if (predictor === undefined) throw new Error(`unknown PNG filter type ${String(filter)}`);
      out[y * stride + x] = (raw + predictor) & 0xff;
    }
  }
  return out;
}

/**
 * Decodes a non-interlaced 8-bit PNG of any colour type to RGBA, so icon checks can look at
 * every pixel whatever tool produced the file.
 */
export function decodePng(png: Buffer): Raster & { channels: 4 } {
  const header = readPngHeader(png);
  const { width, height, bitDepth, colorType, interlace } = header;
  const channels = CHANNELS[colorType];
  if (channels === undefined) throw new Error(`unknown PNG colour type ${colorType}`);
  if (bitDepth !== 8)
    throw new Error(`only 8-bit PNGs are supported (this one is ${bitDepth}-bit)`);
  if (interlace !== 0) throw new Error('interlaced PNGs are not supported');
  const chunks = readChunks(png);
  const palette = chunks.find((c) => c.type === 'PLTE')?.data;
  const transparency = chunks.find((c) => c.type === 'tRNS')?.data;
  const idat = Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
  const samples = unfilter(inflateSync(idat), width * channels, height, channels);
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const s = (k: number) => samples[i * channels + k] ?? 0;
    let pixel: number[];
    if (colorType === 0) pixel = [s(0), s(0), s(0), 255];
    else if (colorType === 2) pixel = [s(0), s(1), s(2), 255];
    else if (colorType === 4) pixel = [s(0), s(0), s(0), s(1)];
    else if (colorType === 6) pixel = [s(0), s(1), s(2), s(3)];
    else {
      if (!palette || s(0) * 3 + 2 >= palette.length)
        throw new Error('PNG palette index out of range');
      const p = s(0) * 3;
      pixel = [
        palette[p] ?? 0,
        palette[p + 1] ?? 0,
        palette[p + 2] ?? 0,
        transparency?.[s(0)] ?? 255,
      ];
    }
    rgba.set(pixel, i * 4);
  }
  // A tRNS chunk on grey or RGB images names one colour as fully transparent.
  if (transparency && (colorType === 0 || colorType === 2)) {
    const key =
      colorType === 0
        ? [0, 0, 0].map(() => transparency.readUInt16BE(0))
        : [0, 2, 4].map((o) => transparency.readUInt16BE(o));
    for (let i = 0; i < width * height; i++) {
      if (key.every((v, k) => rgba[i * 4 + k] === v)) rgba[i * 4 + 3] = 0;
    }
  }
  return { width, height, channels: 4, data: rgba };
}
