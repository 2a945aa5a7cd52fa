import { z } from "zod";
import { RowCountsSchema, toMergeIssueJson } from "../merge/report";
import { IssueJsonSchema } from "../messages/issue-json";
import type { Lang } from "../messages";
import type { Standard } from "../standard/standard";
import type { RegisterArea, RegisterResult } from "./types";

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

function areaJson(area: RegisterArea): z.infer<typeof AreaSchema> {
  const indicators = Object.fromEntries(
    Object.entries(area.indicators).map(([key, sums]) => [key, sums.value]),
  );
  return { ...area, indicators };
}

/** The report of a register merge; `outputPath` is the workbook written, null when none. */
export function toRegisterReportJson(
  result: RegisterResult,
  standard: Standard,
  lang: Lang,
  outputPath: string | null,
): RegisterReportJson {
  return {
    standard: result.standardId,
    output: outputPath,
    files: result.files.map((f) => ({
      file: f.file,
      sha256: f.sha256,
      status: f.status,
      rows: { ...f.rows },
    })),
    totals: { ...result.totals },
    issues: result.issues.map((i) => toMergeIssueJson(i, lang, standard.sheets)),
    villages: result.villages.map(areaJson),
    areas: result.areas.map(areaJson),
  };
}
