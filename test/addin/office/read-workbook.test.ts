import { readWorkbook, parseAreas } from "../../../src/addin/office/read-workbook";
import { FakeWorkbook } from "../../support/fake-excel";
import { fakeId18 } from "../../support/ids";
import { tableSheet, workbook } from "../../support/workbook";
import { hostOf, run, trimmed } from "./harness";
import type { WorkbookGrid } from "../../../src/core/read/grid";

function householdRows(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id_number: fakeId18(i),
    head_name: `户主${i}`,
    village_code: "420116012215",
    household_size: 3,
    identified_year: 2014,
    cause: "因病",
    exit_year: 2017,
    income_per_capita: 5200 + i,
    measure: "产业帮扶",
    cadre: "李四",
  }));
}

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
    expect(Math.max(...big.requests.map((r) => r.responseBytes))).toBeLessThan(5 * 1024 * 1024);
  });

  test("a response Excel refuses as too large is read again in pieces of about 4 MB", async () => {
    const grid = { sheets: [tableSheet("households", householdRows(34_000))] };
    const host = hostOf(grid);
    const read = await run(host, readWorkbook);
    expect(trimmed(read.grid)).toEqual(trimmed(grid));
    const refused = host.requests.filter((r) => r.responseBytes > 5 * 1024 * 1024);
    expect(refused).toHaveLength(1);
    const pieces = host.requests.slice(3);
    expect(pieces.length).toBeGreaterThan(1);
    for (const r of pieces) expect(r.responseBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
    // The first piece measures the cells' real size, so the next ones fill their 4 MB.
    for (const r of pieces.slice(1, -1)) {
      expect(r.responseBytes).toBeGreaterThan(3.6 * 1024 * 1024);
    }
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
