import type { Cell, SheetGrid, WorkbookGrid } from "../grid";
import type { ColumnKind } from "./layout";
import type { ConsolidatedSheets, PlanValue } from "./plan";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

function toCell(value: PlanValue, kind: ColumnKind): Cell {
  if (value === null) return null;
  // Only ISO text is a date, as the writer decides: a heading above a date column stays text.
  if (
    typeof value === "string" &&
    (kind === "date" || kind === "datetime") &&
    ISO_DATE.test(value)
  ) {
    return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)
      ? { date: `${value}:00` }
      : { date: value };
  }
  return value;
}

/**
 * The planned workbook as grids, as a host would read it back: dates become date cells,
 * everything else stays as planned. The add-in and tests use it without a file.
 */
export function consolidatedToGrid(plan: ConsolidatedSheets): WorkbookGrid {
  return {
    sheets: plan.sheets.map((sheet): SheetGrid => ({
      name: sheet.name,
      rows: [
        ...(sheet.header ? [sheet.columns.map((c) => c.header)] : []),
        ...sheet.rows.map((row) => row.map((v, i) => toCell(v, sheet.columns[i]?.kind ?? "text"))),
      ],
      merges: [],
      ...(sheet.hidden ? { hidden: true } : {}),
    })),
  };
}
