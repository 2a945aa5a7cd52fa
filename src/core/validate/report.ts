import { z } from "zod";
import { IssueJsonSchema } from "../messages/issue-json";
import { toIssueJson } from "../messages/render";
import type { StandardSheets } from "../messages/render";
import type { SubmissionFile } from "../model";
import type { Lang } from "../messages";

/** What `validate --json` prints (docs/cli.md): each file on its own, in the order given. */
export const ValidateReportSchema = z.object({
  files: z.array(
    z.object({
      file: z.string(),
      template: z.string().nullable(),
      agency_code: z.string().nullable(),
      period: z.string().nullable(),
      issues: z.array(IssueJsonSchema),
    }),
  ),
});

export type ValidateReportJson = z.infer<typeof ValidateReportSchema>;

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
