import { recordSchema } from "../../src/core/spec/schemas";
import { seedSubmissions } from "../../src/app/demo/seed";
import { validateWorkbook } from "../../src/core/validate/validate-workbook";
import { DATA_SHEETS } from "../../src/core/spec/sheets";
import type { DataSheetKey } from "../../src/core/spec/sheets";
import { formSheet, metaSheet, tableSheet, validTables, workbook } from "../support/workbook";

describe("zod record schemas derived from the spec", () => {
  test("every valid record of the demo and the fixtures satisfies its sheet's schema", () => {
    const grids = [
      workbook(),
      ...seedSubmissions().map((s) => ({
        sheets: [
          formSheet(s.form),
          ...DATA_SHEETS.map((k: DataSheetKey) => tableSheet(k, [...s.tables[k]])),
          metaSheet(),
        ],
      })),
    ];
    let checked = 0;
    for (const grid of grids) {
      const read = validateWorkbook(grid);
      expect(recordSchema("submission").safeParse(read.form?.values).success).toBe(true);
      for (const key of DATA_SHEETS) {
        for (const row of read.tables[key]?.rows ?? []) {
          if (!row.valid) continue;
          const parsed = recordSchema(key).safeParse(row.values);
          expect(parsed.error?.issues ?? []).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  test("the schema refuses what the spec refuses", () => {
    const village = validTables().villages[0]!;
    expect(recordSchema("villages").safeParse(village).success).toBe(true);
    expect(recordSchema("villages").safeParse({ ...village, households_total: -1 }).success).toBe(
      false,
    );
    expect(
      recordSchema("villages").safeParse({ ...village, village_code: "42011601221" }).success,
    ).toBe(false);
    expect(
      recordSchema("projects").safeParse({ ...validTables().projects[0], category: "产业" })
        .success,
    ).toBe(false);
    expect(recordSchema("villages").safeParse({ ...village, exit_year: null }).success).toBe(true);
    expect(recordSchema("villages").safeParse({ ...village, village_name: null }).success).toBe(
      false,
    );
  });
});
