// Worker thread body of the file reader: bytes in, values out, bounded by the pool's limits.
import { parentPort } from "node:worker_threads";
import type { Config, WorkbookGrid } from "../core";
import { readXlsx, type ReadXlsxResult } from "../ooxml/read-xlsx";
import { standardFromSource } from "../app/standard-source";
import { packedSubmissionOf } from "../app/submission-transfer";
import { ZLIB_CODEC } from "./zlib-codec";
import { resultToJson } from "./grid-json";
import type { ReadReply, ReadRequest } from "./read-file";

/** A submission validated here; null for a consolidated workbook, or when the core fails (a bug). */
function validated(request: ReadRequest, config: Config, grid: WorkbookGrid): ReadReply | null {
  const { id, standard: source, records = true } = request;
  try {
    const standard = source === undefined ? undefined : standardFromSource(source);
    const submission = packedSubmissionOf(grid, config, standard, records);
    return submission && { id, submission };
  } catch {
    return null;
  }
}

function answer(request: ReadRequest): void {
  let reply: ReadReply;
  try {
    const result = readXlsx(request.bytes, ZLIB_CODEC);
    const submission =
      request.config && result.ok ? validated(request, request.config, result.grid) : null;
    reply = submission ?? { id: request.id, json: resultToJson(result) };
  } catch (error) {
    // A grid too large to write as one string is out of memory, as in readXlsx.
    const outOfMemory: ReadXlsxResult = { ok: false, reason: "memory" };
    if (error instanceof RangeError) reply = { id: request.id, json: JSON.stringify(outOfMemory) };
    else reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
}

parentPort?.on("message", answer);
