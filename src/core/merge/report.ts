import type { VillageIndicators } from "../indicators/registry";
import { renderMessage, toIssueJson } from "../messages/render";
import type { IssueJson } from "../messages/render";
import type { Lang } from "../spec/types";
import type { Completeness, FileStatus, MergeIssue, MergeResult, SheetCounts } from "./types";

/** One file of the merge report (SPEC 7). */
export interface FileReportJson {
  file: string;
  sha256: string | null;
  agency_code: string | null;
  agency_name: string | null;
  partners: string | null;
  submitted_on: string | null;
  status: FileStatus;
  rows: SheetCounts;
}

/** The merge report of SPEC 7, as `merge --json` prints it and `--report` writes it. */
export interface MergeReportJson {
  period: string;
  output: string | null;
  files: FileReportJson[];
  totals: SheetCounts;
  completeness: Completeness | null;
  issues: IssueJson[];
  villages: readonly VillageIndicators[];
}

/** The message of an issue; one read back from a workbook keeps its recorded message. */
export function issueMessage(issue: MergeIssue, lang: Lang): string {
  return issue.message ?? renderMessage(issue, lang);
}

/** An issue as JSON (SPEC 3), with `file`. */
export function toMergeIssueJson(issue: MergeIssue, lang: Lang): IssueJson {
  return { ...toIssueJson(issue, lang), message: issueMessage(issue, lang) };
}

/** The merge report of SPEC 7; `outputPath` is the workbook written, null when none. */
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
    villages: result.indicators,
  };
}
