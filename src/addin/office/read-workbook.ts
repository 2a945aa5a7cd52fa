import type { Cell, CellRange, SheetGrid, WorkbookGrid } from "../../core/read/grid";
import { parseRange } from "../../core/read/grid";
import { toGridRows } from "./cells";
import { RequestBudget, isPayloadTooLarge, jsonBytes } from "./requests";
import { supportsExcelApi } from "./requirements";

/** The open workbook as the core sees it. */
export interface WorkbookRead {
  readonly grid: WorkbookGrid;
  /** The workbook counts dates from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
}

/** What a caller queues per sheet in the read's own requests, e.g. loads for a later step. */
export type SheetQueue<T> = (worksheet: Excel.Worksheet) => T;

interface SheetItem {
  readonly worksheet: Excel.Worksheet;
  readonly name: string;
  readonly hidden: boolean;
}

interface LoadedSheet {
  readonly item: SheetItem;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rows: (Cell[] | undefined)[];
  readonly merges: CellRange[];
}

interface ReadMode {
  readonly date1904: boolean;
  readonly merges: boolean;
  /** Formula and error cells from special cells (ExcelApi 1.9), not from two more arrays. */
  readonly special: boolean;
}

/** What a sheet's first request brings besides cells: merged areas, formula and error cells. */
interface SheetExtras {
  readonly merged: Excel.RangeAreas | null;
  readonly formulas: Excel.RangeAreas | null;
  readonly errors: readonly Excel.RangeAreas[];
}

const CELL_PROPERTIES = ["values", "formulas", "numberFormat", "valueTypes"];
const SPECIAL_PROPERTIES = ["values", "numberFormat"];
// First guess of a cell's share of a response per array; measured pieces correct it.
const ARRAY_BYTES_GUESS = 12;
const CHUNKED_ATTEMPTS = 3;
// Later pieces of a sheet may hold longer text than the ones measured.
const MEASURE_MARGIN = 1.05;

/**
 * Read every sheet of the open workbook into grids: one request lists the sheets, one loads
 * every used range (values and number formats, with formula and error cells where ExcelApi
 * 1.9 finds them; formulas and value types below it) and merged areas at once. Only when
 * Excel refuses a response as too large are the ranges loaded again in pieces of about
 * 4 MB, so round trips never grow with rows below that size.
 */
export async function readWorkbook<T = void>(
  context: Excel.RequestContext,
  queue?: SheetQueue<T>,
): Promise<WorkbookRead & { readonly queued: T[] }> {
  const worksheets = context.workbook.worksheets.load("items/name,items/visibility");
  // DATE(1904,1,1) is serial 0 in the 1904 date system and 1462 in the 1900 one.
  const epoch = context.workbook.functions.date(1904, 1, 1).load("value");
  await context.sync();
  const items: SheetItem[] = worksheets.items.map((worksheet) => ({
    worksheet,
    name: worksheet.name,
    hidden: worksheet.visibility !== "Visible",
  }));
  const date1904 = epoch.value === 0;
  let mode: ReadMode = {
    date1904,
    merges: supportsExcelApi("1.13"),
    special: supportsExcelApi("1.9"),
  };
  const queueAll = () => items.map((item) => queue?.(item.worksheet) as T);
  const done = (sheets: LoadedSheet[], queued: T[]) => ({
    grid: { sheets: sheets.map(toSheetGrid) },
    date1904,
    queued,
  });
  for (;;) {
    const queued = queueAll();
    try {
      return done(await loadWhole(context, items, mode), queued);
    } catch (error) {
      if (isPayloadTooLarge(error)) break;
      // Merged areas can fail (over 512 of them), special cells too: read without them.
      if (mode.merges) mode = { ...mode, merges: false };
      else if (mode.special) mode = { ...mode, special: false };
      else throw error;
    }
  }
  const queued = queueAll();
  return done(await loadInPieces(context, items, mode), queued);
}

function queueExtras(item: SheetItem, mode: ReadMode): SheetExtras {
  const sheet = item.worksheet.getRange();
  const special = (type: "Formulas" | "Constants", values?: "Errors") =>
    mode.special ? sheet.getSpecialCellsOrNullObject(type, values).load("address") : null;
  const errors = [special("Constants", "Errors"), special("Formulas", "Errors")];
  return {
    merged: mode.merges ? sheet.getMergedAreasOrNullObject().load("address") : null,
    formulas: special("Formulas"),
    errors: errors.filter((e) => e !== null),
  };
}

/** Merged areas, formula and error cells of a sheet, in sheet coordinates. */
function extrasOf(extras: SheetExtras) {
  return {
    merges: areasOf(extras.merged),
    formulas: areasOf(extras.formulas),
    errors: extras.errors.flatMap(areasOf),
  };
}

type Extras = ReturnType<typeof extrasOf>;

function areasOf(areas: Excel.RangeAreas | null): CellRange[] {
  if (!areas || areas.isNullObject) return [];
  return parseAreas(areas.address);
}

/** Grid rows of a loaded range at (top, left), its formula and error cells from `extras`. */
function rowsOf(range: Excel.Range, top: number, left: number, extras: Extras, mode: ReadMode) {
  if (!mode.special) return toGridRows(range, mode.date1904);
  const shift = (a: CellRange) => ({
    top: a.top - top,
    left: a.left - left,
    bottom: a.bottom - top,
    right: a.right - left,
  });
  const kinds = { formulas: extras.formulas.map(shift), errors: extras.errors.map(shift) };
  return toGridRows(range, mode.date1904, kinds);
}

function cellProperties(mode: ReadMode): string[] {
  return mode.special ? SPECIAL_PROPERTIES : CELL_PROPERTIES;
}

async function loadWhole(
  context: Excel.RequestContext,
  items: readonly SheetItem[],
  mode: ReadMode,
): Promise<LoadedSheet[]> {
  const loads = items.map((item) => ({
    item,
    used: item.worksheet
      .getUsedRangeOrNullObject(true)
      .load(["rowIndex", "columnIndex", ...cellProperties(mode)]),
    extras: queueExtras(item, mode),
  }));
  await context.sync();
  return loads.map(({ item, used, extras }) => {
    const found = extrasOf(extras);
    return {
      item,
      rowIndex: used.isNullObject ? 0 : used.rowIndex,
      columnIndex: used.isNullObject ? 0 : used.columnIndex,
      rows: used.isNullObject ? [] : rowsOf(used, used.rowIndex, used.columnIndex, found, mode),
      merges: found.merges,
    };
  });
}

async function loadInPieces(
  context: Excel.RequestContext,
  items: readonly SheetItem[],
  mode: ReadMode,
): Promise<LoadedSheet[]> {
  const shapes = items.map((item) => ({
    item,
    used: item.worksheet
      .getUsedRangeOrNullObject(true)
      .load("rowIndex,columnIndex,rowCount,columnCount"),
    extras: queueExtras(item, mode),
  }));
  await context.sync();
  for (let attempt = 1; ; attempt++) {
    try {
      return await loadPieces(context, shapes, mode, 2 ** (attempt - 1));
    } catch (error) {
      if (!isPayloadTooLarge(error) || attempt === CHUNKED_ATTEMPTS) throw error;
    }
  }
}

/** A sheet's bytes per cell in a response: a guess, then the most its pieces took, plus 5%. */
class CellSize {
  private measured = 0;
  constructor(
    private readonly properties: readonly string[],
    private readonly factor: number,
  ) {}

  get bytes(): number {
    const guess = ARRAY_BYTES_GUESS * this.properties.length;
    return (this.measured * MEASURE_MARGIN || guess) * this.factor;
  }

  measure(piece: Excel.Range, cells: number): void {
    const bytes = this.properties.reduce(
      (sum, p) => sum + jsonBytes(piece[p as keyof Excel.Range]),
      0,
    );
    this.measured = Math.max(this.measured, bytes / cells);
  }
}

async function loadPieces(
  context: Excel.RequestContext,
  shapes: readonly { item: SheetItem; used: Excel.Range; extras: SheetExtras }[],
  mode: ReadMode,
  factor: number,
): Promise<LoadedSheet[]> {
  const budget = new RequestBudget(context);
  const properties = cellProperties(mode);
  const sheets: LoadedSheet[] = [];
  for (const { item, used, extras } of shapes) {
    const found = extrasOf(extras);
    const sheet: LoadedSheet = {
      item,
      rowIndex: used.isNullObject ? 0 : used.rowIndex,
      columnIndex: used.isNullObject ? 0 : used.columnIndex,
      rows: [],
      merges: found.merges,
    };
    sheets.push(sheet);
    if (used.isNullObject) continue;
    // Per sheet: a sheet of headers and long names is no guide to a table of codes.
    const size = new CellSize(properties, factor);
    for (let start = 0; start < used.rowCount;) {
      // Send what is queued when not one more row fits; its pieces tell the real cell size.
      if (budget.free < used.columnCount * size.bytes) await budget.flush();
      const rowBytes = used.columnCount * size.bytes;
      const count = Math.min(
        Math.max(1, Math.floor(budget.free / rowBytes)),
        used.rowCount - start,
      );
      await budget.reserve(count * rowBytes);
      const top = used.rowIndex + start;
      const piece = item.worksheet
        .getRangeByIndexes(top, used.columnIndex, count, used.columnCount)
        .load(properties);
      const at = start;
      budget.afterSync(() => {
        size.measure(piece, count * used.columnCount);
        sheet.rows.splice(at, count, ...rowsOf(piece, top, used.columnIndex, found, mode));
      });
      start += count;
    }
  }
  await budget.flush();
  return sheets;
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

/** Place a used range at its position from A1, and clear merged cells but the top-left. */
function toSheetGrid(sheet: LoadedSheet): SheetGrid {
  const pad: null[] = new Array<null>(sheet.columnIndex).fill(null);
  const rows: (Cell[] | undefined)[] = new Array<Cell[] | undefined>(sheet.rowIndex).fill(
    undefined,
  );
  for (const row of sheet.rows) rows.push(row && pad.length > 0 ? [...pad, ...row] : row);
  for (const m of sheet.merges) {
    for (let r = m.top; r <= m.bottom && r < rows.length; r++) {
      const row = rows[r];
      for (let c = m.left; row && c <= m.right && c < row.length; c++) {
        if (r !== m.top || c !== m.left) row[c] = null;
      }
    }
  }
  const grid: SheetGrid = { name: sheet.item.name, rows, merges: sheet.merges };
  return sheet.item.hidden ? { ...grid, hidden: true } : grid;
}
