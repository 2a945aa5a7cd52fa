import type { Cell, CellRange, SheetGrid } from "../grid";

/**
 * Cell access that applies the merged-cell rule of docs/standard.md to merged ranges: only the
 * top-left cell holds the value, whatever the host reported; `fill` says which columns repeat it
 * down the range.
 */
export interface SheetCells {
  readonly rowCount: number;
  columnCount(rowIndex: number): number;
  get(rowIndex: number, columnIndex: number): Cell;
  /** The range a cell belongs to, if merged. */
  mergeAt(rowIndex: number, columnIndex: number): CellRange | undefined;
  /** Ascending indexes of the row's columns that may hold a value; empty columns are skipped. */
  filledColumns(rowIndex: number): readonly number[];
}

const NONE: readonly number[] = [];

// Cells per row are bounded by Excel at 16,384 columns, so this key cannot collide.
const key = (r: number, c: number) => r * 16384 + c;

export function sheetCells(sheet: SheetGrid, fill: (columnIndex: number) => boolean): SheetCells {
  const rowCount = sheet.rows.length;
  const overrides = new Map<number, Cell>();
  const merged = new Map<number, CellRange>();
  const filledByMerge = new Map<number, number[]>();
  for (const m of sheet.merges) {
    const bottom = Math.min(m.bottom, rowCount - 1);
    const top = sheet.rows[m.top]?.[m.left];
    for (let r = m.top; r <= bottom; r++) {
      const width = sheet.rows[r]?.length ?? 0;
      const right = Math.min(m.right, Math.max(width - 1, m.left));
      for (let c = m.left; c <= right; c++) {
        merged.set(key(r, c), m);
        if (r === m.top && c === m.left) continue;
        const filled = c === m.left && r > m.top && fill(c);
        overrides.set(key(r, c), filled ? top : null);
        if (filled) filledByMerge.set(r, [...(filledByMerge.get(r) ?? NONE), c]);
      }
    }
  }
  return {
    rowCount,
    columnCount: (r) => sheet.rows[r]?.length ?? 0,
    // Without merges (most sheets), no lookup of the overrides per cell.
    get:
      overrides.size === 0
        ? (r, c) => sheet.rows[r]?.[c]
        : (r, c) => {
            const k = key(r, c);
            return overrides.has(k) ? overrides.get(k) : sheet.rows[r]?.[c];
          },
    mergeAt: (r, c) => merged.get(key(r, c)),
    filledColumns(r) {
      const row = sheet.rows[r];
      const stored = row ? storedColumns(row) : NONE;
      const byMerge = filledByMerge.get(r);
      if (!byMerge) return stored;
      return [...new Set([...stored, ...byMerge])].sort((a, b) => a - b);
    },
  };
}

// Rows up to this long are walked for their stored cells rather than listed by Object.keys.
const SHORT_ROW = 64;

/** Indexes of a row's stored cells; holes and cells stored as undefined are left out. */
function storedColumns(row: readonly Cell[]): number[] {
  // Object.keys skips holes (a row with one value in column XFD costs one entry, not 16,384)
  // but makes a string of every index: a short row is walked instead.
  if (row.length > SHORT_ROW) {
    return Object.keys(row)
      .map(Number)
      .filter((c) => row[c] !== undefined);
  }
  const columns: number[] = [];
  for (let c = 0; c < row.length; c++) if (row[c] !== undefined) columns.push(c);
  return columns;
}
