import type { FieldSpec, SheetSpec } from "../spec/sheets";
import type { Cell } from "../grid";
import { isDateCell, isErrorCell, isFormulaCell } from "../grid";
import type { SheetCells } from "./sheet-cells";
import { comparable, isBlankText, isRowNumberLabel, splitLabel } from "./text";

// Built once per sheet spec: every file of a read repeats the same sheets.
const LABEL_INDEXES = new WeakMap<SheetSpec, ReadonlyMap<string, FieldSpec>>();

/** Labels a field answers to: zh-CN label, English label, key, aliases (docs/standard.md). */
export function labelIndex(spec: SheetSpec): ReadonlyMap<string, FieldSpec> {
  let index = LABEL_INDEXES.get(spec);
  if (!index) {
    const built = new Map<string, FieldSpec>();
    for (const f of spec.fields) {
      for (const label of [f.label.zh, f.label.en, f.key, ...(f.aliases ?? [])]) {
        built.set(splitLabel(label).label, f);
      }
    }
    LABEL_INDEXES.set(spec, (index = built));
  }
  return index;
}

/** Text of a header or label cell, or null when it holds none. */
export function cellText(cell: Cell): string | null {
  if (cell === null || cell === undefined || isErrorCell(cell)) return null;
  if (isFormulaCell(cell)) return cellText(cell.result);
  if (isDateCell(cell)) return cell.date;
  const text = String(cell);
  return isBlankText(text) ? null : text;
}

export interface HeaderCell {
  readonly columnIndex: number;
  readonly text: string;
  readonly field: FieldSpec | null;
  readonly unit: string | null;
  readonly rowNumber: boolean;
}

const HEADER_SEARCH_ROWS = 10;

/** Header cells of a row, classified. */
export function classifyRow(
  cells: SheetCells,
  rowIndex: number,
  index: ReadonlyMap<string, FieldSpec>,
): HeaderCell[] {
  const out: HeaderCell[] = [];
  const width = cells.columnCount(rowIndex);
  for (let c = 0; c < width; c++) {
    const text = cellText(cells.get(rowIndex, c));
    if (text === null) continue;
    const { label, unit } = splitLabel(text);
    const field = index.get(label) ?? index.get(comparable(text)) ?? null;
    out.push({ columnIndex: c, text, field, unit, rowNumber: !field && isRowNumberLabel(label) });
  }
  return out;
}

/**
 * The header row: the first of rows 1–10 with at least two known labels, in which at least
 * half of the non-empty cells (row-number column left out) are known labels (docs/standard.md).
 * In a wide export (a register's), the row of rows 1–10 with the most known labels, at least three.
 */
export function findHeaderRow(
  cells: SheetCells,
  index: ReadonlyMap<string, FieldSpec>,
  wide = false,
): { rowIndex: number; header: HeaderCell[] } | null {
  const last = Math.min(HEADER_SEARCH_ROWS, cells.rowCount);
  let best: { rowIndex: number; header: HeaderCell[]; known: number } | null = null;
  for (let r = 0; r < last; r++) {
    const header = classifyRow(cells, r, index);
    const counted = header.filter((h) => !h.rowNumber);
    const known = counted.filter((h) => h.field !== null).length;
    if (!wide && known >= 2 && known * 2 >= counted.length) return { rowIndex: r, header };
    if (wide && known >= 3 && known > (best?.known ?? 0)) best = { rowIndex: r, header, known };
  }
  return best && { rowIndex: best.rowIndex, header: best.header };
}
