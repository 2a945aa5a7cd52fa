import type { Config } from "../config";
import type { VillageIndicators } from "../indicators/registry";
import type { AreaTotals } from "../indicators/totals";
import type { IssueCode } from "../issues/codes";
import type { Issue, JsonValue } from "../issues/issue";
import type { DataSheetKey } from "../spec/sheets";
import type { Standard } from "../standard/standard";
import type { MergedRows } from "../indicators/merged-data";

/** One line of the pairing list (docs/configuration.md). */
export interface Pairing {
  readonly agencyCode: string;
  readonly agencyName: string;
  readonly villageCode: string;
}

export const FILE_STATUSES = ["accepted", "rejected", "superseded"] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

/** Accounting of one sheet: read = merged + rejected + superseded (docs/merge.md). */
export interface RowCounts {
  readonly read: number;
  readonly merged: number;
  readonly rejected: number;
  readonly superseded: number;
}

export type SheetCounts = { readonly [S in DataSheetKey]: RowCounts };

/** Column letters of each field found in a file's sheets: where merge issues point. */
export type FileColumns = { readonly [S in DataSheetKey]?: Readonly<Record<string, string>> };

/** One input file as the merge judged it (a 报送单位 row). */
export interface FileOutcome {
  readonly file: string;
  readonly name: string;
  readonly sha256: string | null;
  readonly agencyCode: string | null;
  readonly agencyName: string | null;
  /** The period the file states (报送期间), not the merge period. */
  readonly period: string | null;
  readonly partners: string | null;
  readonly submittedOn: string | null;
  readonly status: FileStatus;
  readonly rows: SheetCounts;
  readonly columns: FileColumns;
}

/** A data row that was not merged, kept with its values as read (未合并行). */
export interface UnmergedRow {
  readonly file: string;
  readonly sheet: DataSheetKey;
  readonly rowNumber: number;
  /** Codes of the issues that kept it out, in the order of docs/issue-codes.md. */
  readonly codes: readonly IssueCode[];
  readonly raw: Readonly<Record<string, JsonValue>>;
}

/** An issue, possibly read back from a 问题清单 with its message already rendered. */
export interface MergeIssue extends Issue {
  readonly message?: string;
}

/** What a consolidated workbook holds, and what `merge --into` starts from. */
export interface ConsolidatedData {
  readonly period: string;
  /** Written with --mask-ids: the IDs are gone, so it cannot be merged into. */
  readonly masked: boolean;
  /** In path order. */
  readonly files: readonly FileOutcome[];
  readonly rows: MergedRows;
  readonly unmerged: readonly UnmergedRow[];
  readonly issues: readonly MergeIssue[];
}

export interface Completeness {
  readonly expected: number;
  readonly received: number;
  readonly accepted: number;
}

export interface MergeResult extends ConsolidatedData {
  readonly totals: SheetCounts;
  /** Null without a pairing list. */
  readonly completeness: Completeness | null;
  readonly indicators: readonly VillageIndicators[];
  /** The city, each district and township (汇总). */
  readonly areas: readonly AreaTotals[];
}

export interface MergeOptions {
  readonly config: Config;
  /** The merge period; by default the one most agencies state (docs/merge.md). */
  readonly period?: string;
  readonly pairings?: readonly Pairing[];
  readonly into?: ConsolidatedData;
  /** Indicators need no ID numbers, so only a merge refuses a masked workbook; default merge. */
  readonly purpose?: Purpose;
  /** The standard of the submissions (a region's extension of 2018's); 2018's by default. */
  readonly standard?: Standard;
}

/** What a consolidation is for: a consolidated workbook, or only its indicators. */
export type Purpose = "merge" | "indicators";

/** Misuse the CLI maps to exit 2 and the taskpane shows as a notification. */
export type MergeError =
  | { readonly kind: "masked-into" }
  | { readonly kind: "period-conflict"; readonly period: string; readonly intoPeriod: string }
  | { readonly kind: "no-readable-submission" }
  | { readonly kind: "no-period" };

export type MergeOutcome =
  | { readonly ok: true; readonly result: MergeResult }
  | { readonly ok: false; readonly error: MergeError };
