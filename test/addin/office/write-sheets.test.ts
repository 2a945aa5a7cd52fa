import { readWorkbook } from "../../../src/addin/office/read-workbook";
import { writeSheets } from "../../../src/addin/office/write-sheets";
import type { SheetWrite } from "../../../src/addin/office/write-sheets";
import { FakeWorkbook } from "../../support/fake-excel";
import { hostOf, run, trimmed } from "./harness";

function blank() {
  const wb = new FakeWorkbook();
  wb.addSheet("Sheet1");
  return wb;
}

const FORMULA_LIKE = [
  '=HYPERLINK("x")',
  "+1-2",
  "-abc",
  "@SUM(A1)",
  "＝1",
  "＋x",
  "－y",
  "＠z",
  "\tx",
  "\rx",
];

describe("writeSheets", () => {
  test("codes, IDs, dates and formula-like text keep what they are", async () => {
    const sheet: SheetWrite = {
      name: "村级指标",
      rows: [
        ["村代码", "日期", "金额", "备注"],
        ["420116012215", { date: "2018-06-27" }, 350000, "TRUE"],
        ["0271234567", { date: "2018-12-20T09:30:00" }, 0.25, "2018-06-27"],
        ...FORMULA_LIKE.map((text) => ["420117102205", null, null, text]),
      ],
    };
    const host = hostOf(blank());
    await run(host, (ctx) => writeSheets(ctx, [sheet], { existing: "replace", date1904: false }));
    const s = host.workbook.sheetOrThrow("村级指标");
    for (const { cell } of s.allCells()) expect(cell.formula).toBeUndefined();
    const read = await run(host, readWorkbook);
    const written = trimmed({ sheets: [{ name: sheet.name, merges: [], rows: sheet.rows }] });
    expect(trimmed(read.grid).find((g) => g.name === "村级指标")).toEqual(written[0]);
  });

  test("a sheet of 200,000 rows is written whole (no spread of its rows on the stack)", async () => {
    const rows = [["户主身份证号"], ...Array.from({ length: 200_000 }, (_, i) => [`ID${i}`])];
    const host = hostOf(blank());
    await run(host, (ctx) =>
      writeSheets(ctx, [{ name: "贫困户", rows }], { existing: "replace", date1904: false }),
    );
    const sheet = host.workbook.sheetOrThrow("贫困户");
    expect(sheet.cellCount).toBe(200_001);
  });

  test("number formats of the plan are set before the values", async () => {
    const host = hostOf(blank());
    await run(host, (ctx) =>
      writeSheets(
        ctx,
        [
          {
            name: "S",
            rows: [["代码"], [420116012215]],
            numberFormats: [{ range: "A2:A5", numFmt: "#,##0.00" }],
            frozenRows: 1,
            visibility: "Hidden",
          },
        ],
        { existing: "replace", date1904: false },
      ),
    );
    const s = host.workbook.sheetOrThrow("S");
    expect(s.cell(4, 0)?.numberFormat).toBe("#,##0.00");
    expect(s.cell(1, 0)?.value).toBe(420116012215);
    expect(s.frozenRows).toBe(1);
    expect(s.visibility).toBe("Hidden");
  });

  test("a sheet that exists is replaced, or kept when asked", async () => {
    const wb = blank();
    wb.addSheet("S");
    wb.type("S", "A1", [["old"], ["old too"]]);
    const host = hostOf(wb);
    const kept = await run(host, (ctx) =>
      writeSheets(ctx, [{ name: "S", rows: [["new"]] }], { existing: "keep", date1904: false }),
    );
    expect(kept).toEqual({ written: [], kept: ["S"] });
    expect(host.workbook.sheetOrThrow("S").valueAt(0, 0)).toBe("old");
    await run(host, (ctx) =>
      writeSheets(ctx, [{ name: "S", rows: [["new"]] }], { existing: "replace", date1904: false }),
    );
    const s = host.workbook.sheetOrThrow("S");
    expect([s.valueAt(0, 0), s.valueAt(1, 0)]).toEqual(["new", ""]);
  });

  test("writes over 4 MB go in several requests, none over 4 MB and a little", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [
      `420116${String(i).padStart(6, "0")}`,
      `某某单位第${i}号`,
      i * 1.5,
      { date: "2018-06-27" },
    ]);
    const host = hostOf(blank());
    host.maxPayloadBytes = 5 * 1024 * 1024;
    await run(host, (ctx) =>
      writeSheets(ctx, [{ name: "大表", rows }], { existing: "replace", date1904: false }),
    );
    const sizes = host.requests.map((r) => r.requestBytes);
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(4 * 1024 * 1024);
    expect(Math.max(...sizes)).toBeLessThan(4 * 1024 * 1024 + 64 * 1024);
    expect(host.syncs).toBeLessThanOrEqual(2 + Math.ceil(total / (4 * 1024 * 1024)));
    expect(host.workbook.sheetOrThrow("大表").valueAt(59_999, 0)).toBe("420116059999");
  });
});
