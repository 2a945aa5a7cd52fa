import { strFromU8 } from "fflate";
import type { ReasonOf } from "../core/issues/reasons";

/** Why a file cannot be read (the `unreadable` reasons of docs/limits.md). */
export type UnreadableReason = ReasonOf<"unreadable">;

/** One part as its central directory declares it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export type GuardResult =
  | { readonly ok: true; readonly entries: readonly ZipEntry[] }
  | {
      readonly ok: false;
      readonly reason: UnreadableReason;
      /** The limit that was passed, for the message. */
      readonly limit?: number;
      readonly detail?: string;
    };

const MB = 1024 * 1024;

/** The bounds (docs/limits.md); binary megabytes. */
export const ZIP_LIMITS = {
  maxFileBytes: 50 * MB,
  maxTotalUncompressedBytes: 500 * MB,
  // Real sheets of tens of MB compress over 100:1; the ratio only matters for larger parts.
  ratioCheckFromBytes: 100 * MB,
  maxRatio: 100,
  maxParts: 1000,
} as const;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_ZIP64_END = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const END_SIZE = 22;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// "EncryptionInfo" in UTF-16LE, the stream an encrypted OOXML package carries inside OLE.
const ENCRYPTION_INFO = Array.from("EncryptionInfo").flatMap((ch) => [ch.charCodeAt(0), 0]);

/**
 * Checks a workbook file from its zip central directory, before anything is expanded
 * (docs/limits.md), and lists its parts.
 */
export function guardZip(bytes: Uint8Array): GuardResult {
  if (bytes.length > ZIP_LIMITS.maxFileBytes) {
    return { ok: false, reason: "too-large", limit: ZIP_LIMITS.maxFileBytes };
  }
  if (startsWith(bytes, OLE_SIGNATURE, 0)) {
    return { ok: false, reason: indexOf(bytes, ENCRYPTION_INFO) >= 0 ? "encrypted" : "xls" };
  }
  const endOffset = findEndOfCentralDirectory(bytes);
  if (endOffset < 0) {
    // A zip that lost its tail still starts like one.
    return { ok: false, reason: readU32(bytes, 0) === SIG_LOCAL ? "corrupt" : "not-zip" };
  }
  const directory = locateCentralDirectory(bytes, endOffset);
  if (typeof directory === "string") return { ok: false, reason: "corrupt", detail: directory };
  if (directory.count > ZIP_LIMITS.maxParts) {
    return { ok: false, reason: "too-many-parts", limit: ZIP_LIMITS.maxParts };
  }
  return checkEntries(bytes, directory);
}

interface CentralDirectory {
  readonly offset: number;
  readonly size: number;
  readonly count: number;
}

function checkEntries(bytes: Uint8Array, directory: CentralDirectory): GuardResult {
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  const end = directory.offset + directory.size;
  for (let i = 0, at = directory.offset; i < directory.count; i++) {
    if (at + 46 > end || readU32(bytes, at) !== SIG_CENTRAL) {
      return { ok: false, reason: "corrupt", detail: "central directory" };
    }
    const flags = readU16(bytes, at + 8);
    const nameLength = readU16(bytes, at + 28);
    const extraLength = readU16(bytes, at + 30);
    const next = at + 46 + nameLength + extraLength + readU16(bytes, at + 32);
    if (next > end) return { ok: false, reason: "corrupt", detail: "central directory" };
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    // UTF-8 whether or not bit 11 says so: writers that skip the flag still use it, not CP437.
    const name = strFromU8(nameBytes);
    const entry = readEntry(bytes, at, name, extraLength);
    if (!entry) return { ok: false, reason: "corrupt", detail: "zip64 extra field" };
    at = next;

    const key = partKey(name);
    if (key.includes("..") || key.startsWith("/")) {
      return { ok: false, reason: "bad-part-name", detail: name };
    }
    if (seen.has(key)) return { ok: false, reason: "duplicate-part", detail: name };
    seen.add(key);
    if (flags & 0x1) return { ok: false, reason: "encrypted" };
    total += entry.uncompressedSize;
    if (total > ZIP_LIMITS.maxTotalUncompressedBytes) {
      return { ok: false, reason: "expands-too-much", limit: ZIP_LIMITS.maxTotalUncompressedBytes };
    }
    if (
      entry.uncompressedSize >= ZIP_LIMITS.ratioCheckFromBytes &&
      entry.uncompressedSize > ZIP_LIMITS.maxRatio * entry.compressedSize
    ) {
      return { ok: false, reason: "ratio", limit: ZIP_LIMITS.maxRatio, detail: name };
    }
    entries.push(entry);
  }
  return { ok: true, entries };
}

/** A part name as OPC compares it: without case; `\` read as `/`, as some Windows writers store it. */
export function partKey(name: string): string {
  return name.replaceAll("\\", "/").toLowerCase();
}

/** Reads one central directory record; sizes of 0xFFFFFFFF live in the zip64 extra field. */
function readEntry(bytes: Uint8Array, at: number, name: string, extraLength: number) {
  let uncompressedSize = readU32(bytes, at + 24);
  let compressedSize = readU32(bytes, at + 20);
  let localHeaderOffset = readU32(bytes, at + 42);
  if (
    uncompressedSize === 0xffffffff ||
    compressedSize === 0xffffffff ||
    localHeaderOffset === 0xffffffff
  ) {
    const extra = findZip64Extra(bytes, at + 46 + readU16(bytes, at + 28), extraLength);
    if (extra < 0) return null;
    // The zip64 field holds only the values that overflowed, in this order.
    let field = extra + 4;
    const fieldEnd = extra + 4 + readU16(bytes, extra + 2);
    const take = () => {
      if (field + 8 > fieldEnd) return -1;
      const value = readU64(bytes, field);
      field += 8;
      return value;
    };
    if (uncompressedSize === 0xffffffff) uncompressedSize = take();
    if (compressedSize === 0xffffffff) compressedSize = take();
    if (localHeaderOffset === 0xffffffff) localHeaderOffset = take();
    if (uncompressedSize < 0 || compressedSize < 0 || localHeaderOffset < 0) return null;
  }
  const entry: ZipEntry = {
    name,
    method: readU16(bytes, at + 10),
    crc32: readU32(bytes, at + 16),
    compressedSize,
    uncompressedSize,
    localHeaderOffset,
  };
  return entry;
}

function findZip64Extra(bytes: Uint8Array, start: number, length: number): number {
  for (let at = start; at + 4 <= start + length; at += 4 + readU16(bytes, at + 2)) {
    if (readU16(bytes, at) === 0x0001) return at;
  }
  return -1;
}

/** Offset of the end-of-central-directory record, searched back over its comment. */
function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - END_SIZE - 0xffff);
  for (let at = bytes.length - END_SIZE; at >= lowest; at--) {
    // Some writers pad after the record; the comment must still fit in the file.
    if (readU32(bytes, at) === SIG_END && at + END_SIZE + readU16(bytes, at + 20) <= bytes.length) {
      return at;
    }
  }
  return -1;
}

function locateCentralDirectory(bytes: Uint8Array, endOffset: number): CentralDirectory | string {
  let count = readU16(bytes, endOffset + 10);
  let size = readU32(bytes, endOffset + 12);
  let offset = readU32(bytes, endOffset + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = endOffset - 20;
    if (locator < 0 || readU32(bytes, locator) !== SIG_ZIP64_LOCATOR) return "zip64 locator";
    const end64 = readU64(bytes, locator + 8);
    if (end64 + 56 > locator || readU32(bytes, end64) !== SIG_ZIP64_END) return "zip64 end";
    count = readU64(bytes, end64 + 32);
    size = readU64(bytes, end64 + 40);
    offset = readU64(bytes, end64 + 48);
  }
  if (offset + size > endOffset) return "central directory";
  return { offset, size, count };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at: number): boolean {
  if (at + prefix.length > bytes.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

function indexOf(bytes: Uint8Array, needle: readonly number[]): number {
  const first = needle[0];
  for (let at = bytes.indexOf(first!); at >= 0; at = bytes.indexOf(first!, at + 1)) {
    if (startsWith(bytes, needle, at)) return at;
  }
  return -1;
}

/** Little-endian readers; out of range reads give 0, which no signature matches. */
export function readU16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

export function readU32(bytes: Uint8Array, at: number): number {
  return (readU16(bytes, at) | (readU16(bytes, at + 2) << 16)) >>> 0;
}

function readU64(bytes: Uint8Array, at: number): number {
  // Beyond 2^53 no real file lies; such values fail the bounds checks that follow.
  return readU32(bytes, at) + readU32(bytes, at + 4) * 0x100000000;
}
