import { z } from "zod";
import { VillageIndicatorsSchema } from "../indicators/report-schema";
import { IssueJsonSchema } from "../messages/issue-json";
import { DATA_SHEETS } from "../spec/sheets";
import type { DataSheetKey } from "../spec/sheets";
import { FILE_STATUSES } from "./types";

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
