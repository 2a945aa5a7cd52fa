import { openWorkbook, planFixWrites, validateFiles } from "../../app";
import type { SubmissionFile, WorkbookGrid } from "../../core";
import { earlierMarks, markCells, queueEarlierMarks } from "../office/marks";
import { readWorkbook } from "../office/read-workbook";
import { writeCells } from "../office/write-cells";
import type { TaskEnv } from "./env";
import { groupIssues, totalCounts } from "../../browser/issue-groups";
import type { IssueGroup, SeverityCounts } from "../../browser/issue-groups";
import { marksOf } from "./marks-of";

export interface ValidationView {
  readonly groups: readonly IssueGroup[];
  readonly counts: SeverityCounts;
  /** Cells 一键修正 would rewrite. */
  readonly fixable: number;
}

function validateOpen(grid: WorkbookGrid, env: TaskEnv): SubmissionFile {
  return validateFiles([openWorkbook(grid)], env.config, env.standard)[0]!;
}

function viewOf(file: SubmissionFile, env: TaskEnv): ValidationView {
  const groups = groupIssues(file.read.issues, env.lang, env.standard);
  const fixable = planFixWrites(file, env.standard).length;
  return { groups, counts: totalCounts(groups), fixable };
}

/** Read every sheet, with our earlier marks, in one batch; validate; mark anew. */
async function validateAndMark(
  context: Excel.RequestContext,
  env: TaskEnv,
): Promise<ValidationView> {
  const read = await readWorkbook(context, queueEarlierMarks);
  const file = validateOpen(read.grid, env);
  await markCells(context, marksOf(file.read.issues), earlierMarks(read.queued));
  return viewOf(file, env);
}

/** 校验: read every sheet in one batch, validate, highlight, list the issues. */
export async function runValidate(env: TaskEnv): Promise<ValidationView> {
  return env.run((context) => validateAndMark(context, env));
}

/** 一键修正: write back the canonical value of every `normalized` issue, then validate again. */
export async function runFix(env: TaskEnv): Promise<{ fixed: number; view: ValidationView }> {
  return env.run(async (context) => {
    const before = await readWorkbook(context);
    const fixes = planFixWrites(validateOpen(before.grid, env), env.standard);
    await writeCells(context, fixes, before.date1904);
    return { fixed: fixes.length, view: await validateAndMark(context, env) };
  });
}
