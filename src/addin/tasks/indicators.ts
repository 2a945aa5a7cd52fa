import { SHEET_NAMES } from "../../core/consolidated/layout";
import { readConsolidated } from "../../core/consolidated/read";
import { mergeSubmissions } from "../../core/merge/merge";
import type { MergeError, MergeOutcome } from "../../core/merge/types";
import type { WorkbookGrid } from "../../core/read/grid";
import { validateWorkbook } from "../../core/validate/validate-workbook";
import { plannedSheetWrite } from "../office/planned-sheets";
import { readWorkbook } from "../office/read-workbook";
import { writeSheets } from "../office/write-sheets";
import { planSheets } from "./env";
import type { TaskEnv } from "./env";

export type IndicatorsOutcome =
  | { readonly ok: true; readonly period: string; readonly villages: number }
  /** `rejected`: a submission rejected whole (docs/issue-codes.md), nothing of it counts. */
  | { readonly ok: false; readonly error: MergeError["kind"] | "rejected" };

/** The open workbook's label as a merge input: it has no file name of its own here. */
export const OPEN_WORKBOOK = "(workbook)";

/**
 * A submission alone counts as a merge of one; a consolidated workbook as itself (docs/merge.md).
 */
function mergeOpenWorkbook(grid: WorkbookGrid, env: TaskEnv): MergeOutcome | "rejected" {
  const into = readConsolidated(grid);
  if (into) return mergeSubmissions([], { config: env.config, into });
  const read = validateWorkbook(grid, { config: env.config });
  if (read.rejected) return "rejected";
  const file = { file: OPEN_WORKBOOK, name: OPEN_WORKBOOK, sha256: null, read };
  return mergeSubmissions([file], { config: env.config });
}

const WRITTEN = new Set<string>([SHEET_NAMES.summary, SHEET_NAMES.indicators]);

/** 计算指标 / 重算指标: write 汇总 (with its chart) and 村级指标 for the open workbook. */
export function runIndicators(env: TaskEnv): Promise<IndicatorsOutcome> {
  return env.run(async (context) => {
    const read = await readWorkbook(context);
    const outcome = mergeOpenWorkbook(read.grid, env);
    if (outcome === "rejected") return { ok: false, error: outcome };
    if (!outcome.ok) return { ok: false, error: outcome.error.kind };
    const plan = planSheets(outcome.result, env);
    const sheets = plan.sheets.filter((s) => WRITTEN.has(s.name));
    await writeSheets(context, sheets.map(plannedSheetWrite), {
      existing: "replace",
      date1904: read.date1904,
    });
    return {
      ok: true,
      period: outcome.result.period,
      villages: outcome.result.indicators.length,
    };
  });
}
