import type { Issue, JsonValue } from "./issues/issue";
import type { ReasonOf } from "./issues/reasons";
import type { WorkbookGrid } from "./grid";
import type { FieldValue } from "./spec/types";

/** Canonical values of one record, by field key; null when empty or unreadable. */
export type RecordValues = Readonly<Record<string, FieldValue | null>>;

/** One data row (or the submission form) as read and validated. */
export interface RowRecord {
  /** Excel row number in the source sheet (1-based, title rows counted). */
  readonly rowNumber: number;
  readonly values: RecordValues;
  /** Values as read, for 未合并行 (dates as YYYY-MM-DD); only fields whose column exists. */
  readonly raw: Readonly<Record<string, JsonValue>>;
  /** A1 address of each field's cell, for fields whose column exists. */
  readonly cells: Readonly<Record<string, string>>;
  /** False when the row has at least one error issue: it is not merged (docs/issue-codes.md). */
  readonly valid: boolean;
}

/** A data sheet as read: its data rows (docs/standard.md), valid or not. */
export interface TableRead {
  readonly sheetName: string;
  readonly rows: readonly RowRecord[];
  /** A header-missing / header-duplicate rejects every row of the sheet (docs/issue-codes.md). */
  readonly rejected: boolean;
}

/**
 * One workbook read and validated on its own (docs/standard.md, docs/issue-codes.md,
 * docs/configuration.md).
 */
export interface SubmissionRead {
  /** `_meta` template id, null when unknown. */
  readonly template: string | null;
  /** Name in the file of each sheet found, by key. */
  readonly sheetNames: Readonly<Partial<Record<string, string>>>;
  /** The submission form (报送信息), null when the sheet is missing. */
  readonly form: RowRecord | null;
  /** The table sheets found, by key in the standard. */
  readonly tables: Readonly<Partial<Record<string, TableRead>>>;
  /** Sorted in the order of docs/issue-codes.md. */
  readonly issues: readonly Issue[];
  /**
   * The whole file is rejected: unreadable, submission or villages missing or with a header
   * error, or an error on agency_code, agency_name, period or submitted_on (docs/issue-codes.md).
   */
  readonly rejected: boolean;
}

/** A submission file as read by a host: its identity and its validated content. */
export interface SubmissionFile {
  /** Path as given on the command line (or file name in the add-in). */
  readonly file: string;
  /** Base name, without folders. */
  readonly name: string;
  /** SHA-256 of the bytes, hex; null when the file could not be read at all. */
  readonly sha256: string | null;
  readonly read: SubmissionRead;
}

/** A workbook file's content as a host read it: validated records, its grid, or why not. */
export type FileContent =
  /**
   * Validated where it was read (a worker), so that only the records cross threads; read for its
   * issues only (`aidsheet validate`, 校验), its `tables` are empty.
   */
  | { readonly ok: true; readonly read: SubmissionRead }
  /** A consolidated workbook, or a file read without validating it. */
  | { readonly ok: true; readonly grid: WorkbookGrid }
  | {
      readonly ok: false;
      readonly reason: ReasonOf<"unreadable">;
      readonly detail?: string;
      readonly limit?: number;
    };

/** A file given to a use case: its identity as in SubmissionFile, and what was read of it. */
export interface InputFile {
  readonly file: string;
  readonly name: string;
  readonly sha256: string | null;
  readonly content: FileContent;
}
