import type { JsonValue } from "../issues/issue";
import type { RecordValues } from "../model";
import type { DataSheetKey } from "../spec/sheets";

/** A valid row of a counting submission, with its provenance (docs/merge.md). */
export interface MergedRow {
  readonly sheet: DataSheetKey;
  readonly agencyCode: string;
  readonly agencyName: string;
  /** Path of the source file as given: links the row to its 报送单位 entry. */
  readonly file: string;
  /** Base name of the source file (来源文件). */
  readonly name: string;
  /** Excel row number in the source sheet (来源行). */
  readonly rowNumber: number;
  readonly values: RecordValues;
  /** Values as read (dates as YYYY-MM-DD). */
  readonly raw: Readonly<Record<string, JsonValue>>;
  /** A1 address of each field's cell in the source file, where its column is known. */
  readonly cells: Readonly<Record<string, string>>;
  /** 采用 on villages and households; null on the other sheets. */
  readonly adopted: boolean | null;
}

export type MergedRows = { readonly [S in DataSheetKey]: readonly MergedRow[] };

/** What indicators are computed from: the merged rows of every data sheet. */
export interface MergedData {
  readonly rows: MergedRows;
}
