import type { SubmissionRead } from "../../core/model";
import { numberFormatOf } from "../../core/template/plan";
import type { CellFix } from "../../core/validate/fixes";
import { planFixes } from "../../core/validate/fixes";
import { validateWorkbook } from "../../core/validate/validate-workbook";
import { fieldSpec } from "../../core/spec/sheets";
import { isListType } from "../../core/spec/types";
import type { Cell } from "../../core/read/grid";
import { earlierMarks, markCells, queueEarlierMarks } from "../office/marks";
import { readWorkbook } from "../office/read-workbook";
import { writeCells } from "../office/write-cells";
import type { CellWrite } from "../office/write-cells";
import type { TaskEnv } from "./env";
import { groupIssues, marksOf, totalCounts } from "./issue-view";
import type { IssueGroup, SeverityCounts } from "./issue-view";

export interface ValidationView {
  readonly groups: readonly IssueGroup[];
  readonly counts: SeverityCounts;
  /** Cells 一键修正 would rewrite. */
  readonly fixable: number;
}

function viewOf(result: SubmissionRead, env: TaskEnv): ValidationView {
  const groups = groupIssues(result.issues, env.lang);
  return { groups, counts: totalCounts(groups), fixable: planFixes(result).length };
}

/** Read every sheet, with our earlier marks, in one batch; validate; mark anew. */
async function validateAndMark(
  context: Excel.RequestContext,
  env: TaskEnv,
): Promise<ValidationView> {
  const read = await readWorkbook(context, queueEarlierMarks);
  const result = validateWorkbook(read.grid, { config: env.config });
  await markCells(context, marksOf(result.issues), earlierMarks(read.queued));
  return viewOf(result, env);
}

/** 校验: read every sheet in one batch, validate, highlight, list the issues. */
export async function runValidate(env: TaskEnv): Promise<ValidationView> {
  return env.run((context) => validateAndMark(context, env));
}

/** The cell content of a canonical value: dates as dates, numbers in the field's format. */
export function fixToWrite(fix: CellFix): CellWrite {
  const type = fieldSpec(fix.sheet, fix.field).type;
  const isDate = type === "date" || type === "datetime";
  const value: Cell =
    isDate && typeof fix.value === "string"
      ? { date: fix.value.length > 10 ? `${fix.value}:00` : fix.value }
      : fix.value;
  const planned = isListType(type) ? null : numberFormatOf(type);
  // A number typed as text may sit in a text-formatted cell: give it a number format first.
  const numberFormat = typeof fix.value === "number" ? (planned ?? "General") : null;
  return { sheetName: fix.sheetName, address: fix.cell, value, numberFormat };
}

/** 一键修正: write back the canonical value of every `normalized` issue, then validate again. */
export async function runFix(env: TaskEnv): Promise<{ fixed: number; view: ValidationView }> {
  return env.run(async (context) => {
    const before = await readWorkbook(context);
    const result = validateWorkbook(before.grid, { config: env.config });
    const fixes = planFixes(result).map(fixToWrite);
    await writeCells(context, fixes, before.date1904);
    return { fixed: fixes.length, view: await validateAndMark(context, env) };
  });
}
