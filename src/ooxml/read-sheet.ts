// The leaf module, not the door: a worker that only reads must not load the whole core.
import { isoToDate, serialToDate } from "../core/excel-values";
import type { Cell, CellRange } from "../core";
import { strToU8 } from "fflate";
import {
  CLOSE,
  DQUOTE,
  EOF,
  EQUALS,
  GT,
  LT,
  OPEN,
  SLASH,
  SQUOTE,
  TEXT,
  XlsxFormatError,
  XmlScanner,
  decodeEscapes,
  decodeXml,
  startsWith,
  textAt,
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
  const tag: CellTag = { ref: -1, type: "n", style: 0, valueStart: -1, valueEnd: -1, end: 0 };
  let inSheetData = false;
  let rowIndex = -1;
  let columnIndex = -1;
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

  for (;;) {
    // Most cells in one step; the rest, and everything else, token by token. Either way the
    // cell's state ends as the tokens would leave it.
    if (inSheetData && cellAt(xml, scanner.offset, tag)) {
      scanner.skipTo(tag.end);
      const at = cellPosition(tag.ref, rowIndex, columnIndex);
      rowIndex = Math.floor(at / MAX_COLUMNS);
      columnIndex = at % MAX_COLUMNS;
      type = tag.type;
      style = tag.style;
      hasFormula = false;
      inlineText = null;
      digits = -1;
      value = null;
      if (tag.valueStart < 0) continue;
      inValue = false;
      digitsStart = tag.valueStart;
      digitsEnd = tag.valueEnd;
      digits = digitsAt(xml, digitsStart, digitsEnd);
      value = digits >= 0 ? "" : textAt(xml, digitsStart, digitsEnd);
      const cell = cellValue(
        xml,
        type,
        style,
        false,
        digits,
        digitsStart,
        digitsEnd,
        value,
        null,
        context,
      );
      lastColumnIndex = put(rows, rowIndex, columnIndex, cell, lastColumnIndex);
      continue;
    }
    const kind = scanner.next();
    if (kind === EOF) break;
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
          const number = scanner.findAttr("r")
            ? parseIntAt(xml, scanner.valueStart, scanner.valueEnd)
            : 0;
          rowIndex = number > 0 ? number - 1 : rowIndex + 1;
          columnIndex = -1;
          break;
        }
        case "c": {
          const ref = scanner.findAttr("r")
            ? parseCellRefAt(xml, scanner.valueStart, scanner.valueEnd)
            : -1;
          const at = cellPosition(ref, rowIndex, columnIndex);
          rowIndex = Math.floor(at / MAX_COLUMNS);
          columnIndex = at % MAX_COLUMNS;
          type = scanner.findAttr("t") ? cellType(xml, scanner.valueStart, scanner.valueEnd) : "n";
          style = scanner.findAttr("s") ? parseIntAt(xml, scanner.valueStart, scanner.valueEnd) : 0;
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
        const cell = cellValue(
          xml,
          type,
          style,
          hasFormula,
          digits,
          digitsStart,
          digitsEnd,
          value,
          inlineText,
          context,
        );
        lastColumnIndex = put(rows, rowIndex, columnIndex, cell, lastColumnIndex);
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
  return { rows, merges: clampMerges(rows, merges, rows.length - 1, lastColumnIndex) };
}

/** Puts a cell that holds a value in its row; the last column that holds one so far. */
function put(
  rows: (Cell[] | undefined)[],
  rowIndex: number,
  columnIndex: number,
  cell: Value | null,
  lastColumnIndex: number,
): number {
  if (cell === null) return lastColumnIndex;
  (rows[rowIndex] ??= [])[columnIndex] = cell;
  return columnIndex > lastColumnIndex ? columnIndex : lastColumnIndex;
}

/** Where a cell is: at its reference, else after the previous cell of its row. */
function cellPosition(ref: number, rowIndex: number, columnIndex: number): number {
  if (ref >= 0) return ref;
  const row = rowIndex < 0 ? 0 : rowIndex;
  if (row >= MAX_ROWS || columnIndex + 1 >= MAX_COLUMNS) {
    throw new XlsxFormatError("cell beyond the sheet");
  }
  return row * MAX_COLUMNS + columnIndex + 1;
}

/** The value of a cell read to its end; null when it holds none. */
function cellValue(
  xml: Uint8Array,
  type: string,
  style: number,
  hasFormula: boolean,
  digits: number,
  digitsStart: number,
  digitsEnd: number,
  value: string | null,
  inlineText: string | null,
  context: SheetContext,
): Value | null {
  if (digits >= 0 && (type === "s" || type === "n")) {
    return withFormula(hasFormula, digitsValue(type, style, digits, context));
  }
  const text = digits >= 0 ? utf8(xml, digitsStart, digitsEnd) : value;
  return withFormula(hasFormula, toValue(type, style, text, inlineText, context));
}

/** What `cellAt` found of a cell. */
interface CellTag {
  /** Its reference as `parseCellRefAt` reads it; -1 when it has none. */
  ref: number;
  type: string;
  style: number;
  /** Where its `<v>`'s text lies; -1 when it has no `<v>`. */
  valueStart: number;
  valueEnd: number;
  /** Just past the cell. */
  end: number;
}

const SPACE = 32;
const LETTER_C = 99;
const LETTER_R = 114;
const LETTER_S = 115;
const LETTER_T = 116;

/**
 * Reads the usual cell at `pos` whole: `<c` with attributes in double or single quotes, each
 * after one or more spaces and without spaces around `=`, then `/>`, or `>`, an optional `<v>`
 * holding text without markup and `</c>`. False for anything else (a formula, inline text, a
 * comment, other spacing, an error), which the scanner then reads token by token. The first of
 * repeated attributes counts, as in `findAttr`.
 */
function cellAt(xml: Uint8Array, pos: number, tag: CellTag): boolean {
  if (xml[pos] !== LT || xml[pos + 1] !== LETTER_C) return false;
  const length = xml.length;
  let i = pos + 2;
  let seen = 0;
  tag.ref = -1;
  tag.type = "n";
  tag.style = 0;
  for (;;) {
    const c = xml[i];
    if (c === GT) break;
    if (c === SLASH) {
      if (xml[i + 1] !== GT) return false;
      tag.valueStart = -1;
      tag.end = i + 2;
      return true;
    }
    if (c !== SPACE) return false;
    while (xml[i] === SPACE) i++;
    if (xml[i] === GT || xml[i] === SLASH) continue;
    const nameStart = i;
    for (let d = xml[i]; d !== EQUALS; d = xml[++i]) {
      if (i >= length || d! <= SPACE || d === GT || d === SLASH) return false;
    }
    const nameLength = i - nameStart;
    const quote = xml[i + 1];
    if (quote !== DQUOTE && quote !== SQUOTE) return false;
    const valueStart = i + 2;
    let valueEnd = valueStart;
    while (valueEnd < length && xml[valueEnd] !== quote) valueEnd++;
    if (valueEnd >= length) return false;
    i = valueEnd + 1;
    if (nameLength !== 1) continue;
    const name = xml[nameStart];
    if (name === LETTER_R && !(seen & 1)) {
      tag.ref = parseCellRefAt(xml, valueStart, valueEnd);
      seen |= 1;
    } else if (name === LETTER_T && !(seen & 2)) {
      tag.type = cellType(xml, valueStart, valueEnd);
      seen |= 2;
    } else if (name === LETTER_S && !(seen & 4)) {
      tag.style = parseIntAt(xml, valueStart, valueEnd);
      seen |= 4;
    }
  }
  i++;
  if (startsWith(xml, "<v>", i)) {
    const start = i + 3;
    let end = start;
    while (end < length && xml[end] !== LT) end++;
    if (!startsWith(xml, "</v>", end)) return false;
    tag.valueStart = start;
    tag.valueEnd = end;
    i = end + 4;
  } else {
    tag.valueStart = -1;
  }
  if (!startsWith(xml, "</c>", i)) return false;
  tag.end = i + 4;
  return true;
}

const CELL_TYPES = ["s", "str", "inlineStr", "n", "b", "e", "d"];

/** A cell's `t` as `attr` decodes it; the usual ones without a new string for every cell. */
function cellType(xml: Uint8Array, start: number, end: number): string {
  for (const type of CELL_TYPES) {
    if (end - start === type.length && startsWith(xml, type, start)) return type;
  }
  return decodeXml(utf8(xml, start, end));
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

/** The non-negative integer that text[start, end) spells, or 0 when it is not one. */
function parseIntAt(text: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c < 48 || c > 57 || n > MAX_ROWS) return 0;
    n = n * 10 + (c - 48);
  }
  return n;
}
