// Worker thread body of the file reader: bytes in, values out, bounded by the pool's limits.
import { parentPort } from "node:worker_threads";
import { readXlsx, type ReadXlsxResult } from "../ooxml/read-xlsx";
import { resultToJson } from "./grid-json";
import type { ReadReply, ReadRequest } from "./read-file";

parentPort?.on("message", (request: ReadRequest) => {
  let reply: ReadReply;
  try {
    reply = { id: request.id, json: resultToJson(readXlsx(request.bytes)) };
  } catch (error) {
    // A grid too large to write as one string is out of memory, as in readXlsx.
    const outOfMemory: ReadXlsxResult = { ok: false, reason: "memory" };
    if (error instanceof RangeError) reply = { id: request.id, json: JSON.stringify(outOfMemory) };
    else reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
