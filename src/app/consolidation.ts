// What a consolidation is, for every workflow: its request, its outcome, why it did not happen.
import type {
  Config,
  InputFile,
  MergeError,
  MergeResult,
  Pairing,
  Purpose,
  RegisterResult,
  SheetOverLimit,
  Standard,
} from "../core";

/** The options of the paired workflow (docs/merge.md), which a register merge does not take. */
export type PairedOption = "into" | "period" | "pairings";

/** Why nothing was consolidated or written: misuse, which a host shows and the CLI exits 2 on. */
export type ConsolidateError =
  | MergeError
  /** `into` is neither a consolidated workbook nor a blank one. */
  | { readonly kind: "not-consolidated"; readonly file: string }
  | { readonly kind: "several-consolidated"; readonly files: readonly string[] }
  /** Indicators of submissions that are all rejected whole (docs/issue-codes.md): none count. */
  | { readonly kind: "nothing-counts" }
  /** A sheet to write would pass Excel's rows or columns (docs/limits.md). */
  | ({ readonly kind: "over-excel-limits" } & SheetOverLimit)
  /** An option of the paired workflow given to a register standard's merge (docs/monitoring.md). */
  | { readonly kind: "paired-only"; readonly option: PairedOption };

/** What a consolidation merged, by its standard's workflow. */
export type Consolidated =
  | { readonly workflow: "paired"; readonly result: MergeResult; readonly standard: Standard }
  | { readonly workflow: "register"; readonly result: RegisterResult; readonly standard: Standard };

export type ConsolidateOutcome =
  | ({
      readonly ok: true;
      /** `into` was blank: none of its sheets belongs to the consolidated workbook. */
      readonly intoBlank: boolean;
    } & Consolidated)
  | { readonly ok: false; readonly error: ConsolidateError };

export interface ConsolidateRequest {
  /** Submissions, and at most one consolidated workbook (recognised by its _meta). */
  readonly inputs: readonly InputFile[];
  /** What to merge into (`--into`, the open workbook): consolidated, or blank to start afresh. */
  readonly into?: InputFile;
  readonly purpose: Purpose;
  readonly config: Config;
  /** The merge period; by default the one most agencies state (docs/merge.md). */
  readonly period?: string;
  readonly pairings?: readonly Pairing[];
  /** The standard of the submissions; the 2018 standard by default. */
  readonly standard?: Standard;
}
