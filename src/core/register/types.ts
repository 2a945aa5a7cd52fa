import type { IssueCode } from "../issues/codes";
import type { JsonValue } from "../issues/issue";
import type { RecordValues } from "../model";
import type { MergeIssue, RowCounts } from "../merge/types";

/** A row of a register merged, tagged with where it came from. */
export interface RegisterRow {
  readonly file: string;
  readonly name: string;
  readonly rowNumber: number;
  readonly values: RecordValues;
  /** A1 address of each field's cell in its file. */
  readonly cells: Readonly<Record<string, string>>;
}

/** A row that was not merged, with its values as read (未合并行). */
export interface UnmergedRegisterRow {
  readonly file: string;
  /** The sheet's key in the standard. */
  readonly sheet: string;
  readonly rowNumber: number;
  readonly outcome: "rejected" | "superseded";
  /** Why, in the order of docs/issue-codes.md: the row's errors, or cross-duplicate. */
  readonly codes: readonly IssueCode[];
  readonly raw: Readonly<Record<string, JsonValue>>;
}

/** One input file of a register merge: rejected whole, or its rows judged one by one. */
export interface RegisterFileOutcome {
  readonly file: string;
  readonly name: string;
  readonly sha256: string | null;
  readonly status: "accepted" | "rejected";
  /** Per sheet key: read = merged + rejected + superseded. */
  readonly rows: Readonly<Record<string, RowCounts>>;
}

/** Registers merged (docs/monitoring.md): every row read is merged, superseded or rejected. */
export interface RegisterMerge {
  readonly standardId: string;
  /** In path order. */
  readonly files: readonly RegisterFileOutcome[];
  /** Merged rows per sheet key, in path order then row order. */
  readonly rows: Readonly<Record<string, readonly RegisterRow[]>>;
  readonly unmerged: readonly UnmergedRegisterRow[];
  readonly totals: Readonly<Record<string, RowCounts>>;
  /** The files' own issues (with `file`) and the merge's. */
  readonly issues: readonly MergeIssue[];
}

/** An indicator's value over some rows: the sums it comes from, and the value (null: none). */
export interface IndicatorSums {
  readonly numerator: number;
  /** Null for an indicator without a denominator. */
  readonly denominator: number | null;
  readonly value: number | null;
}

/** The indicators of one area: a village, a township or the county. */
export interface RegisterArea {
  readonly level: "county" | "township" | "village";
  /** The village code for a village; null for townships and counties. */
  readonly code: string | null;
  readonly name: string | null;
  readonly township: string | null;
  readonly county: string | null;
  readonly villages: number;
  /** By indicator key, in the standard's order. */
  readonly indicators: Readonly<Record<string, IndicatorSums>>;
}

export interface RegisterResult extends RegisterMerge {
  /** Per village, ordered by county, township and village code. */
  readonly villages: readonly RegisterArea[];
  /** Each county, then its townships. */
  readonly areas: readonly RegisterArea[];
}
