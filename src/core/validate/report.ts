import { toIssueJson } from "../messages/render";
import type { StandardSheets } from "../messages/render";
import type { SubmissionFile } from "../model";
import type { Lang } from "../messages";
import type { ValidateReportJson } from "./report-schema";

export type { ValidateReportJson } from "./report-schema";

export function toValidateReportJson(
  files: readonly SubmissionFile[],
  lang: Lang,
  sheets?: StandardSheets,
): ValidateReportJson {
  const text = (v: unknown) => (typeof v === "string" ? v : null);
  return {
    files: files.map((f) => ({
      file: f.file,
      template: f.read.template,
      agency_code: text(f.read.form?.values.agency_code),
      period: text(f.read.form?.values.period),
      issues: f.read.issues.map((i) => toIssueJson(i, lang, sheets)),
    })),
  };
}
