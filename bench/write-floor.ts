// The write floor: planned rows as worksheet XML, deflated by zlib, and nothing else.
import { closeSync, openSync, writeSync } from "node:fs";
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";
import type { ConsolidatedSheets, PlanValue } from "../src/core/consolidated/plan";
import { columnName } from "../src/core/read/grid";

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const CHUNK_CHARS = 1 << 16;

function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (ch) => ESCAPES[ch]!);
}

function cellXml(value: PlanValue, ref: string): string {
  if (value === null) return "";
  if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
}

/** Each planned sheet as worksheet XML, in pieces of about 64 K characters. */
export function* floorSheets(
  plan: ConsolidatedSheets,
): Generator<{ readonly name: string; readonly chunks: Generator<string> }> {
  for (const [s, sheet] of plan.sheets.entries()) {
    yield { name: `xl/worksheets/sheet${s + 1}.xml`, chunks: sheetChunks(sheet) };
  }
}

function* sheetChunks(sheet: ConsolidatedSheets["sheets"][number]): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>';
  const letters = sheet.columns.map((_, c) => columnName(c));
  const rows = sheet.header ? [sheet.columns.map((c) => c.header), ...sheet.rows] : sheet.rows;
  let chunk = "";
  for (const [r, row] of rows.entries()) {
    let xml = `<row r="${r + 1}">`;
    row.forEach((value, c) => (xml += cellXml(value, `${letters[c] ?? columnName(c)}${r + 1}`)));
    chunk += `${xml}</row>`;
    if (chunk.length > CHUNK_CHARS) {
      yield chunk;
      chunk = "";
    }
  }
  yield `${chunk}</sheetData></worksheet>`;
}

/** (e) One thread: each sheet's XML deflated by zlib (level 6) and its CRC-32, to a file. */
export function writeSheetsFloor(target: string, plan: ConsolidatedSheets): number {
  const fd = openSync(target, "w");
  let bytes = 0;
  for (const sheet of floorSheets(plan)) {
    const xml = Buffer.concat(Array.from(sheet.chunks, (text) => Buffer.from(text, "utf8")));
    crc32(xml);
    const deflated = deflateRawSync(xml, { level: 6 });
    writeSync(fd, deflated);
    bytes += deflated.length;
  }
  closeSync(fd);
  return bytes;
}

/** The two-core write: XML built on this thread while zlib deflates on a libuv thread. */
export async function writeSheetsTwoThreads(
  target: string,
  plan: ConsolidatedSheets,
): Promise<number> {
  let bytes = 0;
  for (const sheet of floorSheets(plan)) {
    const deflate = createDeflateRaw({ level: 6 });
    deflate.on("data", (chunk: Buffer) => (bytes += chunk.length));
    let crc = 0;
    const source = Readable.from(
      (function* () {
        for (const text of sheet.chunks) {
          const piece = Buffer.from(text, "utf8");
          crc = crc32(piece, crc);
          yield piece;
        }
      })(),
    );
    await pipeline(source, deflate, createWriteStream(target, { flags: "a" }));
  }
  return bytes;
}
