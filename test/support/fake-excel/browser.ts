// Installed in the browser in place of office.js: the taskpane runs against the fake host.
import { FakeExcelHost } from "./host";
import { FakeWorkbook } from "./model";

const params = new URLSearchParams(window.location.search);
const host = new FakeExcelHost(new FakeWorkbook(), {
  apiVersion: params.get("excelApi") ?? "1.13",
  displayLanguage: params.get("lang") ?? "zh-CN",
});
host.workbook.addSheet("Sheet1");

Object.assign(window, { Office: host.Office, Excel: host.Excel, fakeExcel: host });
