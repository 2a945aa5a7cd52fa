// Measured, not assumed: our zip writer, CRC-32 and worker pool against the alternatives.
import { createHash } from "node:crypto";
import { closeSync, createWriteStream, openSync, readFileSync, writeSync } from "node:fs";
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { Readable } from "node:stream";
import { once } from "node:events";
import { crc32 as zlibCrc32, inflateRawSync } from "node:zlib";
import { Zip, ZipDeflate } from "fflate";
import Piscina from "piscina";
import { ZipFile } from "yazl";
import { DEFAULT_CONFIG } from "../src/core/config";
import type { ConsolidatedSheets } from "../src/core/consolidated/plan";
import { crc32 as jsCrc32 } from "../src/ooxml/crc32";
import { guardZip } from "../src/ooxml/zip-guard";
import { SharedAddresses, unpackSubmission } from "../src/app/submission-transfer";
import type { PackedSubmission } from "../src/app/submission-transfer";
import { ZipFileWriter } from "../src/xlsx/zip-writer";
import { floorSheets } from "./write-floor";

export type ZipWriterName = "ours" | "fflate" | "yazl";

/** Writes the floor's sheet XML as a zip with one of the writers; the file's bytes. */
export async function writeZipWith(
  name: ZipWriterName,
  target: string,
  plan: ConsolidatedSheets,
): Promise<number> {
  if (name === "ours") {
    const zip = await ZipFileWriter.create(target, 6);
    for (const sheet of floorSheets(plan)) await zip.add(sheet.name, sheet.chunks);
    await zip.close();
  } else if (name === "fflate") {
    const fd = openSync(target, "w");
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      writeSync(fd, chunk);
    });
    for (const sheet of floorSheets(plan)) {
      const part = new ZipDeflate(sheet.name, { level: 6 });
      zip.add(part);
      for (const text of sheet.chunks) part.push(Buffer.from(text, "utf8"));
      part.push(new Uint8Array(0), true);
    }
    zip.end();
    closeSync(fd);
  } else {
    const zip = new ZipFile();
    const done = once(zip.outputStream.pipe(createWriteStream(target)), "close");
    for (const sheet of floorSheets(plan)) {
      const chunks = sheet.chunks;
      const source = Readable.from(
        (function* () {
          for (const text of chunks) yield Buffer.from(text, "utf8");
        })(),
      );
      zip.addReadStream(source, sheet.name, { compressionLevel: 6 });
    }
    zip.end();
    await done;
  }
  return readFileSync(target).length;
}

/** CRC-32 of every part of the corpus, in JavaScript and by zlib: ms each, and the MB. */
export function compareCrc32(files: readonly string[]) {
  const parts: Buffer[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    const guard = guardZip(bytes);
    if (!guard.ok) throw new Error(`${file}: ${guard.reason}`);
    for (const entry of guard.entries) {
      const at = entry.localHeaderOffset;
      const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
      const raw = bytes.subarray(start, start + entry.compressedSize);
      parts.push(entry.method === 8 ? inflateRawSync(raw) : raw);
    }
  }
  const time = (crc: (b: Uint8Array) => number) => {
    const start = performance.now();
    let x = 0;
    for (const part of parts) x ^= crc(part);
    return { ms: performance.now() - start, x };
  };
  const js = time((b) => jsCrc32(b));
  const zlib = time((b) => zlibCrc32(b));
  if (js.x !== zlib.x) throw new Error("CRC-32 differs");
  const mb = parts.reduce((n, p) => n + p.length, 0) / 2 ** 20;
  return { mb: Math.round(mb), jsMs: Math.round(js.ms), zlibMs: Math.round(zlib.ms) };
}

export type PoolName = "piscina" | "tinypool";

const TASK = path.join(__dirname, "pool-task.js");
const LIMITS = { maxOldGenerationSizeMb: 512 };
const TIMEOUT_MS = 60_000;

// tinypool is an ES module only; TypeScript's CommonJS output would turn import() into require().
const importModule = new Function("specifier", "return import(specifier)") as (
  specifier: string,
) => Promise<{ default: typeof Piscina }>;

/** Reads and validates the files as (c) does, but in a third-party pool of two workers: issues counted. */
export async function readWithPool(name: PoolName, files: readonly string[]): Promise<number> {
  const Pool = name === "piscina" ? Piscina : (await importModule("tinypool")).default;
  const pool = new Pool({ filename: TASK, minThreads: 2, maxThreads: 2, resourceLimits: LIMITS });
  const addresses = new SharedAddresses();
  let issues = 0;
  await Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file);
      createHash("sha256").update(bytes).digest("hex");
      // Cancelling a task terminates its worker: the time bound of our pool.
      const packed = (await pool.run(
        { bytes, config: DEFAULT_CONFIG },
        { signal: AbortSignal.timeout(TIMEOUT_MS) },
      )) as PackedSubmission | string;
      if (typeof packed === "string") throw new Error(`${file}: ${packed}`);
      const read = unpackSubmission(packed, addresses);
      issues += read.issues.length;
    }),
  );
  await pool.destroy();
  return issues;
}
