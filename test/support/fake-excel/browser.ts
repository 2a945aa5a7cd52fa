// Installed in the browser in place of office.js: the taskpane runs against the fake host.
import type { WorkbookGrid } from "../../../src/core/grid";
import { workbookFromGrid } from "./from-grid";
import { FakeExcelHost } from "./host";
import { FakeWorkbook } from "./model";

const params = new URLSearchParams(window.location.search);
const host = new FakeExcelHost(new FakeWorkbook(), {
  apiVersion: params.get("excelApi") ?? "1.13",
  displayLanguage: params.get("lang") ?? "zh-CN",
});
host.workbook.addSheet("Sheet1");

/** Replace the workbook's content with a grid's (for tests driving the page). */
function loadGrid(grid: WorkbookGrid): void {
  const wb = workbookFromGrid(grid);
  host.workbook.sheets.splice(0, host.workbook.sheets.length, ...wb.sheets);
  host.workbook.activeSheet = wb.activeSheet;
  host.workbook.selection = null;
}

Object.assign(window, { Office: host.Office, Excel: host.Excel, fakeExcel: host, loadGrid });
