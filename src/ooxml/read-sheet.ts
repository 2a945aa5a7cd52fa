// The leaf module, not the door: a worker that only reads must not load the whole core.
import { isoToDate, serialToDate } from "../core/excel-values";
import type { Cell, CellRange } from "../core";
import { strToU8 } from "fflate";
import {
  CLOSE,
  EOF,
  OPEN,
  TEXT,
  XlsxFormatError,
  XmlScanner,
  decodeEscapes,
  decodeXml,
  startsWith,
  utf8,
} from "./xml-scanner";

/** What a sheet's cells refer to elsewhere in the workbook. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** By cellXfs index: the style's number format shows a date. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

export interface SheetCells {
  readonly rows: (Cell[] | undefined)[];
  readonly merges: CellRange[];
}

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

type Value = Exclude<Cell, null | undefined>;

/**
 * Reads the values of one worksheet part: cells (cached results for formulas), and merged
 * ranges clamped to the cells that hold data; the cells a merge covers, but its top-left
 * one, are left empty. Everything else in the part (columns, validations, formats) is
 * passed over without being expanded.
 */
export function readSheet(xml: Uint8Array, context: SheetContext): SheetCells {
  const rows: (Cell[] | undefined)[] = [];
  const merges: CellRange[] = [];
  const scanner = new XmlScanner(xml);
  let inSheetData = false;
  let rowIndex = -1;
  let columnIndex = -1;
  let lastRowIndex = -1;
  let lastColumnIndex = -1;
  // The cell being read.
  let type = "n";
  let style = 0;
  let hasFormula = false;
  let value: string | null = null;
  // A value of plain digits (a shared string's index, an integer), read in place: its number
  // and where it is; -1 when the value is not that (or not yet read).
  let digits = -1;
  let digitsStart = 0;
  let digitsEnd = 0;
  let inlineText: string | null = null;
  let inValue = false;
  let inInline = false;
  let inInlineText = false;
  let phoneticDepth = 0;

  for (let kind = scanner.next(); kind !== EOF; kind = scanner.next()) {
    if (kind === TEXT) {
      if (inValue) {
        if (value === "" && digits < 0) {
          digits = digitsAt(xml, scanner.textStart, scanner.textEnd);
          digitsStart = scanner.textStart;
          digitsEnd = scanner.textEnd;
          if (digits >= 0) continue;
        }
        // More than one piece of text: the digits read so far are text again.
        if (digits >= 0) value = utf8(xml, digitsStart, digitsEnd);
        digits = -1;
        value += scanner.text();
      } else if (inInlineText) inlineText += scanner.text();
      continue;
    }
    const name = scanner.name;
    if (kind === OPEN) {
      if (!inSheetData) {
        if (name === "sheetData") {
          inSheetData = !scanner.selfClosing;
        } else if (name === "mergeCell") {
          const range = parseRange(scanner.attr("ref"));
          if (range) merges.push(range);
        }
        continue;
      }
      switch (name) {
        case "row": {
          const number = scanner.findAttr("r") ? parseIntAt(xml, scanner) : 0;
          rowIndex = number > 0 ? number - 1 : rowIndex + 1;
          columnIndex = -1;
          break;
        }
        case "c": {
          const packed = scanner.findAttr("r")
            ? parseCellRefAt(xml, scanner.valueStart, scanner.valueEnd)
            : -1;
          if (packed >= 0) {
            rowIndex = Math.floor(packed / MAX_COLUMNS);
            columnIndex = packed % MAX_COLUMNS;
          } else {
            if (rowIndex < 0) rowIndex = 0;
            columnIndex++;
          }
          if (rowIndex >= MAX_ROWS || columnIndex >= MAX_COLUMNS) {
            throw new XlsxFormatError("cell beyond the sheet");
          }
          type = scanner.findAttr("t") ? cellType(xml, scanner.valueStart, scanner.valueEnd) : "n";
          style = scanner.findAttr("s") ? parseIntAt(xml, scanner) : 0;
          hasFormula = false;
          value = null;
          digits = -1;
          inlineText = null;
          break;
        }
        case "v":
          if (value === null) value = "";
          inValue = !scanner.selfClosing;
          break;
        case "f":
          hasFormula = true;
          scanner.skipElement();
          break;
        case "is":
          inInline = !scanner.selfClosing;
          if (inlineText === null) inlineText = "";
          break;
        case "t":
          inInlineText = inInline && phoneticDepth === 0 && !scanner.selfClosing;
          break;
        case "rPh":
          if (!scanner.selfClosing) phoneticDepth++;
          break;
        default:
          if (!scanner.selfClosing && name !== "r") scanner.skipElement();
      }
      continue;
    }
    if (kind !== CLOSE || !inSheetData) continue;
    switch (name) {
      case "v":
        inValue = false;
        break;
      case "t":
        inInlineText = false;
        break;
      case "rPh":
        phoneticDepth--;
        break;
      case "is":
        inInline = false;
        break;
      case "c": {
        const cell =
          digits >= 0 && (type === "s" || type === "n")
            ? withFormula(hasFormula, digitsValue(type, style, digits, context))
            : toCell(
                type,
                style,
                hasFormula,
                digits >= 0 ? utf8(xml, digitsStart, digitsEnd) : value,
                inlineText,
                context,
              );
        if (cell !== null) {
          (rows[rowIndex] ??= [])[columnIndex] = cell;
          if (rowIndex > lastRowIndex) lastRowIndex = rowIndex;
          if (columnIndex > lastColumnIndex) lastColumnIndex = columnIndex;
        }
        break;
      }
      case "sheetData":
        inSheetData = false;
        break;
    }
  }
  if (inSheetData) {
    throw new XlsxFormatError("sheet ends inside its data");
  }
  return { rows, merges: clampMerges(rows, merges, lastRowIndex, lastColumnIndex) };
}

const CELL_TYPES = ["s", "str", "inlineStr", "n", "b", "e", "d"];

/** A cell's `t` as `attr` decodes it; the usual ones without a new string for every cell. */
function cellType(xml: Uint8Array, start: number, end: number): string {
  for (const type of CELL_TYPES) {
    if (end - start === type.length && startsWith(xml, type, start)) return type;
  }
  return decodeXml(utf8(xml, start, end));
}

function toCell(
  type: string,
  style: number,
  hasFormula: boolean,
  value: string | null,
  inlineText: string | null,
  context: SheetContext,
): Value | null {
  return withFormula(hasFormula, toValue(type, style, value, inlineText, context));
}

function withFormula(
  hasFormula: boolean,
  result: Exclude<Value, { formula: true }> | null,
): Value | null {
  return hasFormula ? { formula: true, result } : result;
}

/** What `toValue` makes of a shared string or number cell whose value is plain digits. */
function digitsValue(
  type: "s" | "n",
  style: number,
  digits: number,
  context: SheetContext,
): Exclude<Value, { formula: true }> {
  if (type === "s") {
    const text = context.sharedStrings[digits];
    if (text === undefined) throw new XlsxFormatError("shared string index");
    return text;
  }
  if (context.dateStyles[style]) return serialToDate(digits, context.date1904) ?? digits;
  return digits;
}

function toValue(
  type: string,
  style: number,
  value: string | null,
  inlineText: string | null,
  context: SheetContext,
): Exclude<Value, { formula: true }> | null {
  switch (type) {
    case "s": {
      if (value === null || value === "") return null;
      const text = context.sharedStrings[Number(value)];
      if (text === undefined) throw new XlsxFormatError("shared string index");
      return text;
    }
    case "str":
      return value === null ? null : decodeEscapes(value);
    case "inlineStr": {
      const text = inlineText ?? value;
      return text === null ? null : decodeEscapes(text);
    }
    case "b":
      if (value === null || value === "") return null;
      return value === "1" || value.trim().toLowerCase() === "true";
    case "e":
      return value === null || value === "" ? null : { error: value.trim() };
    case "d":
      if (value === null || value === "") return null;
      return isoToDate(value) ?? value;
    default: {
      if (value === null || value.trim() === "") return null;
      // + 0: a cell has no negative zero, and JSON between threads would drop its sign.
      const number = Number(value) + 0;
      // Not a number after all: keep what the file says rather than lose it.
      if (!Number.isFinite(number)) return value;
      if (context.dateStyles[style]) return serialToDate(number, context.date1904) ?? number;
      return number;
    }
  }
}

/**
 * Keeps merges as ranges cut to the cells with data, so that nothing downstream walks a
 * merge over whole columns; empties every merged cell but the top-left one, visiting only
 * rows that exist. Merges that overlap (Excel refuses them) could repeat that work without
 * end, so a file whose merges cover more than its data's extent is corrupt.
 */
function clampMerges(
  rows: (Cell[] | undefined)[],
  merges: readonly CellRange[],
  lastRowIndex: number,
  lastColumnIndex: number,
): CellRange[] {
  const kept: CellRange[] = [];
  let area = 0;
  for (const merge of merges) {
    const bottom = Math.min(merge.bottom, lastRowIndex);
    const right = Math.min(merge.right, lastColumnIndex);
    if (bottom < merge.top || right < merge.left) continue;
    if (bottom === merge.top && right === merge.left) continue;
    kept.push({ top: merge.top, left: merge.left, bottom, right });
    area += (bottom - merge.top + 1) * (right - merge.left + 1);
  }
  if (area > (lastRowIndex + 1) * (lastColumnIndex + 1)) {
    throw new XlsxFormatError("overlapping merged ranges");
  }
  if (kept.length === 0) return kept;
  const rowIndexes: number[] = [];
  rows.forEach((_row, index) => rowIndexes.push(index));
  for (const merge of kept) {
    for (let i = lowerBound(rowIndexes, merge.top); i < rowIndexes.length; i++) {
      const r = rowIndexes[i]!;
      if (r > merge.bottom) break;
      const row = rows[r]!;
      const last = Math.min(merge.right, row.length - 1);
      for (let c = r === merge.top ? merge.left + 1 : merge.left; c <= last; c++) {
        if (row[c] !== undefined) row[c] = undefined;
      }
    }
  }
  return kept;
}

/** Index of the first value not below `value` in an ascending array. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function parseRange(ref: string | undefined): CellRange | null {
  if (ref === undefined) return null;
  const [from = "", to = from] = ref.split(":");
  const a = parseCellRef(from.trim());
  const b = parseCellRef(to.trim());
  if (!a || !b) return null;
  return {
    top: Math.min(a.rowIndex, b.rowIndex),
    left: Math.min(a.columnIndex, b.columnIndex),
    bottom: Math.max(a.rowIndex, b.rowIndex),
    right: Math.max(a.columnIndex, b.columnIndex),
  };
}

/** 0-based indexes of an A1 reference (`$` allowed), or null when it is not one in range. */
export function parseCellRef(ref: string): { rowIndex: number; columnIndex: number } | null {
  const bytes = strToU8(ref);
  const packed = parseCellRefAt(bytes, 0, bytes.length);
  if (packed < 0) return null;
  return { rowIndex: Math.floor(packed / MAX_COLUMNS), columnIndex: packed % MAX_COLUMNS };
}

/** An A1 reference in text[start, end) as rowIndex × 16384 + columnIndex, or -1. */
function parseCellRefAt(text: Uint8Array, start: number, end: number): number {
  let i = start;
  if (text[i] === 36) i++;
  let column = 0;
  for (let c = text[i]!; i < end && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122));) {
    column = column * 26 + ((c | 32) - 96);
    c = text[++i]!;
  }
  if (column === 0 || column > MAX_COLUMNS) return -1;
  if (text[i] === 36) i++;
  let row = 0;
  const digitsStart = i;
  for (let c = text[i]!; i < end && c >= 48 && c <= 57; c = text[++i]!) {
    row = row * 10 + (c - 48);
  }
  if (i === digitsStart || i !== end || row === 0 || row > MAX_ROWS) return -1;
  return (row - 1) * MAX_COLUMNS + (column - 1);
}

/** The integer that text[start, end) spells in 1–15 digits (exact in a double), or -1. */
function digitsAt(text: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** The non-negative integer the scanner's found value spells, or 0 when it is not one. */
function parseIntAt(text: Uint8Array, scanner: XmlScanner): number {
  const end = scanner.valueEnd;
  let n = 0;
  let i = scanner.valueStart;
  for (; i < end; i++) {
    const c = text[i]!;
    if (c < 48 || c > 57 || n > MAX_ROWS) return 0;
    n = n * 10 + (c - 48);
  }
  return n;
}
