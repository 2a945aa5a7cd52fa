import { z } from "zod";
import { VillageIndicatorsSchema } from "../indicators/report";
import { IssueJsonSchema } from "../messages/issue-json";
import type { IssueJson } from "../messages/issue-json";
import { renderMessage, toIssueJson } from "../messages/render";
import type { StandardSheets } from "../messages/render";
import { DATA_SHEETS, SHEETS } from "../spec/sheets";
import type { DataSheetKey } from "../spec/sheets";
import type { Lang } from "../messages";
import { FILE_STATUSES } from "./types";
import type { MergeIssue, MergeResult } from "./types";

/** Counts of one sheet's rows: read = merged + rejected + superseded. */
export const RowCountsSchema = z.object({
  read: z.number().int().min(0),
  merged: z.number().int().min(0),
  rejected: z.number().int().min(0),
  superseded: z.number().int().min(0),
});

/** Row counts of every data sheet: read = merged + rejected + superseded (docs/merge.md). */
const SheetCountsSchema = z.object(
  Object.fromEntries(DATA_SHEETS.map((sheet) => [sheet, RowCountsSchema])) as {
    [S in DataSheetKey]: typeof RowCountsSchema;
  },
);

/** One file of the merge report. */
const FileReportSchema = z.object({
  file: z.string(),
  sha256: z.string().nullable(),
  agency_code: z.string().nullable(),
  agency_name: z.string().nullable(),
  partners: z.string().nullable(),
  submitted_on: z.string().nullable(),
  status: z.enum(FILE_STATUSES),
  rows: SheetCountsSchema,
});

/** The merge report, as `merge --json` prints it and `--report` writes it (docs/cli.md). */
export const MergeReportSchema = z.object({
  period: z.string(),
  output: z.string().nullable(),
  files: z.array(FileReportSchema),
  totals: SheetCountsSchema,
  completeness: z
    .object({
      expected: z.number().int().min(0),
      received: z.number().int().min(0),
      accepted: z.number().int().min(0),
    })
    .nullable(),
  issues: z.array(IssueJsonSchema),
  villages: z.array(VillageIndicatorsSchema),
});

export type MergeReportJson = z.infer<typeof MergeReportSchema>;

/** The message of an issue; one read back from a workbook keeps its recorded message. */
export function issueMessage(
  issue: MergeIssue,
  lang: Lang,
  sheets: StandardSheets = SHEETS,
): string {
  return issue.message ?? renderMessage(issue, lang, sheets);
}

/** An issue as JSON (docs/issue-codes.md), with `file`. */
export function toMergeIssueJson(
  issue: MergeIssue,
  lang: Lang,
  sheets: StandardSheets = SHEETS,
): IssueJson {
  return { ...toIssueJson(issue, lang, sheets), message: issueMessage(issue, lang, sheets) };
}

/** The merge report (docs/cli.md); `outputPath` is the workbook written, null when none. */
export function toMergeReportJson(
  result: MergeResult,
  lang: Lang,
  outputPath: string | null,
): MergeReportJson {
  return {
    period: result.period,
    output: outputPath,
    files: result.files.map((f) => ({
      file: f.file,
      sha256: f.sha256,
      agency_code: f.agencyCode,
      agency_name: f.agencyName,
      partners: f.partners,
      submitted_on: f.submittedOn,
      status: f.status,
      rows: f.rows,
    })),
    totals: result.totals,
    completeness: result.completeness,
    issues: result.issues.map((i) => toMergeIssueJson(i, lang)),
    villages: [...result.indicators],
  };
}
