import type { WorkbookGrid } from "../../core/read/grid";
import { readConsolidated } from "../../core/consolidated/read";
import { mergeSubmissions } from "../../core/merge/merge";
import { toMergeReportJson } from "../../core/merge/report";
import type { MergeReportJson } from "../../core/merge/report";
import type { MergeError } from "../../core/merge/types";
import type { SubmissionFile } from "../../core/model";
import type { Config } from "../../core/config";
import { unreadableSubmission } from "../../core/validate/unreadable";
import { validateWorkbook } from "../../core/validate/validate-workbook";
import type { ReadXlsxResult } from "../../ooxml/read-xlsx";
import { plannedSheetWrite } from "../office/planned-sheets";
import { readWorkbook } from "../office/read-workbook";
import { writeSheets } from "../office/write-sheets";
import { planSheets } from "./env";
import type { TaskEnv } from "./env";

/** A picked file once parsed (in a worker): its name, digest and grid or reason. */
export interface ParsedFile {
  readonly name: string;
  readonly sha256: string | null;
  readonly result: ReadXlsxResult;
}

export type MergeTaskOutcome =
  | { readonly ok: true; readonly report: MergeReportJson; readonly sheets: readonly string[] }
  | { readonly ok: false; readonly error: MergeError["kind"] | "not-consolidated" };

export function toSubmissionFile(parsed: ParsedFile, config: Config): SubmissionFile {
  const { name, sha256, result } = parsed;
  if (!result.ok) {
    return { file: name, name, sha256, read: unreadableSubmission(result.reason, result) };
  }
  return { file: name, name, sha256, read: validateWorkbook(result.grid, { config }) };
}

/** Nothing to lose: every sheet of the workbook is empty. */
function isBlank(grid: WorkbookGrid): boolean {
  return grid.sheets.every((s) =>
    s.rows.every((row) => !row || row.every((c) => c === null || c === undefined)),
  );
}

/**
 * 合并报送: merge the files into the open consolidated workbook exactly as `merge --into`
 * (into a blank workbook: as `merge`), and write the consolidated sheets over it.
 */
export function runMerge(env: TaskEnv, files: readonly ParsedFile[]): Promise<MergeTaskOutcome> {
  return env.run(async (context) => {
    const { grid, date1904 } = await readWorkbook(context);
    const into = readConsolidated(grid);
    if (!into && !isBlank(grid)) return { ok: false, error: "not-consolidated" };
    const inputs = files.map((f) => toSubmissionFile(f, env.config));
    const outcome = mergeSubmissions(inputs, { config: env.config, ...(into ? { into } : {}) });
    if (!outcome.ok) return { ok: false, error: outcome.error.kind };
    const plan = planSheets(outcome.result, env);
    const written = await writeSheets(context, plan.sheets.map(plannedSheetWrite), {
      existing: "replace",
      date1904,
    });
    if (!into) {
      // The blank sheets of a new workbook have no place in a consolidated one.
      const planned = new Set(plan.sheets.map((s) => s.name));
      for (const sheet of grid.sheets) {
        if (!planned.has(sheet.name)) context.workbook.worksheets.getItem(sheet.name).delete();
      }
    }
    const first = plan.sheets.find((s) => !s.hidden);
    if (first) context.workbook.worksheets.getItem(first.name).activate();
    await context.sync();
    return {
      ok: true,
      report: toMergeReportJson(outcome.result, env.lang, null),
      sheets: written.written,
    };
  });
}
