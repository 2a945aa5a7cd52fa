import { z } from "zod";
import { ISSUE_CODES, SEVERITIES } from "../issues/codes";

const JsonValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** An issue as JSON (docs/issue-codes.md); `file` is set in merge reports. */
export const IssueJsonSchema = z.object({
  file: z.string().optional(),
  code: z.enum(ISSUE_CODES),
  severity: z.enum(SEVERITIES),
  /** Key of the sheet in the standard (docs/standard.md), null for the whole workbook. */
  sheet: z.string().nullable(),
  cell: z.string().nullable(),
  field: z.string().nullable(),
  value: JsonValueSchema.optional(),
  normalized: JsonValueSchema.optional(),
  message: z.string(),
});

export type IssueJson = z.infer<typeof IssueJsonSchema>;
