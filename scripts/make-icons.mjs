// Draws the toolbar and store icons (public/icon/{16,32,48,128}.png) with plain Node: a rounded
// teal square with a white open ring (the "C") and a bar beside it (the credit line).
// Shapes are distance functions sampled 4×4 per pixel, so small sizes stay smooth.
// Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const OUT = join(import.meta.dirname, '..', 'public', 'icon');
const SIZES = [16, 32, 48, 128];
const BG = [0x1f, 0x5f, 0x66]; // deep teal: calm, readable on light and dark toolbars
const FG = [0xff, 0xff, 0xff];
const ACCENT = [0xf2, 0xc1, 0x4e]; // warm amber for the credit line

/** Signed distance to a rounded box centred at (0.5, 0.5), in unit coordinates. */
function roundedBox(x, y, half, radius) {
  const qx = Math.abs(x - 0.5) - half + radius;
  const qy = Math.abs(y - 0.5) - half + radius;
  const ox = Math.max(qx, 0);
  const oy = Math.max(qy, 0);
  return Math.hypot(ox, oy) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Which colour a unit-space point takes, or null when outside the icon. */
function colourAt(x, y) {
  if (roundedBox(x, y, 0.5, 0.2) > 0) return null;
  // The "C": a ring open to the right (gap of ±40° around 0°).
  const cx = 0.44;
  const cy = 0.5;
  const r = Math.hypot(x - cx, y - cy);
  const angle = (Math.atan2(y - cy, x - cx) * 180) / Math.PI;
  if (r > 0.19 && r < 0.31 && Math.abs(angle) > 42) return FG;
  // The credit line: a short rounded bar through the ring's opening.
  const bx = Math.min(Math.max(x, 0.52), 0.8);
  if (Math.hypot(x - bx, y - 0.5) < 0.055) return ACCENT;
  return BG;
}

function render(size) {
  const n = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return png(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) writeFileSync(join(OUT, `${size}.png`), render(size));
console.log(`icons written to ${OUT}`);
