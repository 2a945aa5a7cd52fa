// Worker thread body of the file reader: bytes in, values out, bounded by the pool's limits.
import { parentPort } from "node:worker_threads";
import type { Config } from "../core/config";
import type { WorkbookGrid } from "../core/read/grid";
import { readXlsx, type ReadXlsxResult } from "../ooxml/read-xlsx";
import { ZLIB_CODEC } from "./zlib-codec";
import { resultToJson } from "./grid-json";
import type { ReadReply, ReadRequest } from "./read-file";

// The core loads on the first request to validate: a worker that only reads stays small.
const loadValidation = () =>
  Promise.all([
    import("../core/consolidated/read"),
    import("../core/validate/validate-workbook"),
    import("./submission-transfer"),
  ]);
let validation: ReturnType<typeof loadValidation> | undefined;

/**
 * A submission validated here, so that its grid never crosses threads; null for a consolidated
 * workbook, or when the core fails (a bug), so that the caller sees it as before.
 */
async function validated(
  id: number,
  grid: WorkbookGrid,
  config: Config,
): Promise<ReadReply | null> {
  const [{ readConsolidated }, { validateWorkbook }, { packSubmission }] = await (validation ??=
    loadValidation());
  try {
    if (readConsolidated(grid) !== null) return null;
    return { id, submission: packSubmission(validateWorkbook(grid, { config })) };
  } catch {
    return null;
  }
}

parentPort?.on("message", async (request: ReadRequest) => {
  let reply: ReadReply;
  try {
    const result = readXlsx(request.bytes, ZLIB_CODEC);
    const submission =
      request.config && result.ok ? await validated(request.id, result.grid, request.config) : null;
    reply = submission ?? { id: request.id, json: resultToJson(result) };
  } catch (error) {
    // A grid too large to write as one string is out of memory, as in readXlsx.
    const outOfMemory: ReadXlsxResult = { ok: false, reason: "memory" };
    if (error instanceof RangeError) reply = { id: request.id, json: JSON.stringify(outOfMemory) };
    else reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
