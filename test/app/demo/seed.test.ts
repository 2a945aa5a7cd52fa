import { seedSubmissions } from "../../../src/app/demo/seed";
import { validateWorkbook } from "../../../src/core/validate/validate-workbook";
import { formSheet, metaSheet, tableSheet } from "../../support/workbook";
import type { DataSheetKey } from "../../../src/core/spec/sheets";

describe("the demo submissions of the seed report", () => {
  const read = seedSubmissions().map((s) => ({
    file: s.fileName,
    read: validateWorkbook({
      sheets: [
        formSheet(s.form),
        ...(Object.keys(s.tables) as DataSheetKey[]).map((k) => tableSheet(k, [...s.tables[k]])),
        metaSheet(),
      ],
    }),
  }));

  test("six submissions for five villages, 凤凰寨村 twice", () => {
    const villages = read.map((r) => r.read.tables.villages?.rows[0]?.values.village_code);
    expect(villages).toHaveLength(6);
    expect(new Set(villages).size).toBe(5);
    expect(villages.filter((v) => v === "420116012215")).toHaveLength(2);
  });

  test("no errors: only the warnings staff's typing earns (units, hedges, everyday names)", () => {
    const codes = read.flatMap((r) => r.read.issues.map((i) => `${i.severity}:${i.code}`));
    expect(codes.filter((c) => c.startsWith("error"))).toEqual([]);
    expect(new Set(codes)).toEqual(
      new Set([
        "warning:normalized",
        "warning:approximate",
        "warning:name-mismatch",
        "warning:plausibility",
      ]),
    );
  });

  test("the report's figures are read as the report means them", () => {
    const value = (i: number, sheet: DataSheetKey, field: string) =>
      read[i]!.read.tables[sheet]?.rows[0]?.values[field];
    expect(value(1, "funds", "amount")).toBe(4710000);
    expect(value(2, "funds", "amount")).toBe(2000000);
    expect(value(0, "villages", "collective_income")).toBe(350000);
  });
});
