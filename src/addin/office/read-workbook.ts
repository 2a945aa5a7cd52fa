import type { Cell, CellRange, SheetGrid, WorkbookGrid } from "../../core/read/grid";
import { parseAddress } from "../../core/read/grid";
import { toGridRows } from "./cells";
import { RequestBudget, isPayloadTooLarge, jsonBytes } from "./requests";
import { supportsExcelApi } from "./requirements";

/** The open workbook as the core sees it. */
export interface WorkbookRead {
  readonly grid: WorkbookGrid;
  /** The workbook counts dates from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
}

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

const CELL_PROPERTIES = ["values", "formulas", "numberFormat", "valueTypes"];
// First guess of a cell's share of a response (four arrays); measured pieces correct it.
const CELL_BYTES_GUESS = 48;
const CHUNKED_ATTEMPTS = 3;
// Later pieces of a sheet may hold longer text than the ones measured.
const MEASURE_MARGIN = 1.05;

/**
 * Read every sheet of the open workbook into grids: one request lists the sheets, one loads
 * every used range (values, formulas, number formats, value types) and merged areas at once.
 * Only when Excel refuses a response as too large are the ranges loaded again in pieces of
 * about 4 MB, so round trips never grow with rows below that size.
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
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
  let merges = supportsExcelApi("1.13");
  for (;;) {
    try {
      const sheets = await loadWhole(context, items, date1904, merges);
      return { grid: { sheets: sheets.map(toSheetGrid) }, date1904 };
    } catch (error) {
      if (isPayloadTooLarge(error)) break;
      // Merged areas can fail (over 512 of them): read cells as Excel reports them instead.
      if (!merges) throw error;
      merges = false;
    }
  }
  const sheets = await loadInPieces(context, items, date1904, merges);
  return { grid: { sheets: sheets.map(toSheetGrid) }, date1904 };
}

function loadMerges(item: SheetItem, merges: boolean): Excel.RangeAreas | null {
  if (!merges) return null;
  return item.worksheet.getRange().getMergedAreasOrNullObject().load("address");
}

async function loadWhole(
  context: Excel.RequestContext,
  items: readonly SheetItem[],
  date1904: boolean,
  merges: boolean,
): Promise<LoadedSheet[]> {
  const loads = items.map((item) => ({
    item,
    used: item.worksheet
      .getUsedRangeOrNullObject(true)
      .load(["rowIndex", "columnIndex", ...CELL_PROPERTIES]),
    merged: loadMerges(item, merges),
  }));
  await context.sync();
  return loads.map(({ item, used, merged }) => ({
    item,
    rowIndex: used.isNullObject ? 0 : used.rowIndex,
    columnIndex: used.isNullObject ? 0 : used.columnIndex,
    rows: used.isNullObject ? [] : toGridRows(used, date1904),
    merges: mergedRanges(merged),
  }));
}

async function loadInPieces(
  context: Excel.RequestContext,
  items: readonly SheetItem[],
  date1904: boolean,
  merges: boolean,
): Promise<LoadedSheet[]> {
  const shapes = items.map((item) => ({
    item,
    used: item.worksheet
      .getUsedRangeOrNullObject(true)
      .load("rowIndex,columnIndex,rowCount,columnCount"),
    merged: loadMerges(item, merges),
  }));
  await context.sync();
  for (let attempt = 1; ; attempt++) {
    try {
      return await loadPieces(context, shapes, date1904, 2 ** (attempt - 1));
    } catch (error) {
      if (!isPayloadTooLarge(error) || attempt === CHUNKED_ATTEMPTS) throw error;
    }
  }
}

/** Bytes of a sheet's cell in a response: guessed at first, then the most its pieces took, plus 5%. */
class CellSize {
  private measured = 0;
  constructor(private readonly factor: number) {}

  get bytes(): number {
    return (this.measured * MEASURE_MARGIN || CELL_BYTES_GUESS) * this.factor;
  }

  measure(piece: Excel.Range, cells: number): void {
    const bytes = CELL_PROPERTIES.reduce(
      (sum, p) => sum + jsonBytes(piece[p as keyof Excel.Range]),
      0,
    );
    this.measured = Math.max(this.measured, bytes / cells);
  }
}

async function loadPieces(
  context: Excel.RequestContext,
  shapes: readonly { item: SheetItem; used: Excel.Range; merged: Excel.RangeAreas | null }[],
  date1904: boolean,
  factor: number,
): Promise<LoadedSheet[]> {
  const budget = new RequestBudget(context);
  const sheets: LoadedSheet[] = [];
  for (const { item, used, merged } of shapes) {
    // Per sheet: a sheet of headers and long names is no guide to a table of codes.
    const size = new CellSize(factor);
    const sheet: LoadedSheet = {
      item,
      rowIndex: used.isNullObject ? 0 : used.rowIndex,
      columnIndex: used.isNullObject ? 0 : used.columnIndex,
      rows: [],
      merges: mergedRanges(merged),
    };
    sheets.push(sheet);
    if (used.isNullObject) continue;
    for (let start = 0; start < used.rowCount;) {
      // Send what is queued when not one more row fits; its pieces tell the real cell size.
      if (budget.free < used.columnCount * size.bytes) await budget.flush();
      const rowBytes = used.columnCount * size.bytes;
      const count = Math.min(
        Math.max(1, Math.floor(budget.free / rowBytes)),
        used.rowCount - start,
      );
      await budget.reserve(count * rowBytes);
      const piece = item.worksheet
        .getRangeByIndexes(used.rowIndex + start, used.columnIndex, count, used.columnCount)
        .load(CELL_PROPERTIES);
      const at = start;
      budget.afterSync(() => {
        size.measure(piece, count * used.columnCount);
        sheet.rows.splice(at, count, ...toGridRows(piece, date1904));
      });
      start += count;
    }
  }
  await budget.flush();
  return sheets;
}

function mergedRanges(merged: Excel.RangeAreas | null): CellRange[] {
  if (!merged || merged.isNullObject) return [];
  return parseAreas(merged.address);
}

/** Ranges of an areas address such as `'My sheet'!A1:B2,Sheet1!C3`. */
export function parseAreas(address: string): CellRange[] {
  const ranges: CellRange[] = [];
  for (const m of address.matchAll(/!\$?([A-Z]+\$?\d+)(?::\$?([A-Z]+\$?\d+))?/g)) {
    const a = parseAddress(m[1]!.replace("$", ""));
    const b = parseAddress((m[2] ?? m[1]!).replace("$", ""));
    if (!a || !b) continue;
    ranges.push({
      top: Math.min(a.rowIndex, b.rowIndex),
      left: Math.min(a.columnIndex, b.columnIndex),
      bottom: Math.max(a.rowIndex, b.rowIndex),
      right: Math.max(a.columnIndex, b.columnIndex),
    });
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
