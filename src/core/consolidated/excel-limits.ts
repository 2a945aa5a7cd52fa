import type { ConsolidatedSheets } from "./plan";

/** The rows and columns of one Excel worksheet: more is cut off or repaired when opened. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/** A planned sheet Excel cannot hold whole. */
export interface SheetOverLimit {
  readonly sheet: string;
  /** Rows it would take, its header included. */
  readonly rows: number;
  readonly columns: number;
}

/** The first planned sheet past Excel's rows or columns, or null (docs/limits.md). */
export function sheetOverExcelLimits(plan: ConsolidatedSheets): SheetOverLimit | null {
  for (const sheet of plan.sheets) {
    const rows = sheet.rows.length + (sheet.header ? 1 : 0);
    const columns = sheet.columns.length;
    if (rows > EXCEL_MAX_ROWS || columns > EXCEL_MAX_COLUMNS) {
      return { sheet: sheet.name, rows, columns };
    }
  }
  return null;
}
