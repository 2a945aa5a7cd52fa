// Set up a fake workbook holding the content of a core grid, as Excel would store it.
import type { WorkbookGrid } from "../../../src/core/grid";
import { isDateCell, isErrorCell, isFormulaCell } from "../../../src/core/grid";
import type { FakeCell, FakeScalar } from "./model";
import { FakeWorkbook } from "./model";

function dateSerial(iso: string): number {
  const [date = "", time = "00:00:00"] = iso.split("T");
  const [y, m, d] = date.split("-").map(Number);
  const [hh = 0, mm = 0, ss = 0] = time.split(":").map(Number);
  const days = (Date.UTC(y!, m! - 1, d!) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return days + (hh * 3600 + mm * 60 + ss) / 86_400;
}

function scalarCell(value: unknown): FakeCell {
  if (value === null || value === undefined) return {};
  if (typeof value === "object" && isDateCell(value as never)) {
    const iso = (value as { date: string }).date;
    return {
      value: dateSerial(iso),
      numberFormat: iso.includes("T") ? "yyyy-mm-dd hh:mm" : "yyyy-mm-dd",
    };
  }
  if (typeof value === "object" && isErrorCell(value as never)) {
    return { value: { error: (value as { error: string }).error } };
  }
  const v = value as FakeScalar;
  // Text that Excel would convert is stored as text, as a person formatting the cell would.
  return typeof v === "string" ? { value: v, numberFormat: "@" } : { value: v };
}

/** A fake workbook with the grid's sheets, cells and merges (1900 date system). */
export function workbookFromGrid(grid: WorkbookGrid): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const sheetGrid of grid.sheets) {
    const sheet = wb.addSheet(sheetGrid.name);
    if (sheetGrid.hidden) sheet.visibility = "Hidden";
    sheet.merges = sheetGrid.merges.map((m) => ({ ...m }));
    sheetGrid.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell === null || cell === undefined) return;
        const fake: FakeCell = isFormulaCell(cell)
          ? { ...scalarCell(cell.result), formula: `=FORMULA_${r}_${c}()` }
          : scalarCell(cell);
        if (fake.value !== undefined || fake.formula !== undefined) {
          Object.assign(sheet.touch(r, c), fake);
        }
      }),
    );
  }
  if (wb.sheets.length > 0 && wb.sheets.every((s) => s.visibility !== "Visible")) {
    wb.sheets[0]!.visibility = "Visible";
  }
  return wb;
}
