import { consolidate, openWorkbook, planOutputs, reportOf, summarize } from "../../app";
import type { ConsolidateError, MergeSummary } from "../../app";
import type { InputFile, MergeReportJson, RegisterReportJson } from "../../core";
import { plannedSheetWrite } from "../office/planned-sheets";
import { readWorkbook } from "../office/read-workbook";
import { writeSheets } from "../office/write-sheets";
import { stampOf } from "./env";
import type { TaskEnv } from "./env";

export type MergeTaskOutcome =
  | {
      readonly ok: true;
      readonly summary: MergeSummary;
      readonly report: MergeReportJson | RegisterReportJson;
      readonly sheets: readonly string[];
    }
  | { readonly ok: false; readonly error: ConsolidateError };

/**
 * 合并报送: merge the files into the open consolidated workbook exactly as `merge --into`
 * (into a blank workbook: as `merge`; registers only into a blank one), and write the
 * consolidated sheets over it.
 */
export function runMerge(env: TaskEnv, files: readonly InputFile[]): Promise<MergeTaskOutcome> {
  return env.run(async (context) => {
    const { grid, date1904 } = await readWorkbook(context);
    const outcome = consolidate({
      inputs: files,
      into: openWorkbook(grid),
      purpose: "merge",
      config: env.config,
      standard: env.standard,
    });
    if (!outcome.ok) return outcome;
    const planned = planOutputs(outcome, { ...stampOf(env), purpose: "merge", mask: false });
    if (!planned.ok) return planned;
    const { plan } = planned;
    const written = await writeSheets(context, plan.sheets.map(plannedSheetWrite), {
      existing: "replace",
      date1904,
    });
    if (outcome.intoBlank) {
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
      summary: summarize(outcome),
      report: reportOf(outcome, env.lang, null),
      sheets: written.written,
    };
  });
}
