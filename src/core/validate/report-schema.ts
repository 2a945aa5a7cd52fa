import { z } from "zod";
import { IssueJsonSchema } from "../messages/issue-json";

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
