import { z } from "zod";
import { RowCountsSchema } from "../merge/report-schema";
import { IssueJsonSchema } from "../messages/issue-json";

/** One area of a register merge's report: its indicators' values. */
const AreaSchema = z.object({
  level: z.enum(["county", "township", "village"]),
  code: z.string().nullable(),
  name: z.string().nullable(),
  township: z.string().nullable(),
  county: z.string().nullable(),
  villages: z.number().int().min(0),
  /** By indicator key; null where a rate has no denominator. */
  indicators: z.record(z.string(), z.number().nullable()),
});

/** A register merge as `merge --json` and `indicators --json` print it (docs/monitoring.md). */
export const RegisterReportSchema = z.object({
  standard: z.string(),
  output: z.string().nullable(),
  files: z.array(
    z.object({
      file: z.string(),
      sha256: z.string().nullable(),
      status: z.enum(["accepted", "rejected"]),
      rows: z.record(z.string(), RowCountsSchema),
    }),
  ),
  totals: z.record(z.string(), RowCountsSchema),
  issues: z.array(IssueJsonSchema),
  villages: z.array(AreaSchema),
  areas: z.array(AreaSchema),
});

export type RegisterReportJson = z.infer<typeof RegisterReportSchema>;

export type RegisterAreaJson = z.infer<typeof AreaSchema>;
