// The task the third-party pools run: what our reader's worker does for one file in (c).
import type { Config } from "../src/core/config";
import { readXlsx } from "../src/ooxml/read-xlsx";
import { packedSubmissionOf } from "../src/app/submission-transfer";
import type { PackedSubmission } from "../src/app/submission-transfer";
import { ZLIB_CODEC } from "../src/xlsx/zlib-codec";

function readTask(task: { bytes: Uint8Array; config: Config }): PackedSubmission | string {
  const result = readXlsx(task.bytes, ZLIB_CODEC);
  if (!result.ok) return result.reason;
  // Without records: every workbook comes back validated.
  return packedSubmissionOf(result.grid, task.config, undefined, false)!;
}

export = readTask;
