// Draws the add-in's icons (a bar chart on a rounded square) as PNG files: node assets/make-icons.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80];
const BACKGROUND = [0xb0, 0x2a, 0x2a];
const BARS = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Coverage of pixel (x, y) by the icon's shapes, in unit coordinates, 4×4 supersampled. */
function pixel(size, x, y) {
  let inSquare = 0;
  let inBar = 0;
  const radius = 0.18;
  const bars = [
    [0.2, 0.55],
    [0.43, 0.35],
    [0.66, 0.18],
  ];
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const u = (x + (sx + 0.5) / 4) / size;
      const v = (y + (sy + 0.5) / 4) / size;
      const dx = Math.max(radius - u, 0, u - (1 - radius));
      const dy = Math.max(radius - v, 0, v - (1 - radius));
      if (dx * dx + dy * dy > radius * radius) continue;
      inSquare++;
      if (bars.some(([left, top]) => u >= left && u <= left + 0.15 && v >= top && v <= 0.82))
        inBar++;
    }
  }
  const colour = BACKGROUND.map((c, i) =>
    Math.round((c * (inSquare - inBar) + BARS[i] * inBar) / Math.max(inSquare, 1)),
  );
  return [...colour, Math.round((inSquare / 16) * 255)];
}

function png(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      Buffer.from(pixel(size, x, y)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  writeFileSync(new URL(`icon-${size}.png`, import.meta.url), png(size));
}
