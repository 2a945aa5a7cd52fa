import { Inflate } from "fflate";
import { crc32 } from "./crc32";
import { readU16, readU32, type ZipEntry } from "./zip-guard";

const SIG_LOCAL = 0x04034b50;
// Deflate expands at most ~1032:1, so one push of this size yields at most ~66 MB.
const INPUT_CHUNK = 64 * 1024;

/** How parts are expanded and checked: portable (browser) or the host's native zlib (Node). */
export interface ZipCodec {
  /** Deflate data expanded to exactly `size` bytes, or a short reason why it is corrupt. */
  inflate(data: Uint8Array, size: number): Uint8Array | string;
  crc32(bytes: Uint8Array): number;
}

/** fflate and a JavaScript CRC-32: what runs anywhere. */
export const PORTABLE_CODEC: ZipCodec = { inflate: inflateCapped, crc32: (bytes) => crc32(bytes) };

/**
 * Expands one part the guard has passed, never past its declared size: the directory may lie,
 * so the output is counted while inflating and checked against the declared CRC.
 * Returns the bytes, or a short reason why the part is corrupt.
 */
export function extractEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  codec: ZipCodec = PORTABLE_CODEC,
): Uint8Array | string {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || readU32(bytes, at) !== SIG_LOCAL) return "local header";
  const dataStart = at + 30 + readU16(bytes, at + 26) + readU16(bytes, at + 28);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) return "part data beyond end of file";
  const data = bytes.subarray(dataStart, dataEnd);
  let output: Uint8Array | string;
  if (entry.method === 0) {
    output = entry.compressedSize === entry.uncompressedSize ? data : "stored size";
  } else if (entry.method === 8) {
    output = data.length === 0 ? "no deflate data" : codec.inflate(data, entry.uncompressedSize);
  } else {
    return `compression method ${entry.method}`;
  }
  if (typeof output === "string") return output;
  return codec.crc32(output) === entry.crc32 ? output : "checksum";
}

function inflateCapped(data: Uint8Array, size: number): Uint8Array | string {
  const output = new Uint8Array(size);
  let written = 0;
  let overflow = false;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    if (written + chunk.length > size) {
      overflow = true;
      return;
    }
    output.set(chunk, written);
    written += chunk.length;
    if (final) done = true;
  });
  try {
    for (let start = 0; start < data.length && !overflow; start += INPUT_CHUNK) {
      const end = Math.min(start + INPUT_CHUNK, data.length);
      inflate.push(data.subarray(start, end), end === data.length);
    }
  } catch {
    return "deflate data";
  }
  if (overflow) return "expands past its declared size";
  if (!done || written !== size) return "shorter than its declared size";
  return output;
}
