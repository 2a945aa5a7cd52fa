import { recalculate } from "../../app";
import type { ConsolidateError } from "../../app";
import { plannedSheetWrite } from "../office/planned-sheets";
import { readWorkbook } from "../office/read-workbook";
import { writeSheets } from "../office/write-sheets";
import { stampOf } from "./env";
import type { TaskEnv } from "./env";

export type IndicatorsOutcome =
  /** `period` is null for a register standard's workbook, which has none. */
  | { readonly ok: true; readonly period: string | null; readonly villages: number }
  | { readonly ok: false; readonly error: ConsolidateError };

/** 计算指标 / 重算指标: write 汇总 (with its chart) and 村级指标 for the open workbook. */
export function runIndicators(env: TaskEnv): Promise<IndicatorsOutcome> {
  return env.run(async (context) => {
    const read = await readWorkbook(context);
    const outcome = recalculate(read.grid, env.config, stampOf(env), env.standard);
    if (!outcome.ok) return outcome;
    await writeSheets(context, outcome.sheets.map(plannedSheetWrite), {
      existing: "replace",
      date1904: read.date1904,
    });
    return { ok: true, period: outcome.period, villages: outcome.villages };
  });
}
