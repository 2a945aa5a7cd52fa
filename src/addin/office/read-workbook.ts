import { parseRange, rangeAddress } from "../../core";
import type { Cell, CellRange, SheetGrid, WorkbookGrid } from "../../core";
import { toGridRows } from "./cells";
import { OPERATION_BYTES, RequestBudget, isPayloadTooLarge, jsonBytes } from "./requests";
import { supportsExcelApi } from "./requirements";

/** The open workbook as the core sees it. */
export interface WorkbookRead {
  readonly grid: WorkbookGrid;
  /** The workbook counts dates from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
}

/** A sheet whose used range is too large and empty to read (a stray value far away). */
export class SheetTooLargeError extends Error {
  readonly code = "SheetTooLarge";
  constructor(
    readonly sheetName: string,
    /** The used range, e.g. `A1:XFD1048576`. */
    readonly address: string,
    readonly cells: number,
  ) {
    super(`sheet ${sheetName}: used range ${address} has ${cells} cells`);
  }
}

/** What a caller queues per sheet in the read's own requests, e.g. loads for a later step. */
export type SheetQueue<T> = (worksheet: Excel.Worksheet) => T;

interface ReadMode {
  /** Walk the sheets with getFirst/getNextOrNullObject, so one request lists and sizes them. */
  readonly walk: boolean;
  readonly merges: boolean;
  /** Formula, error and number cells from special cells (ExcelApi 1.9), not from more arrays. */
  readonly special: boolean;
}

/** The loads that tell a sheet's name, used range and kinds of cells, before its cells. */
interface QueuedSheet<T> {
  readonly worksheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas | null;
  readonly formulas: Excel.RangeAreas | null;
  readonly errors: readonly Excel.RangeAreas[];
  readonly numbers: readonly Excel.RangeAreas[];
  readonly queued: T;
}

/** A sheet as the first request finds it; areas in sheet coordinates. */
interface SheetShape {
  readonly name: string;
  readonly hidden: boolean;
  readonly used: { top: number; left: number; rowCount: number; columnCount: number } | null;
  readonly merges: CellRange[];
  readonly formulas: CellRange[];
  readonly errors: CellRange[];
  /** Where number cells are: only they need their number format (a date is a number). */
  readonly numbers: CellRange[];
}

const CELL_PROPERTIES = ["values", "formulas", "numberFormat", "valueTypes"];
// Excel's own bound for getting one range: a used range past it is read only when filled.
const MAX_SHEET_CELLS = 5_000_000;
// A larger used range mostly empty (filled below 1 in this many) is a stray value far away.
const SPARSE_RATIO = 5;
// Past this many areas of number cells, their columns' spans are loaded instead: fewer loads.
const MAX_FORMAT_AREAS = 64;
// Sheets walked in the first request; a workbook with more takes one more request per as many.
const WALK_LENGTH = 16;
// First guess of a cell's share of a response per array; measured pieces correct it.
const ARRAY_BYTES_GUESS = 12;
const CHUNKED_ATTEMPTS = 3;
// Later pieces of a sheet may hold longer text than the ones measured.
const MEASURE_MARGIN = 1.05;

/**
 * Read every sheet of the open workbook into grids. The first request walks the sheets and
 * loads, for each, its name, used range, merged areas and the addresses of its formula,
 * error and number cells; then the cells come in requests of up to 4 MB: the values, and
 * number formats for number cells only. Round trips: two below 4 MB of cells, one more per
 * 4 MB above. Each step falls back to what older or stricter hosts allow.
 */
export async function readWorkbook<T = void>(
  context: Excel.RequestContext,
  queue?: SheetQueue<T>,
): Promise<WorkbookRead & { readonly queued: T[] }> {
  let mode: ReadMode = {
    walk: supportsExcelApi("1.5"),
    merges: supportsExcelApi("1.13"),
    special: supportsExcelApi("1.9"),
  };
  let shapes: Awaited<ReturnType<typeof readShapes<T>>>;
  for (;;) {
    try {
      shapes = await readShapes(context, mode, queue);
      break;
    } catch (error) {
      // A host that will not navigate past the last sheet gets the list first; merged
      // areas can fail (over 512 of them), special cells too: read without them.
      if (mode.walk) mode = { ...mode, walk: false };
      else if (mode.merges) mode = { ...mode, merges: false };
      else if (mode.special) mode = { ...mode, special: false };
      else throw error;
    }
  }
  const { sheets, date1904 } = shapes;
  await refuseSparse(
    context,
    sheets.map((s) => s.shape),
  );
  const rows = await loadCells(context, sheets, mode, date1904);
  return {
    grid: { sheets: sheets.map((s, i) => toSheetGrid(s.shape, rows[i]!)) },
    date1904,
    queued: sheets.map((s) => s.queued),
  };
}

const cellsOf = (shape: SheetShape) =>
  shape.used ? shape.used.rowCount * shape.used.columnCount : 0;

/**
 * Fail at once, naming the used range, rather than read millions of empty cells: a sheet
 * over Excel's bound for one range is counted first (one request, for such sheets only).
 */
async function refuseSparse(context: Excel.RequestContext, shapes: SheetShape[]): Promise<void> {
  const large = shapes.filter((s) => cellsOf(s) > MAX_SHEET_CELLS);
  if (large.length === 0) return;
  const filled = large.map((s) =>
    context.workbook.functions
      .countA(context.workbook.worksheets.getItem(s.name).getRange())
      .load("value"),
  );
  await context.sync();
  large.forEach((shape, i) => {
    const used = shape.used!;
    if (Number(filled[i]!.value) * SPARSE_RATIO >= cellsOf(shape)) return;
    const range = {
      top: used.top,
      left: used.left,
      bottom: used.top + used.rowCount - 1,
      right: used.left + used.columnCount - 1,
    };
    throw new SheetTooLargeError(shape.name, rangeAddress(range), cellsOf(shape));
  });
}

function queueSheet<T>(
  worksheet: Excel.Worksheet,
  mode: ReadMode,
  queue: SheetQueue<T> | undefined,
): QueuedSheet<T> {
  worksheet.load("name,visibility");
  const sheet = worksheet.getRange();
  const special = (type: "Formulas" | "Constants", values?: "Errors" | "Numbers") =>
    mode.special ? sheet.getSpecialCellsOrNullObject(type, values).load("address") : null;
  const both = (values: "Errors" | "Numbers") =>
    [special("Constants", values), special("Formulas", values)].filter((a) => a !== null);
  return {
    worksheet,
    used: worksheet
      .getUsedRangeOrNullObject(true)
      .load("rowIndex,columnIndex,rowCount,columnCount"),
    merged: mode.merges ? sheet.getMergedAreasOrNullObject().load("address") : null,
    formulas: special("Formulas"),
    errors: both("Errors"),
    numbers: both("Numbers"),
    queued: queue?.(worksheet) as T,
  };
}

function shapeOf(q: QueuedSheet<unknown>): SheetShape {
  return {
    name: q.worksheet.name,
    hidden: q.worksheet.visibility !== "Visible",
    used: q.used.isNullObject
      ? null
      : {
          top: q.used.rowIndex,
          left: q.used.columnIndex,
          rowCount: q.used.rowCount,
          columnCount: q.used.columnCount,
        },
    merges: areasOf(q.merged),
    formulas: areasOf(q.formulas),
    errors: q.errors.flatMap(areasOf),
    numbers: formatAreas(q.numbers.flatMap(areasOf)),
  };
}

/** Queue up to WALK_LENGTH sheets from `first` in one request, then the next ones if any. */
async function walkSheets<T>(
  context: Excel.RequestContext,
  first: Excel.Worksheet,
  mode: ReadMode,
  queue: SheetQueue<T> | undefined,
): Promise<QueuedSheet<T>[]> {
  const walked: QueuedSheet<T>[] = [];
  let next = first;
  for (let i = 0; i < WALK_LENGTH; i++) {
    walked.push(queueSheet(next, mode, queue));
    next = next.getNextOrNullObject();
  }
  await context.sync();
  // Past the last sheet the walk holds null objects; when it did not get there, go on.
  const existing = walked.filter((q) => !q.worksheet.isNullObject);
  if (existing.length < WALK_LENGTH) return existing;
  return [...existing, ...(await walkSheets(context, next, mode, queue))];
}

/** List the sheets, then queue them: one request more than a walk. */
async function listSheets<T>(
  context: Excel.RequestContext,
  mode: ReadMode,
  queue: SheetQueue<T> | undefined,
): Promise<QueuedSheet<T>[]> {
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const listed = worksheets.items.map((w) => queueSheet(w, mode, queue));
  await context.sync();
  return listed;
}

/** Every sheet's shape (plus what `queue` loads), and the workbook's date system. */
async function readShapes<T>(
  context: Excel.RequestContext,
  mode: ReadMode,
  queue: SheetQueue<T> | undefined,
): Promise<{ sheets: { shape: SheetShape; queued: T }[]; date1904: boolean }> {
  // DATE(1904,1,1) is serial 0 in the 1904 date system and 1462 in the 1900 one.
  const epoch = context.workbook.functions.date(1904, 1, 1).load("value");
  const found = mode.walk
    ? await walkSheets(context, context.workbook.worksheets.getFirst(), mode, queue)
    : await listSheets(context, mode, queue);
  return {
    sheets: found.map((q) => ({ shape: shapeOf(q), queued: q.queued })),
    date1904: epoch.value === 0,
  };
}

/** Where to load number formats: the number cells' areas, or per column when scattered. */
function formatAreas(numbers: readonly CellRange[]): CellRange[] {
  if (numbers.length <= MAX_FORMAT_AREAS) return [...numbers];
  const spans = new Map<number, CellRange>();
  for (const a of numbers) {
    for (let c = a.left; c <= a.right; c++) {
      const s = spans.get(c);
      spans.set(c, {
        top: Math.min(s?.top ?? a.top, a.top),
        bottom: Math.max(s?.bottom ?? a.bottom, a.bottom),
        left: c,
        right: c,
      });
    }
  }
  return [...spans.values()];
}

function areasOf(areas: Excel.RangeAreas | null): CellRange[] {
  if (!areas || areas.isNullObject) return [];
  return parseAreas(areas.address);
}

/** Ranges of an areas address such as `'My sheet'!A1:B2,Sheet1!C3`. */
export function parseAreas(address: string): CellRange[] {
  const ranges: CellRange[] = [];
  for (const m of address.matchAll(/!\$?([A-Z]+\$?\d+)(?::\$?([A-Z]+\$?\d+))?/g)) {
    const range = parseRange(m[2] ? `${m[1]}:${m[2]}` : m[1]!);
    if (range) ranges.push(range);
  }
  return ranges;
}

/** The cells of every sheet, in requests of up to 4 MB; refused ones again in halves. */
async function loadCells(
  context: Excel.RequestContext,
  sheets: readonly { shape: SheetShape }[],
  mode: ReadMode,
  date1904: boolean,
): Promise<(Cell[] | undefined)[][]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await loadPieces(context, sheets, mode, date1904, 2 ** (attempt - 1));
    } catch (error) {
      if (!isPayloadTooLarge(error) || attempt === CHUNKED_ATTEMPTS) throw error;
    }
  }
}

/** A sheet's bytes in a response: per cell and per number cell, guessed, then measured. */
class CellSize {
  private perCell = 0;
  private perNumber = 0;
  constructor(
    private readonly arrays: number,
    private readonly factor: number,
  ) {}

  bytes(cells: number, numbers: number): number {
    const cell = this.perCell * MEASURE_MARGIN || ARRAY_BYTES_GUESS * this.arrays;
    const number = this.perNumber * MEASURE_MARGIN || ARRAY_BYTES_GUESS;
    return (cells * cell + numbers * number) * this.factor;
  }

  measure(cellBytes: number, cells: number, formatBytes: number, numbers: number): void {
    this.perCell = Math.max(this.perCell, cellBytes / cells);
    if (numbers > 0) this.perNumber = Math.max(this.perNumber, formatBytes / numbers);
  }
}

/** The parts of `areas` within rows top..bottom. */
function clipRows(areas: readonly CellRange[], top: number, bottom: number): CellRange[] {
  return areas.flatMap((a) =>
    a.bottom < top || a.top > bottom
      ? []
      : [{ ...a, top: Math.max(a.top, top), bottom: Math.min(a.bottom, bottom) }],
  );
}

function cellCount(areas: readonly CellRange[]): number {
  return areas.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
}

async function loadPieces(
  context: Excel.RequestContext,
  sheets: readonly { shape: SheetShape }[],
  mode: ReadMode,
  date1904: boolean,
  factor: number,
): Promise<(Cell[] | undefined)[][]> {
  const budget = new RequestBudget(context);
  const properties = mode.special ? ["values"] : CELL_PROPERTIES;
  const rowsOfSheets = sheets.map(() => [] as (Cell[] | undefined)[]);
  for (const [index, { shape }] of sheets.entries()) {
    const used = shape.used;
    if (!used) continue;
    const worksheet = context.workbook.worksheets.getItem(shape.name);
    // Per sheet: a sheet of headers and long names is no guide to a table of codes.
    const size = new CellSize(properties.length, factor);
    const numbersIn = (start: number, count: number) =>
      clipRows(shape.numbers, used.top + start, used.top + start + count - 1);
    const bytesOf = (start: number, count: number) =>
      size.bytes(count * used.columnCount, cellCount(numbersIn(start, count)));
    for (let start = 0; start < used.rowCount;) {
      // Send what is queued when not one more row fits; its pieces tell the real cell size.
      if (budget.free < bytesOf(start, 1)) await budget.flush();
      let count = Math.min(
        used.rowCount - start,
        Math.max(1, Math.floor(budget.free / bytesOf(start, 1))),
      );
      while (count > 1 && bytesOf(start, count) > budget.free) count = Math.floor(count * 0.9);
      const top = used.top + start;
      const numbers = numbersIn(start, count);
      await budget.reserve(bytesOf(start, count) + OPERATION_BYTES * (1 + numbers.length));
      const piece = worksheet
        .getRangeByIndexes(top, used.left, count, used.columnCount)
        .load(properties);
      const formats = mode.special
        ? numbers.map((a) => ({
            area: a,
            range: worksheet
              .getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1)
              .load("numberFormat"),
          }))
        : [];
      const at = start;
      budget.afterSync(() => {
        const cellBytes = properties.reduce(
          (sum, p) => sum + jsonBytes((piece as unknown as Readonly<Record<string, unknown>>)[p]),
          0,
        );
        const formatBytes = formats.reduce((sum, f) => sum + jsonBytes(f.range.numberFormat), 0);
        size.measure(cellBytes, count * used.columnCount, formatBytes, cellCount(numbers));
        const rows = rowsOfPiece(piece, formats, top, used.left, shape, mode, date1904);
        rowsOfSheets[index]!.splice(at, count, ...rows);
      });
      start += count;
    }
  }
  await budget.flush();
  return rowsOfSheets;
}

/** Grid rows of a loaded piece at (top, left) of its sheet. */
function rowsOfPiece(
  piece: Excel.Range,
  formats: readonly { area: CellRange; range: Excel.Range }[],
  top: number,
  left: number,
  shape: SheetShape,
  mode: ReadMode,
  date1904: boolean,
): (Cell[] | undefined)[] {
  if (!mode.special) return toGridRows(piece, date1904);
  const shift = (a: CellRange) => ({
    top: a.top - top,
    left: a.left - left,
    bottom: a.bottom - top,
    right: a.right - left,
  });
  // Number formats where numbers are; no other cell reads its format.
  const numberFormat: unknown[][] = piece.values.map(() => []);
  for (const { area, range } of formats) {
    range.numberFormat.forEach((row, r) =>
      row.forEach((format, c) => {
        numberFormat[area.top - top + r]![area.left - left + c] = format;
      }),
    );
  }
  const kinds = { formulas: shape.formulas.map(shift), errors: shape.errors.map(shift) };
  return toGridRows({ values: piece.values, numberFormat }, date1904, kinds);
}

/** Place a used range at its position from A1, and clear merged cells but the top-left. */
function toSheetGrid(shape: SheetShape, used: (Cell[] | undefined)[]): SheetGrid {
  const left = shape.used?.left ?? 0;
  const pad: null[] = new Array<null>(left).fill(null);
  const rows: (Cell[] | undefined)[] = new Array<Cell[] | undefined>(shape.used?.top ?? 0).fill(
    undefined,
  );
  for (const row of used) rows.push(row && pad.length > 0 ? [...pad, ...row] : row);
  for (const m of shape.merges) {
    for (let r = m.top; r <= m.bottom && r < rows.length; r++) {
      const row = rows[r];
      for (let c = m.left; row && c <= m.right && c < row.length; c++) {
        if (r !== m.top || c !== m.left) row[c] = null;
      }
    }
  }
  const grid: SheetGrid = { name: shape.name, rows, merges: shape.merges };
  return shape.hidden ? { ...grid, hidden: true } : grid;
}
