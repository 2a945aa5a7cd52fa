import {
  FORMATS,
  dateToSerial,
  isDateCell,
  isDateFormat,
  isErrorCell,
  isFormulaCell,
  serialToDate,
} from "../../core";
import type { Cell, CellRange, DateCell, ErrorCell, Scalar } from "../../core";

/** What Office.js reports for one cell, from the arrays of one loaded range. */
export interface ExcelCellData {
  readonly value: unknown;
  readonly formula: unknown;
  readonly numberFormat: unknown;
  readonly valueType: unknown;
}

const TEXT_FORMAT = FORMATS.text;

function scalarOf(data: ExcelCellData, date1904: boolean): Scalar | DateCell | ErrorCell | null {
  const { value, valueType, numberFormat } = data;
  if (valueType === "Error") return { error: String(value) };
  if (valueType === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (typeof numberFormat === "string" && isDateFormat(0, numberFormat)) {
      return serialToDate(value, date1904) ?? value;
    }
    return value;
  }
  if (typeof value === "boolean" || typeof value === "string") return value;
  // Office reports numbers, text and booleans: anything else holds no value.
  return null;
}

/**
 * A cell of the neutral grid from what Excel reports: a number shown as a date becomes a date
 * (pure arithmetic, no time zone), an error value an error, and a formula its cached result.
 * A text cell holding "=x" reports the same text as value and formula: it is no formula.
 */
export function toGridCell(data: ExcelCellData, date1904: boolean): Cell {
  const cell = scalarOf(data, date1904);
  const { formula, value } = data;
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) {
    return { formula: true, result: cell };
  }
  return cell;
}

/** Arrays of one loaded range; formulas and value types only where no cell kinds are known. */
export interface ExcelArrays {
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly formulas?: readonly (readonly unknown[])[];
  readonly valueTypes?: readonly (readonly unknown[])[];
}

/** Formula and error cells of a range (special cells), relative to its top-left cell. */
export interface CellKinds {
  readonly formulas: readonly CellRange[];
  readonly errors: readonly CellRange[];
}

/** Cell indexes (row × width + column) of the areas, clipped to a range of that width. */
function indexesOf(areas: readonly CellRange[], width: number, height: number): Set<number> {
  const indexes = new Set<number>();
  for (const a of areas) {
    for (let r = Math.max(0, a.top); r <= Math.min(a.bottom, height - 1); r++) {
      for (let c = Math.max(0, a.left); c <= Math.min(a.right, width - 1); c++) {
        indexes.add(r * width + c);
      }
    }
  }
  return indexes;
}

/**
 * The rows of a loaded range as grid rows; empty cells are null, empty rows undefined. With
 * `kinds`, formula and error cells come from them instead of the formulas and value types.
 */
export function toGridRows(
  arrays: ExcelArrays,
  date1904: boolean,
  kinds?: CellKinds,
): (Cell[] | undefined)[] {
  const width = arrays.values[0]?.length ?? 0;
  const height = arrays.values.length;
  const formulaCells = kinds && indexesOf(kinds.formulas, width, height);
  const errorCells = kinds && indexesOf(kinds.errors, width, height);
  return arrays.values.map((row, r) => {
    let last = -1;
    const cells = row.map((value, c) => {
      const numberFormat = arrays.numberFormat[r]?.[c];
      let cell: Cell;
      if (formulaCells && errorCells) {
        const valueType = errorCells.has(r * width + c) ? "Error" : undefined;
        const scalar = scalarOf({ value, formula: undefined, numberFormat, valueType }, date1904);
        cell = formulaCells.has(r * width + c) ? { formula: true, result: scalar } : scalar;
      } else {
        const formula = arrays.formulas?.[r]?.[c];
        const valueType = arrays.valueTypes?.[r]?.[c];
        cell = toGridCell({ value, formula, numberFormat, valueType }, date1904);
      }
      if (cell !== null) last = c;
      return cell;
    });
    return last < 0 ? undefined : cells.slice(0, last + 1);
  });
}

/** Could Excel read this text as something else: a number, date, boolean, error or formula? */
export function isConvertibleText(text: string): boolean {
  return /\d/.test(text) || /^[=+\-@＝＋－＠\t\r\n'#\s]/.test(text) || /^(true|false)$/i.test(text);
}

/** A value and, where the cell needs one, the number format to set before it (null: leave). */
export interface ExcelInput {
  readonly value: Scalar;
  readonly numberFormat: string | null;
}

/**
 * How to write a grid cell so that Excel keeps it: text that Excel could convert (codes,
 * IDs, "2018-06-27", "=…") goes into a cell formatted as text; a date is a serial with a date
 * format; a formula is written as its result, never as a formula.
 */
export function toExcelInput(
  cell: Cell,
  plannedFormat: string | null,
  date1904: boolean,
): ExcelInput {
  if (cell === null || cell === undefined) return { value: "", numberFormat: null };
  if (isFormulaCell(cell)) return toExcelInput(cell.result, plannedFormat, date1904);
  if (isErrorCell(cell)) return { value: cell.error, numberFormat: TEXT_FORMAT };
  if (isDateCell(cell)) {
    const keep = plannedFormat !== null && isDateFormat(0, plannedFormat);
    const format = cell.date.includes("T") ? FORMATS.datetime : FORMATS.date;
    return { value: dateToSerial(cell.date, date1904), numberFormat: keep ? null : format };
  }
  if (typeof cell === "string") {
    const needsText = plannedFormat !== TEXT_FORMAT && isConvertibleText(cell);
    return { value: cell, numberFormat: needsText ? TEXT_FORMAT : null };
  }
  return { value: cell, numberFormat: plannedFormat === TEXT_FORMAT ? "General" : null };
}
