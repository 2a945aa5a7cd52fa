import type { IssueJson } from "../messages/issue-json";
import { renderMessage, toIssueJson } from "../messages/render";
import type { StandardSheets } from "../messages/render";
import { SHEETS } from "../spec/sheets";
import type { Lang } from "../messages";
import type { MergeIssue, MergeResult } from "./types";
import type { MergeReportJson } from "./report-schema";

export type { MergeReportJson } from "./report-schema";

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
