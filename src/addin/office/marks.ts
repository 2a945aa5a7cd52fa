import { address, parseAddress, rangeAddress } from "../../core";
import type { CellRange } from "../../core";
import { OPERATION_BYTES, RequestBudget, jsonBytes } from "./requests";
import { supportsExcelApi } from "./requirements";

export type MarkLevel = "error" | "warning";

export interface CellMark {
  readonly sheetName: string;
  readonly address: string;
  readonly level: MarkLevel;
}

export const MARK_COLORS: { readonly [L in MarkLevel]: string } = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
};

/** The rule of our conditional formats: always TRUE, and how we tell them from the workbook's. */
export const MARK_FORMULA = '=ISTEXT("aidsheet")';

// Excel limits the length of an address: each RangeAreas gets at most this many characters.
const MAX_AREAS_CHARS = 2000;

/**
 * Queue the loads that tell which of a sheet's conditional formats are ours; give it to
 * readWorkbook, so that they travel in the read's own requests.
 */
export function queueEarlierMarks(worksheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  // With their ids loaded, the formats are addressed by id, not by positions a deletion shifts.
  return worksheet
    .getRange()
    .conditionalFormats.load("items/id,items/customOrNullObject/rule/formula");
}

/** Our marks among the sheets' conditional formats that queueEarlierMarks loaded. */
export function earlierMarks(
  loaded: readonly Excel.ConditionalFormatCollection[],
): Excel.ConditionalFormat[] {
  return loaded.flatMap((formats) => formats.items.filter(isMark));
}

function isMark(format: Excel.ConditionalFormat): boolean {
  const custom = format.customOrNullObject;
  return !custom.isNullObject && sameFormula(custom.rule.formula, MARK_FORMULA);
}

// Loosely: Excel may give a formula back in its own case or spacing.
function sameFormula(a: string, b: string): boolean {
  const plain = (f: string) => f.replace(/\s+/g, "").toUpperCase();
  return plain(a) === plain(b);
}

/** The cells of each sheet and level, as rectangles; a cell with an error gets no warning. */
function planMarks(
  marks: readonly CellMark[],
): { sheetName: string; level: MarkLevel; ranges: CellRange[] }[] {
  const levels = new Map<string, Map<string, { at: Position; level: MarkLevel }>>();
  for (const mark of marks) {
    const at = parseAddress(mark.address);
    // Issues name single cells; anything else has no cell to colour.
    if (!at) continue;
    let cells = levels.get(mark.sheetName);
    if (!cells)
      levels.set(mark.sheetName, (cells = new Map<string, { at: Position; level: MarkLevel }>()));
    const key = address(at.rowIndex, at.columnIndex);
    if (cells.get(key)?.level !== "error") cells.set(key, { at, level: mark.level });
  }
  return [...levels].flatMap(([sheetName, cells]) =>
    (["error", "warning"] as const).flatMap((level) => {
      const at = [...cells.values()].filter((c) => c.level === level).map((c) => c.at);
      return at.length > 0 ? [{ sheetName, level, ranges: rectanglesOf(at) }] : [];
    }),
  );
}

type Position = { readonly rowIndex: number; readonly columnIndex: number };
type Rectangle = { top: number; left: number; bottom: number; right: number };

/** Distinct cells as rectangles: runs of rows in a column, then such runs side by side. */
function rectanglesOf(cells: readonly Position[]): CellRange[] {
  const sorted = [...cells].sort(
    (a, b) => a.columnIndex - b.columnIndex || a.rowIndex - b.rowIndex,
  );
  const runs: Rectangle[] = [];
  for (const { rowIndex, columnIndex } of sorted) {
    const last = runs.at(-1);
    if (last?.left === columnIndex && last.bottom === rowIndex - 1) last.bottom = rowIndex;
    else runs.push({ top: rowIndex, left: columnIndex, bottom: rowIndex, right: columnIndex });
  }
  const rectangles: Rectangle[] = [];
  // By rows covered: the rectangle that reached the column before.
  const reaching = new Map<string, Rectangle>();
  for (const run of runs) {
    const key = `${run.top}:${run.bottom}`;
    const rectangle = reaching.get(key);
    if (rectangle?.right === run.left - 1) rectangle.right = run.left;
    else {
      rectangles.push(run);
      reaching.set(key, run);
    }
  }
  return rectangles;
}

/** Comma-separated lists of addresses, each short enough for one RangeAreas. */
function addressLists(ranges: readonly CellRange[]): string[] {
  const lists: string[] = [];
  let list = "";
  for (const a of ranges.map(rangeAddress)) {
    if (list !== "" && list.length + 1 + a.length > MAX_AREAS_CHARS) {
      lists.push(list);
      list = "";
    }
    list = list === "" ? a : `${list},${a}`;
  }
  if (list !== "") lists.push(list);
  return lists;
}

async function queueRemoval(
  budget: RequestBudget,
  earlier: readonly Excel.ConditionalFormat[],
): Promise<void> {
  for (const format of earlier) {
    await budget.reserve(OPERATION_BYTES);
    format.delete();
  }
}

/**
 * Replace the earlier marks by conditional formats colouring the given cells, above the
 * workbook's own conditional formats; the cells' own fills are never touched. One custom
 * format covers many cells (one per rectangle below ExcelApi 1.9). One round trip per 4 MB.
 */
export async function markCells(
  context: Excel.RequestContext,
  marks: readonly CellMark[],
  earlier: readonly Excel.ConditionalFormat[],
): Promise<void> {
  if (marks.length === 0 && earlier.length === 0) return;
  const budget = new RequestBudget(context);
  await queueRemoval(budget, earlier);
  const areas = supportsExcelApi("1.9");
  for (const { sheetName, level, ranges } of planMarks(marks)) {
    const worksheet = context.workbook.worksheets.getItem(sheetName);
    const addresses = areas ? addressLists(ranges) : ranges.map(rangeAddress);
    for (const a of addresses) {
      // The range, the format, and its formula, fill and priority.
      await budget.reserve(OPERATION_BYTES * 5 + jsonBytes(a));
      const target = areas ? worksheet.getRanges(a) : worksheet.getRange(a);
      const format = target.conditionalFormats.add("Custom");
      format.custom.rule.formula = MARK_FORMULA;
      format.custom.format.fill.color = MARK_COLORS[level];
      format.priority = 0;
    }
  }
  await budget.flush();
}

/** 清除标记: delete our conditional formats. */
export async function clearMarks(context: Excel.RequestContext): Promise<void> {
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const loaded = worksheets.items.map(queueEarlierMarks);
  await context.sync();
  const earlier = earlierMarks(loaded);
  if (earlier.length === 0) return;
  const budget = new RequestBudget(context);
  await queueRemoval(budget, earlier);
  await budget.flush();
}
