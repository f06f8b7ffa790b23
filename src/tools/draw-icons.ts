/**
 * Draws the toolbar icons into public/icons/ (a magnifier lens over a red cross): `tsx src/tools/draw-icons.ts`.
 * Plain PNG encoding with node:zlib so no image library is needed.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { REPO_ROOT } from './build';

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) raw.set(pixel(x / size, y / size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function lens(x: number, y: number): [number, number, number, number] {
  const d = Math.hypot(x - 0.42, y - 0.42);
  const onHandle = x > 0.6 && y > 0.6 && Math.abs(x - y) < 0.09 && x < 0.95;
  if (onHandle || (d > 0.28 && d < 0.36)) return [30, 41, 59, 255];
  const cross = d < 0.28 && (Math.abs(x - 0.42) < 0.06 || Math.abs(y - 0.42) < 0.06) && Math.max(Math.abs(x - 0.42), Math.abs(y - 0.42)) < 0.18;
  if (cross) return [220, 38, 38, 255];
  if (d <= 0.28) return [255, 255, 255, 255];
  return [0, 0, 0, 0];
}

for (const size of [16, 48, 128]) writeFileSync(`${REPO_ROOT}public/icons/icon-${size}.png`, png(size, lens));
