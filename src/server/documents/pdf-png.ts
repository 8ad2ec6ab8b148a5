/**
 * A small PNG decoder for the pages pdftoppm renders (8-bit grayscale, gray+alpha, RGB or RGBA,
 * not interlaced), a grayscale encoder (pdftoppm's `-gray` writes PGM only; poppler 22 turns
 * `-png -gray` into RGB), and a pixel comparison for the reference-image tests. node:zlib only.
 */
import { crc32, deflateSync, inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  /** 1 gray, 2 gray+alpha, 3 RGB, 4 RGBA */
  channels: number;
  /** Rows top to bottom, `width * channels` bytes each, filters removed. */
  data: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodePng(png: Buffer): DecodedPng {
  if (png.length < 8 || !png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset + 8 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    offset += 12 + length; // length, type, data, CRC
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const bitDepth = body[8];
      const colorType = body[9] ?? -1;
      const interlace = body[12];
      channels = CHANNELS[colorType] ?? 0;
      if (bitDepth !== 8 || !channels || interlace !== 0) {
        throw new Error(
          `unsupported PNG: bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}`,
        );
      }
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
  }
  if (!width || !height) throw new Error('PNG without IHDR');
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) throw new Error('PNG data too short');
  const data = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const prev = row - stride;
    for (let x = 0; x < stride; x++) {
      const byte = raw[src + x] ?? 0;
      const a = x >= channels ? (data[row + x - channels] ?? 0) : 0;
      const b = y > 0 ? (data[prev + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (data[prev + x - channels] ?? 0) : 0;
      let value: number;
      switch (filter) {
        case 0:
          value = byte;
          break;
        case 1:
          value = byte + a;
          break;
        case 2:
          value = byte + b;
          break;
        case 3:
          value = byte + ((a + b) >> 1);
          break;
        case 4:
          value = byte + paeth(a, b, c);
          break;
        default:
          throw new Error(`bad PNG filter ${filter} in row ${y}`);
      }
      data[row + x] = value & 0xff;
    }
  }
  return { width, height, channels, data };
}

/** Luminance per pixel (alpha ignored: pdftoppm pages are opaque). */
export function toGray(img: DecodedPng): Uint8Array {
  if (img.channels === 1) return img.data;
  const out = new Uint8Array(img.width * img.height);
  for (let i = 0; i < out.length; i++) {
    const p = i * img.channels;
    if (img.channels <= 2) out[i] = img.data[p] ?? 0;
    else {
      const r = img.data[p] ?? 0;
      const g = img.data[p + 1] ?? 0;
      const b = img.data[p + 2] ?? 0;
      out[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    }
  }
  return out;
}

/** Mean absolute difference of the gray levels (0–255) of two same-size images. */
export function meanAbsoluteDifference(a: DecodedPng, b: DecodedPng): number {
  if (a.width !== b.width || a.height !== b.height) {
    throw new Error(`sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  }
  const ga = toGray(a);
  const gb = toGray(b);
  let sum = 0;
  for (let i = 0; i < ga.length; i++) sum += Math.abs((ga[i] ?? 0) - (gb[i] ?? 0));
  return sum / ga.length;
}

function chunk(type: string, body: Buffer) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0);
  return Buffer.concat([head, body, crc]);
}

/** An 8-bit grayscale PNG; each row filtered "Up" (type 2), which suits text pages. */
export function encodeGrayPng(width: number, height: number, gray: Uint8Array): Buffer {
  if (gray.length !== width * height) throw new Error('pixel count does not match the size');
  const raw = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) {
    const dst = y * (width + 1);
    raw[dst] = y === 0 ? 0 : 2;
    for (let x = 0; x < width; x++) {
      const v = gray[y * width + x] ?? 0;
      raw[dst + 1 + x] = y === 0 ? v : (v - (gray[(y - 1) * width + x] ?? 0)) & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grayscale; compression, filter method and interlace stay 0
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Binary PGM (P5, maxval 255) as pdftoppm -gray writes it → width, height, pixels. */
export function parsePgm(pgm: Buffer): { width: number; height: number; gray: Uint8Array } {
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4 && i < pgm.length) {
    const c = pgm[i] ?? 0;
    if (c === 0x23) {
      while (i < pgm.length && pgm[i] !== 0x0a) i++; // comment to end of line
    } else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      i++;
    } else {
      let field = '';
      while (i < pgm.length && ![0x20, 0x0a, 0x0d, 0x09].includes(pgm[i] ?? 0))
        field += String.fromCharCode(pgm[i++] ?? 0);
      fields.push(field);
    }
  }
  const [magic, w, h, max] = fields;
  const width = Number(w);
  const height = Number(h);
  if (magic !== 'P5' || max !== '255' || !(width > 0) || !(height > 0))
    throw new Error('not an 8-bit binary PGM');
  const start = i + 1; // one whitespace byte after maxval
  const gray = new Uint8Array(pgm.subarray(start, start + width * height));
  if (gray.length !== width * height) throw new Error('PGM data too short');
  return { width, height, gray };
}
