import {
  MARKS_SHEET,
  MARK_COLORS,
  clearMarks,
  markCells,
  readMarks,
  savedFills,
} from "../../../src/addin/office/marks";
import { readWorkbook } from "../../../src/addin/office/read-workbook";
import { FakeWorkbook } from "../../support/fake-excel";
import { hostOf, run } from "./harness";

function sheetWithFills() {
  const wb = new FakeWorkbook();
  wb.addSheet("帮扶村");
  wb.type("帮扶村", "A1", [["a", "b", "c"]]);
  wb.put("帮扶村", "B1", { fill: "#00B050" });
  return wb;
}

async function markAfterRead(
  host: ReturnType<typeof hostOf>,
  marks: Parameters<typeof markCells>[1],
) {
  const read = await run(host, readWorkbook);
  const names = new Set(read.grid.sheets.map((s) => s.name));
  const saved = savedFills(read.grid.sheets.find((s) => s.name === MARKS_SHEET));
  await run(host, (ctx) => markCells(ctx, marks, saved, names));
}

describe("marks", () => {
  test("marking colours cells and keeps their own fills in a very hidden sheet", async () => {
    const host = hostOf(sheetWithFills());
    await markAfterRead(host, [
      { sheetName: "帮扶村", address: "A1", level: "error" },
      { sheetName: "帮扶村", address: "B1", level: "warning" },
    ]);
    const s = host.workbook.sheetOrThrow("帮扶村");
    expect([s.cell(0, 0)?.fill, s.cell(0, 1)?.fill]).toEqual([
      MARK_COLORS.error,
      MARK_COLORS.warning,
    ]);
    const store = host.workbook.sheetOrThrow(MARKS_SHEET);
    expect(store.visibility).toBe("VeryHidden");
    expect([store.valueAt(1, 1), store.valueAt(1, 2)]).toEqual(["B1", "#00B050"]);
  });

  test("清除标记 restores the cells' own fills, none included, and drops the marks sheet", async () => {
    const host = hostOf(sheetWithFills());
    await markAfterRead(host, [
      { sheetName: "帮扶村", address: "A1", level: "error" },
      { sheetName: "帮扶村", address: "B1", level: "error" },
    ]);
    await run(host, async (ctx) => {
      const { saved, sheetNames } = await readMarks(ctx);
      await clearMarks(ctx, saved, sheetNames);
    });
    const s = host.workbook.sheetOrThrow("帮扶村");
    expect(s.cell(0, 0)?.fill).toBeUndefined();
    expect(s.cell(0, 1)?.fill).toBe("#00B050");
    expect(host.workbook.sheet(MARKS_SHEET)).toBeUndefined();
  });

  test("marking again first restores the earlier marks, so own fills are never lost", async () => {
    const host = hostOf(sheetWithFills());
    await markAfterRead(host, [{ sheetName: "帮扶村", address: "B1", level: "error" }]);
    await markAfterRead(host, [{ sheetName: "帮扶村", address: "B1", level: "warning" }]);
    const s = host.workbook.sheetOrThrow("帮扶村");
    expect(s.cell(0, 1)?.fill).toBe(MARK_COLORS.warning);
    await run(host, async (ctx) => {
      const { saved, sheetNames } = await readMarks(ctx);
      await clearMarks(ctx, saved, sheetNames);
    });
    expect(s.cell(0, 1)?.fill).toBe("#00B050");
  });

  test("round trips do not grow with the number of marked cells below 4 MB", async () => {
    const counts: number[] = [];
    for (const n of [5, 5000]) {
      const wb = new FakeWorkbook();
      wb.addSheet("S");
      const host = hostOf(wb);
      const marks = Array.from({ length: n }, (_, i) => ({
        sheetName: "S",
        address: `A${i + 1}`,
        level: "error" as const,
      }));
      await run(host, (ctx) => markCells(ctx, marks, [], new Set(["S"])));
      counts.push(host.syncs);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
