// Real .xlsx files for tests, written by exceljs as another program would.
import ExcelJS from "exceljs";
import type { Cell, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { address, isDateCell, isErrorCell, isFormulaCell } from "../../src/core/grid";

type ExcelValue = ExcelJS.CellValue;

function toExcel(cell: Cell): ExcelValue {
  if (cell === null || cell === undefined) return null;
  if (isFormulaCell(cell)) {
    const result = cell.result === null ? undefined : toExcel(cell.result);
    return { formula: "1+1", result } as ExcelJS.CellFormulaValue;
  }
  if (isErrorCell(cell)) return { error: cell.error } as ExcelJS.CellErrorValue;
  if (isDateCell(cell))
    return new Date(`${cell.date.length === 10 ? `${cell.date}T00:00:00` : cell.date}Z`);
  return cell;
}

/** Write sheets (as grids) into an .xlsx with exceljs; merges and hidden sheets included. */
export async function writeXlsx(grid: WorkbookGrid): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of grid.sheets) addSheet(wb, sheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addSheet(wb: ExcelJS.Workbook, sheet: SheetGrid): void {
  const ws = wb.addWorksheet(sheet.name, { state: sheet.hidden ? "hidden" : "visible" });
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      const value = toExcel(cell);
      if (value === null) return;
      const target = ws.getCell(address(r, c));
      target.value = value;
      if (value instanceof Date) target.numFmt = "yyyy-mm-dd";
    }),
  );
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
}
