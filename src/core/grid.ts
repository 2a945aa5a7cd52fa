/**
 * The boundary between hosts and the core: a sheet as plain data. Both the file reader and
 * the Office host produce it; the core never sees an exceljs object or an Office proxy.
 */

/** A value as a cell shows it: text, number, boolean. */
export type Scalar = string | number | boolean;

/** A number formatted as a date, as ISO text `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`. */
export interface DateCell {
  readonly date: string;
}

/** An Excel error value such as `#N/A` or `#DIV/0!`. */
export interface ErrorCell {
  readonly error: string;
}

/** A formula, with its cached result (`null`: none was stored). */
export interface FormulaCell {
  readonly formula: true;
  readonly result: Scalar | DateCell | ErrorCell | null;
}

export type Cell = Scalar | DateCell | ErrorCell | FormulaCell | null | undefined;

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetGrid {
  readonly name: string;
  /** rows[rowIndex][columnIndex]; rows and cells may be missing (empty). */
  readonly rows: readonly (readonly Cell[] | undefined)[];
  /** Merged ranges; hosts leave every cell but the top-left one empty. */
  readonly merges: readonly CellRange[];
  readonly hidden?: boolean;
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
}

export function isDateCell(cell: Cell): cell is DateCell {
  return typeof cell === "object" && cell !== null && "date" in cell;
}

export function isErrorCell(cell: Cell): cell is ErrorCell {
  return typeof cell === "object" && cell !== null && "error" in cell;
}

export function isFormulaCell(cell: Cell): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

/** Column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnName(columnIndex: number): string {
  let name = "";
  for (let n = columnIndex + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** A1 address of 0-based indexes. */
export function address(rowIndex: number, columnIndex: number): string {
  return cellAddress(columnName(columnIndex), rowIndex + 1);
}

// Addresses of the first rows, kept: every file of a read repeats them (a string less per cell
// read), up to a bound that no file's columns and rows can push memory past.
const KEPT_ROWS = 4096;
const KEPT_ADDRESSES = 262144;
const keptAddresses = new Map<string, string[]>();
let keptCount = 0;

/** A1 address of a column's letters and a 1-based row number. */
export function cellAddress(letters: string, rowNumber: number): string {
  let column = keptAddresses.get(letters);
  const kept = column?.[rowNumber];
  if (kept !== undefined) return kept;
  const made = `${letters}${rowNumber}`;
  if (rowNumber > KEPT_ROWS || keptCount >= KEPT_ADDRESSES) return made;
  if (!column) keptAddresses.set(letters, (column = []));
  column[rowNumber] = made;
  keptCount++;
  return made;
}

/** A1 text of a range: `B3`, or `B3:D9`. */
export function rangeAddress(r: CellRange): string {
  const topLeft = address(r.top, r.left);
  return r.top === r.bottom && r.left === r.right
    ? topLeft
    : `${topLeft}:${address(r.bottom, r.right)}`;
}

/** 0-based indexes of an A1 address, or null when it is not one. */
export function parseAddress(a1: string): { rowIndex: number; columnIndex: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(a1.toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return { rowIndex: Number(m[2]) - 1, columnIndex: col - 1 };
}

/** 0-based bounds of an A1 range (`B3` or `B3:D9`, either corner first), or null. */
export function parseRange(a1: string): CellRange | null {
  const [from, to = from] = a1.split(":");
  const a = from === undefined ? null : parseAddress(from);
  const b = parseAddress(to ?? "");
  if (!a || !b) return null;
  return {
    top: Math.min(a.rowIndex, b.rowIndex),
    left: Math.min(a.columnIndex, b.columnIndex),
    bottom: Math.max(a.rowIndex, b.rowIndex),
    right: Math.max(a.columnIndex, b.columnIndex),
  };
}
