import { runFix, runValidate } from "../../../src/addin/tasks/validate";
import { runClearMarks, runSelect } from "../../../src/addin/tasks/simple";
import { MARK_COLORS } from "../../../src/addin/office/marks";
import { householdRows, validTables, workbook } from "../../support/workbook";
import { hostOf } from "../office/harness";
import { envOf } from "./env";

describe("校验", () => {
  test("lists issues by sheet with counts, and marks error and warning cells", async () => {
    const [village] = validTables().villages;
    const host = hostOf(
      workbook({
        tables: { villages: [{ ...village, poor_households: 9999, collective_income: "35万元" }] },
      }),
    );
    const view = await runValidate(envOf(host));
    const villages = view.groups.find((g) => g.title === "帮扶村")!;
    expect(villages.rows.map((r) => [r.cell, r.code])).toEqual(
      expect.arrayContaining([
        ["G2", "range"],
        ["K2", "normalized"],
      ]),
    );
    expect(villages.counts.error).toBeGreaterThan(0);
    expect(view.fixable).toBe(1);
    const sheet = host.workbook.sheetOrThrow("帮扶村");
    expect(sheet.displayedFill(1, 6)).toBe(MARK_COLORS.error);
    expect(sheet.displayedFill(1, 10)).toBe(MARK_COLORS.warning);
    // Highlighted by conditional formats: the cells' own fills are untouched.
    expect([sheet.cell(1, 6)?.fill, sheet.cell(1, 10)?.fill]).toEqual([undefined, undefined]);
  });

  test("校验 takes three round trips for 10 rows and for 10,000 rows", async () => {
    const syncs: number[] = [];
    for (const n of [10, 10_000]) {
      const rows = householdRows(n);
      // One bad household in each: the marks are part of the task.
      rows[n - 1] = { ...rows[n - 1]!, household_size: 99 };
      const host = hostOf(workbook({ tables: { households: rows } }));
      const view = await runValidate(envOf(host));
      expect(view.counts.error).toBeGreaterThan(0);
      syncs.push(host.syncs);
    }
    // The sheets' shapes and earlier marks, the cells, the marks.
    expect(syncs).toEqual([3, 3]);
  });

  test("clicking an issue selects its cell; 清除标记 shows the cells' own fills again", async () => {
    const [village] = validTables().villages;
    const host = hostOf(
      workbook({ tables: { villages: [{ ...village, poor_households: 9999 }] } }),
    );
    const sheet = host.workbook.sheetOrThrow("帮扶村");
    sheet.touch(1, 6).fill = "#00B050";
    const env = envOf(host);
    const view = await runValidate(env);
    expect(sheet.displayedFill(1, 6)).toBe(MARK_COLORS.error);
    const row = view.groups.flatMap((g) => g.rows).find((r) => r.code === "range")!;
    await runSelect(env, row.sheetName!, row.cell);
    expect(host.workbook.selection).toEqual({ sheet: "帮扶村", address: "G2" });
    await runClearMarks(env);
    expect(sheet.displayedFill(1, 6)).toBe("#00B050");
    expect(sheet.conditionalFormats).toEqual([]);
  });
});

describe("一键修正", () => {
  test("writes canonical values back, codes as text, and validates again", async () => {
    const [village] = validTables().villages;
    const host = hostOf(
      workbook({
        tables: {
          villages: [
            {
              ...village,
              village_code: 420116012215,
              households_total: "420户",
              collective_income: "35万元",
            },
          ],
        },
      }),
    );
    // The numbers typed as text sit in text-formatted cells (as workbookFromGrid stores text).
    const env = envOf(host);
    const before = await runValidate(env);
    expect(before.fixable).toBe(3);
    const sheet = host.workbook.sheetOrThrow("帮扶村");
    expect(sheet.displayedFill(1, 10)).toBe(MARK_COLORS.warning);
    const { fixed, view } = await runFix(env);
    expect(fixed).toBe(3);
    expect(view.fixable).toBe(0);
    expect(view.groups.flatMap((g) => g.rows).filter((r) => r.code === "normalized")).toEqual([]);
    // The second read's marks were replaced: the fixed cell is no longer highlighted.
    expect(sheet.displayedFill(1, 10)).toBeUndefined();
    expect(sheet.cell(1, 0)?.value).toBe("420116012215");
    expect(sheet.cell(1, 4)?.value).toBe(420);
    expect(sheet.cell(1, 10)?.value).toBe(350000);
  });
});
