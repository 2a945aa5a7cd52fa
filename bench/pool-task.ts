// The task the third-party pools run: what our reader's worker does for one submission.
import type { Config } from "../src/core/config";
import { validateWorkbook } from "../src/core/validate/validate-workbook";
import { readXlsx } from "../src/ooxml/read-xlsx";
import { packSubmission } from "../src/xlsx/submission-transfer";
import type { PackedSubmission } from "../src/xlsx/submission-transfer";
import { ZLIB_CODEC } from "../src/xlsx/zlib-codec";

function readTask(task: { bytes: Uint8Array; config: Config }): PackedSubmission | string {
  const result = readXlsx(task.bytes, ZLIB_CODEC);
  return result.ok
    ? packSubmission(validateWorkbook(result.grid, { config: task.config }))
    : result.reason;
}

export = readTask;
