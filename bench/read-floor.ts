// The read floor: every part inflated by zlib and checked by its CRC-32, the cell tags counted.
import { readFileSync } from "node:fs";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { crc32, inflateRawSync } from "node:zlib";

// Bytes of `<c ` (0x3C 0x63 0x20, or `<c>`), the start of a cell element.
function countCellTags(xml: Uint8Array): number {
  let count = 0;
  for (let i = xml.indexOf(0x3c); i >= 0 && i < xml.length - 2; i = xml.indexOf(0x3c, i + 1)) {
    if (xml[i + 1] === 0x63 && (xml[i + 2] === 0x20 || xml[i + 2] === 0x3e)) count++;
  }
  return count;
}

/** The parts of a zip by its central directory (no zip64, no checks: a floor, not a reader). */
function* parts(zip: Buffer): Generator<{ readonly name: string; readonly data: Buffer }> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressed);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    if (crc32(data) !== crc) throw new Error(`${name}: checksum`);
    yield { name, data };
  }
}

/** (a) Inflates every part of every file on this thread; the cells of the worksheets. */
export function readFloor(files: readonly string[]): number {
  let cells = 0;
  for (const file of files) {
    for (const { name, data } of parts(readFileSync(file))) {
      if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) cells += countCellTags(data);
    }
  }
  return cells;
}

/** The read floor on two threads: each reads every other file. */
export async function readFloorTwoThreads(files: readonly string[]): Promise<number> {
  const halves = [0, 1].map((h) => files.filter((_, i) => i % 2 === h));
  const counts = await Promise.all(
    halves.map(
      (half) =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(__filename, { workerData: half });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  return counts.reduce((n, c) => n + c, 0);
}

if (!isMainThread && Array.isArray(workerData)) {
  parentPort?.postMessage(readFloor(workerData as string[]));
}
