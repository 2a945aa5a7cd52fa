import { readWorkbook, parseAreas } from "../../../src/addin/office/read-workbook";
import { FakeWorkbook } from "../../support/fake-excel";
import { householdRows, tableSheet, workbook } from "../../support/workbook";
import { hostOf, run, trimmed } from "./harness";
import type { WorkbookGrid } from "../../../src/core/grid";

function withHouseholds(n: number): WorkbookGrid {
  return workbook({ tables: { households: householdRows(n) } });
}

describe("readWorkbook", () => {
  test("reads the grid of the same content, dates, errors, formulas and hidden sheets included", async () => {
    const grid: WorkbookGrid = {
      sheets: [
        ...workbook().sheets,
        {
          name: "其他",
          merges: [],
          rows: [
            ["420116012215", { date: "2018-06-27" }, { date: "2018-12-20T09:30:00" }],
            [{ error: "#DIV/0!" }, { formula: true, result: 42 }, { formula: true, result: "x" }],
            [true, 3.25, "=not a formula", "#N/A"],
          ],
        },
      ],
    };
    const host = hostOf(grid);
    const read = await run(host, readWorkbook);
    expect(trimmed(read.grid)).toEqual(trimmed(grid));
    expect(read.date1904).toBe(false);
    // Below ExcelApi 1.9 formulas and value types tell formula and error cells instead.
    const old = await run(hostOf(grid, { apiVersion: "1.8" }), readWorkbook);
    expect(trimmed(old.grid)).toEqual(trimmed(grid));
  });

  test("places a used range that starts below and right of A1", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("S");
    wb.type("S", "C3", [["a", 1]]);
    const read = await run(hostOf(wb), readWorkbook);
    const rows = read.grid.sheets[0]!.rows;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBeUndefined();
    expect(rows[2]).toEqual([null, null, "a", 1]);
  });

  test("dates of a 1904 workbook are read in the 1904 system", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("S");
    wb.date1904 = true;
    // 2018-06-27 is serial 41816 in the 1904 system (43278 − 1462).
    wb.put("S", "A1", { value: 41816, numberFormat: "yyyy/m/d" });
    const read = await run(hostOf(wb), readWorkbook);
    expect(read.date1904).toBe(true);
    expect(read.grid.sheets[0]!.rows[0]).toEqual([{ date: "2018-06-27" }]);
  });

  test("merged areas come from ExcelApi 1.13; below it cells are read as Excel reports them", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("S").merges = [{ top: 1, left: 0, bottom: 3, right: 0 }];
    wb.type("S", "A1", [["区"], ["黄陂区"]]);
    const merged = await run(hostOf(wb, { apiVersion: "1.13" }), readWorkbook);
    expect(merged.grid.sheets[0]!.merges).toEqual([{ top: 1, left: 0, bottom: 3, right: 0 }]);
    const old = await run(hostOf(wb, { apiVersion: "1.8" }), readWorkbook);
    expect(old.grid.sheets[0]!.merges).toEqual([]);
    expect(old.grid.sheets[0]!.rows[1]).toEqual(["黄陂区"]);
  });

  test("round trips: two for 10 rows and for 10,000 rows", async () => {
    const small = hostOf(withHouseholds(10));
    await run(small, readWorkbook);
    const big = hostOf(withHouseholds(10_000));
    const read = await run(big, readWorkbook);
    expect(read.grid.sheets.find((s) => s.name === "贫困户")!.rows).toHaveLength(10_001);
    expect(small.syncs).toBe(2);
    expect(big.syncs).toBe(small.syncs);
  });

  test("above 4 MB the cells come in pieces of at most 4 MB, none refused", async () => {
    const grid = { sheets: [tableSheet("households", householdRows(50_000))] };
    const host = hostOf(grid);
    const read = await run(host, readWorkbook);
    expect(trimmed(read.grid)).toEqual(trimmed(grid));
    // One request for the sheets' shapes, two for 50,000 rows (about 7 MB of cells).
    expect(host.syncs).toBe(3);
    for (const r of host.requests) {
      expect(r.responseBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
      expect(r.requestBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
    }
  });

  test("number formats are loaded for number cells only", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("S");
    const rows = Array.from({ length: 2000 }, (_, i) => [`名称${i}`, `说明${i}`, "2018-06-27"]);
    wb.type("S", "A1", rows);
    const host = hostOf(wb);
    const read = await run(host, readWorkbook);
    expect(read.grid.sheets[0]!.rows[1999]).toEqual([
      "名称1999",
      "说明1999",
      { date: "2018-06-27" },
    ]);
    const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x));
    const values = bytes(rows.map((r) => [r[0], r[1], 43278]));
    const allFormats = bytes(rows.map(() => ["General", "General", "yyyy-mm-dd"]));
    const received = host.requests.reduce((n, r) => n + r.responseBytes, 0);
    // Formats of the date column alone are about 40% of every cell's.
    expect(received).toBeLessThan(values + allFormats * 0.6);
  });

  test("scattered numbers: formats by column, dates still found", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("S");
    // Text and dates alternate down a column: hundreds of areas of number cells.
    wb.type(
      "S",
      "A1",
      Array.from({ length: 400 }, (_, i) => [i % 2 ? "2018-06-27" : `文字${i}`, i]),
    );
    const read = await run(hostOf(wb), readWorkbook);
    const rows = read.grid.sheets[0]!.rows;
    expect(rows[0]).toEqual(["文字0", 0]);
    expect(rows[399]).toEqual([{ date: "2018-06-27" }, 399]);
  });

  test("a host that will not navigate past the last sheet is read with the list first", async () => {
    const grid = withHouseholds(10);
    const host = hostOf(grid, { navigatesNullObjects: false });
    const read = await run(host, readWorkbook);
    expect(trimmed(read.grid)).toEqual(trimmed(grid));
    // The refused walk, the list of sheets, their shapes, the cells.
    expect(host.syncs).toBe(4);
  });

  test("a workbook of more sheets than one walk covers is read whole", async () => {
    const wb = new FakeWorkbook();
    for (let i = 1; i <= 20; i++) {
      wb.addSheet(`S${i}`);
      wb.type(`S${i}`, "A1", [[`sheet ${i}`]]);
    }
    wb.sheetOrThrow("S18").visibility = "Hidden";
    const host = hostOf(wb);
    const read = await run(host, readWorkbook);
    expect(read.grid.sheets.map((s) => s.rows[0]![0])).toEqual(
      Array.from({ length: 20 }, (_, i) => `sheet ${i + 1}`),
    );
    expect(read.grid.sheets[17]!.hidden).toBe(true);
    expect(host.syncs).toBe(3);
  });

  test("a stray value far from the data fails at once, naming the used range", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("贫困户");
    wb.type("贫困户", "A1", [["户主姓名"]]);
    wb.type("贫困户", "XFD1048576", [["x"]]);
    const host = hostOf(wb);
    await expect(run(host, readWorkbook)).rejects.toMatchObject({
      code: "SheetTooLarge",
      sheetName: "贫困户",
      address: "A1:XFD1048576",
    });
    // The shapes, then a count of its filled cells: not billions of empty cells.
    expect(host.syncs).toBe(2);
  });

  test("what a caller queues travels with the first request, one per sheet", async () => {
    const host = hostOf(withHouseholds(10));
    const read = await run(host, (ctx) =>
      readWorkbook(ctx, (worksheet) => worksheet.getRange("A1").load("values")),
    );
    expect(host.syncs).toBe(2);
    expect(read.queued).toHaveLength(read.grid.sheets.length);
    expect(read.queued.map((r) => r.values[0]![0])).toEqual(
      read.grid.sheets.map((s) => s.rows[0]?.[0] ?? ""),
    );
  });
});

describe("parseAreas", () => {
  test("reads quoted sheet names and absolute references", () => {
    expect(parseAreas("'a,b!'!$A$1:$B$2,S!C3")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
  });
});
