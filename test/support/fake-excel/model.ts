// The state of the in-memory workbook, and how Excel turns what is entered into cell content.
import { parseAddress, parseRange as parseCoreRange } from "../../../src/core/grid";
import type { CellRange } from "../../../src/core/grid";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export type FakeScalar = string | number | boolean;

export interface FakeCell {
  /** Constant value, or a formula's cached result; undefined when empty. */
  value?: FakeScalar | { readonly error: string };
  formula?: string;
  numberFormat?: string;
  /** Typed with a leading apostrophe: shown as text whatever it looks like. */
  quotePrefix?: boolean;
  fill?: string;
  bold?: boolean;
  fontColor?: string;
  fontSize?: number;
  wrap?: boolean;
}

export interface FakeValidation {
  readonly range: CellRange;
  rule: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** A conditional format: where it applies and, for a custom one, its rule and fill. */
export interface FakeConditionalFormat {
  readonly id: string;
  readonly type: string;
  readonly ranges: readonly CellRange[];
  formula?: string;
  fill?: string;
}

/** Cells a chart reads: a sheet's name and a range of it. */
export interface FakeChartData {
  readonly sheet: string;
  readonly range: CellRange;
}

export interface FakeChartSeries {
  name: string;
  chartType: string;
  axisGroup: "Primary" | "Secondary";
  values: FakeChartData;
  xValues: FakeChartData | null;
}

/** A chart on a sheet: its type, title, where it sits, and its series. */
export interface FakeChart {
  readonly name: string;
  readonly type: string;
  title: string;
  legendPosition: string;
  topLeft: string | null;
  bottomRight: string | null;
  readonly series: FakeChartSeries[];
}

let conditionalFormatCount = 0;

export class FakeSheet {
  visibility: Visibility = "Visible";
  // By row, then column: a key of r × 16,384 + c is a heap number past 2^31 (row 131,073), and
  // one map of such keys made writing a large sheet slow.
  private readonly rows = new Map<number, Map<number, FakeCell>>();
  merges: CellRange[] = [];
  frozenRows = 0;
  validations: FakeValidation[] = [];
  autoFilter: CellRange | null = null;
  /** In priority order: the first one wins where several set the same format. */
  conditionalFormats: FakeConditionalFormat[] = [];
  readonly columnWidths = new Map<number, number>();
  /** Page set-up as the add-in sets it (ExcelApi 1.9). */
  readonly pageLayout: Record<string, unknown> = {};
  /** Range.clear() leaves them: they go only with their sheet. */
  readonly charts: FakeChart[] = [];

  constructor(public name: string) {}

  cell(rowIndex: number, columnIndex: number): FakeCell | undefined {
    return this.rows.get(rowIndex)?.get(columnIndex);
  }

  /** The cell record, created when missing. */
  touch(rowIndex: number, columnIndex: number): FakeCell {
    let row = this.rows.get(rowIndex);
    if (!row) this.rows.set(rowIndex, (row = new Map()));
    let cell = row.get(columnIndex);
    if (!cell) row.set(columnIndex, (cell = {}));
    return cell;
  }

  /** Drops a cell's record: the cell no longer exists. */
  remove(rowIndex: number, columnIndex: number): void {
    const row = this.rows.get(rowIndex);
    if (row?.delete(columnIndex) && row.size === 0) this.rows.delete(rowIndex);
  }

  /** How many cell records exist. */
  get cellCount(): number {
    let count = 0;
    for (const row of this.rows.values()) count += row.size;
    return count;
  }

  /** Every cell record, in no particular order. */
  *allCells(): Generator<{ r: number; c: number; cell: FakeCell }> {
    for (const [r, row] of this.rows) for (const [c, cell] of row) yield { r, c, cell };
  }

  /** The cells that exist within a rectangle (empty ones cost nothing), safe to change. */
  *cellsWithin(rect: CellRange): Generator<{ r: number; c: number; cell: FakeCell }> {
    const within: { r: number; c: number; cell: FakeCell }[] = [];
    for (const [r, row] of this.rows) {
      if (r < rect.top || r > rect.bottom) continue;
      for (const [c, cell] of row) {
        if (c >= rect.left && c <= rect.right) within.push({ r, c, cell });
      }
    }
    yield* within;
  }

  /** Bounding box of cells with content (valuesOnly) or with anything at all; null if none. */
  usedRange(valuesOnly: boolean): CellRange | null {
    let box: { top: number; left: number; bottom: number; right: number } | null = null;
    for (const { r, c, cell } of this.allCells()) {
      if (valuesOnly ? !hasContent(cell) : Object.keys(cell).length === 0) continue;
      if (!box) box = { top: r, left: c, bottom: r, right: c };
      else {
        box.top = Math.min(box.top, r);
        box.left = Math.min(box.left, c);
        box.bottom = Math.max(box.bottom, r);
        box.right = Math.max(box.right, c);
      }
    }
    return box;
  }

  /** A conditional format at the top priority, as Excel adds one. */
  addConditionalFormat(format: Omit<FakeConditionalFormat, "id">): FakeConditionalFormat {
    const added = { id: `{cf-${++conditionalFormatCount}}`, ...format };
    this.conditionalFormats.unshift(added);
    return added;
  }

  /**
   * The fill the cell shows: that of the first custom conditional format over it whose formula
   * the fake can evaluate to TRUE and that sets a fill, else the cell's own.
   */
  displayedFill(rowIndex: number, columnIndex: number): string | undefined {
    const covers = (r: CellRange) =>
      rowIndex >= r.top && rowIndex <= r.bottom && columnIndex >= r.left && columnIndex <= r.right;
    const shown = this.conditionalFormats.find(
      (f) =>
        f.type === "Custom" &&
        f.fill !== undefined &&
        f.ranges.some(covers) &&
        f.formula !== undefined &&
        evaluate(f.formula) === true,
    );
    return shown?.fill ?? this.cell(rowIndex, columnIndex)?.fill;
  }

  /** What the cell shows, as `Range.values` reports it. */
  valueAt(rowIndex: number, columnIndex: number): FakeScalar {
    const v = this.cell(rowIndex, columnIndex)?.value;
    if (v === undefined) return "";
    return typeof v === "object" ? v.error : v;
  }
}

/** A value or a formula: what Excel counts as content (COUNTA, a values-only used range). */
export function hasContent(cell: FakeCell | undefined): cell is FakeCell {
  return cell?.value !== undefined || cell?.formula !== undefined;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  activeSheet: FakeSheet | null = null;
  selection: { sheet: string; address: string } | null = null;
  date1904 = false;

  sheet(name: string): FakeSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  /** The sheet, or an error naming it (for test set-up). */
  sheetOrThrow(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`fake-excel: no sheet ${name}`);
    return sheet;
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new Error(`fake-excel: sheet ${name} exists`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  /** Enter values from a top-left address as a person typing them would (see `enterValue`). */
  type(sheetName: string, topLeft: string, rows: readonly (readonly unknown[])[]): void {
    const sheet = this.sheetOrThrow(sheetName);
    const at = parseAddress(topLeft);
    if (!at) throw new Error(`fake-excel: bad address ${topLeft}`);
    rows.forEach((row, r) =>
      row.forEach((v, c) => enterValue(sheet.touch(at.rowIndex + r, at.columnIndex + c), v)),
    );
  }

  /** Place cell content literally, bypassing Excel's interpretation (for test set-up). */
  put(sheetName: string, address: string, cell: FakeCell): void {
    const at = parseAddress(address);
    if (!at) throw new Error(`fake-excel: bad address ${address}`);
    Object.assign(this.sheetOrThrow(sheetName).touch(at.rowIndex, at.columnIndex), cell);
  }
}

// A text cell format: Excel keeps whatever is entered as text.
const TEXT_FORMAT = "@";
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
// Pessimistic on purpose: East Asian input methods make full-width signs start formulas too.
const FORMULA_START = /^[=+\-@＝＋－＠]/;

/**
 * Excel's interpretation of an entered value (Range.values / Range.formulas / typing): in a
 * cell formatted as text everything stays text (a number becomes its text, pessimistically);
 * elsewhere a leading apostrophe forces text, numbers and ISO dates are converted, TRUE and
 * FALSE become booleans, and anything starting with = + - @ (or their full-width forms)
 * becomes a formula.
 */
export function enterValue(cell: FakeCell, input: unknown): void {
  delete cell.formula;
  delete cell.quotePrefix;
  if (input === null || input === undefined || input === "") {
    delete cell.value;
    return;
  }
  if (typeof input !== "string" && typeof input !== "number" && typeof input !== "boolean") {
    throw fakeError("InvalidArgument", `a cell value cannot be ${JSON.stringify(input)}`);
  }
  if (cell.numberFormat === TEXT_FORMAT) {
    cell.value = typeof input === "boolean" ? (input ? "TRUE" : "FALSE") : String(input);
    return;
  }
  if (typeof input !== "string") {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  const trimmed = input.trim();
  if (trimmed !== "" && /\d/.test(trimmed) && NUMBER.test(trimmed)) {
    const percent = trimmed.endsWith("%");
    const n = Number(trimmed.replace(/[,%]/g, ""));
    cell.value = percent ? n / 100 : n;
    if (percent && cell.numberFormat === undefined) cell.numberFormat = "0%";
    return;
  }
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const serial = serialOf(Number(date[1]), Number(date[2]), Number(date[3]));
    if (serial !== null) {
      cell.value = serial;
      if (cell.numberFormat === undefined || cell.numberFormat === "General") {
        cell.numberFormat = "yyyy-mm-dd";
      }
      return;
    }
  }
  if (FORMULA_START.test(input)) {
    cell.formula = `=${input.replace(/^[=＝]/, "")}`;
    cell.value = evaluate(cell.formula);
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toLowerCase() === "true";
    return;
  }
  cell.value = input;
}

/** The fake calculates only constants and ISTEXT of one; any other formula shows #NAME?. */
function evaluate(formula: string): FakeScalar | { error: string } {
  const body = formula.slice(1);
  const isText = /^ISTEXT\((.*)\)$/i.exec(body);
  const value = constantOf(isText ? isText[1]! : body);
  if (value === null) return { error: "#NAME?" };
  return isText ? typeof value === "string" : value;
}

function constantOf(text: string): FakeScalar | null {
  if (NUMBER.test(text) && /\d/.test(text)) return Number(text.replace(/[,%]/g, ""));
  const quoted = /^"((?:[^"]|"")*)"$/.exec(text);
  return quoted ? quoted[1]!.replace(/""/g, '"') : null;
}

/** 1900-system serial of a calendar date (UTC arithmetic), or null when not a date. */
export function serialOf(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round((ms - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A sheet name as Excel writes it in an address: quoted unless plain. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

function columnIndexOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** A1 range text (`B3`, `B3:D9`, `B:D`, `3:9`) as 0-based bounds, or null. */
export function parseRange(text: string): CellRange | null {
  const [a, b = a] = text.replace(/\$/g, "").split(":");
  if (a === undefined || b === undefined) return null;
  const cols = /^([A-Za-z]{1,3})$/;
  const rows = /^(\d{1,7})$/;
  if (cols.test(a) && cols.test(b)) {
    return { top: 0, bottom: MAX_ROWS - 1, left: columnIndexOf(a), right: columnIndexOf(b) };
  }
  if (rows.test(a) && rows.test(b)) {
    return { top: Number(a) - 1, bottom: Number(b) - 1, left: 0, right: MAX_COLUMNS - 1 };
  }
  const range = parseCoreRange(`${a}:${b}`);
  if (!range) return null;
  return range.bottom < MAX_ROWS && range.right < MAX_COLUMNS ? range : null;
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** An error shaped like OfficeExtension.Error: a code, a message and debug info. */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.debugInfo = { code, message };
  }
}

export function fakeError(code: string, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}
