import type { SheetGrid } from "../../core/read/grid";
import { cellText } from "../../core/read/header";
import { RequestBudget, OPERATION_BYTES } from "./requests";
import { writeSheetContent } from "./write-sheets";

/** Where the cells' own fills are kept while marked, so that 清除标记 can restore them. */
export const MARKS_SHEET = "_aidsheet_marks";

export type MarkLevel = "error" | "warning";

export interface CellMark {
  readonly sheetName: string;
  readonly address: string;
  readonly level: MarkLevel;
}

/** A cell's own fill before it was marked; white means none (Excel reports no fill so). */
export interface SavedFill {
  readonly sheetName: string;
  readonly address: string;
  readonly color: string;
}

export const MARK_COLORS: { readonly [L in MarkLevel]: string } = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
};
const NO_FILL = "#FFFFFF";

/** The fills saved by an earlier marking, from the marks sheet as read. */
export function savedFills(sheet: SheetGrid | undefined): SavedFill[] {
  return (sheet?.rows ?? []).flatMap((row) => {
    const [sheetName, address, color] = [0, 1, 2].map((c) => cellText(row?.[c]));
    return sheetName && address ? [{ sheetName, address, color: color ?? NO_FILL }] : [];
  });
}

async function queueRestore(
  context: Excel.RequestContext,
  budget: RequestBudget,
  saved: readonly SavedFill[],
  sheetNames: ReadonlySet<string>,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  for (const fill of saved) {
    // A sheet renamed or deleted since: nothing left to restore there.
    if (!sheetNames.has(fill.sheetName)) continue;
    await budget.reserve(OPERATION_BYTES);
    const range = worksheets.getItem(fill.sheetName).getRange(fill.address);
    if (fill.color.toUpperCase() === NO_FILL) range.format.fill.clear();
    else range.format.fill.color = fill.color;
  }
  if (saved.length > 0 || sheetNames.has(MARKS_SHEET)) {
    worksheets.getItem(MARKS_SHEET).delete();
  }
}

/**
 * Restore the fills of an earlier marking, then colour the given cells, keeping their own
 * fills in a very hidden sheet first. Round trips: one per 4 MB of cells, plus one.
 */
export async function markCells(
  context: Excel.RequestContext,
  marks: readonly CellMark[],
  saved: readonly SavedFill[],
  sheetNames: ReadonlySet<string>,
): Promise<void> {
  const budget = new RequestBudget(context);
  await queueRestore(context, budget, saved, sheetNames);
  const targets = marks.filter((m) => sheetNames.has(m.sheetName) && m.sheetName !== MARKS_SHEET);
  const fills: { mark: CellMark; fill: Excel.RangeFill }[] = [];
  for (const mark of targets) {
    await budget.reserve(OPERATION_BYTES * 2);
    const fill = context.workbook.worksheets
      .getItem(mark.sheetName)
      .getRange(mark.address)
      .format.fill.load("color");
    fills.push({ mark, fill });
  }
  await budget.flush();
  if (fills.length === 0) return;
  const store = context.workbook.worksheets.add(MARKS_SHEET);
  await writeSheetContent(
    budget,
    store,
    {
      name: MARKS_SHEET,
      rows: fills.map(({ mark, fill }) => [mark.sheetName, mark.address, fill.color ?? NO_FILL]),
      numberFormats: [{ range: `A1:C${fills.length}`, numFmt: "@" }],
    },
    false,
  );
  for (const { mark, fill } of fills) {
    await budget.reserve(OPERATION_BYTES);
    fill.color = MARK_COLORS[mark.level];
  }
  store.visibility = "VeryHidden";
  await budget.flush();
}

/** Restore every marked cell's own fill and drop the marks sheet. */
export async function clearMarks(
  context: Excel.RequestContext,
  saved: readonly SavedFill[],
  sheetNames: ReadonlySet<string>,
): Promise<void> {
  const budget = new RequestBudget(context);
  await queueRestore(context, budget, saved, sheetNames);
  await budget.flush();
}

/** Read what clearMarks needs: the sheet names and the saved fills (two round trips). */
export async function readMarks(
  context: Excel.RequestContext,
): Promise<{ saved: SavedFill[]; sheetNames: Set<string> }> {
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const sheetNames = new Set(worksheets.items.map((w) => w.name));
  if (!sheetNames.has(MARKS_SHEET)) return { saved: [], sheetNames };
  const used = worksheets.getItem(MARKS_SHEET).getUsedRangeOrNullObject(true).load("values");
  await context.sync();
  const rows = used.isNullObject ? [] : (used.values as unknown[][]);
  const saved = savedFills({
    name: MARKS_SHEET,
    merges: [],
    rows: rows.map((row) => row.map((v) => (typeof v === "string" ? v : String(v)))),
  });
  return { saved, sheetNames };
}
