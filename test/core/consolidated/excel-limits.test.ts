import { sheetOverExcelLimits } from "../../../src/core/consolidated/excel-limits";
import { EXCEL_MAX_ROWS } from "../../../src/core/excel-values";
import type { PlannedSheet } from "../../../src/core/consolidated/plan";

function sheet(name: string, columns: number, rows: number, header = true): PlannedSheet {
  return {
    name,
    columns: Array.from({ length: columns }, (_, c) => ({
      header: `c${c}`,
      kind: "text",
      numFmt: "@",
      width: 10,
      wrap: false,
    })),
    header,
    rows: Array.from({ length: rows }, () => []),
    frozenHeader: header,
    autoFilter: header,
    hidden: false,
    dataBars: [],
    title: null,
    chart: null,
  };
}

test("a sheet of exactly Excel's rows, header included, fits; one more row does not", () => {
  expect(sheetOverExcelLimits({ sheets: [sheet("贫困户", 3, EXCEL_MAX_ROWS - 1)] })).toBeNull();
  expect(sheetOverExcelLimits({ sheets: [sheet("_meta", 2, EXCEL_MAX_ROWS, false)] })).toBeNull();
  expect(
    sheetOverExcelLimits({ sheets: [sheet("村级指标", 3, 5), sheet("贫困户", 3, EXCEL_MAX_ROWS)] }),
  ).toEqual({ sheet: "贫困户", rows: EXCEL_MAX_ROWS + 1, columns: 3 });
});

test("a sheet of 16,385 columns does not fit; 16,384 do", () => {
  expect(sheetOverExcelLimits({ sheets: [sheet("宽", 16_384, 1)] })).toBeNull();
  expect(sheetOverExcelLimits({ sheets: [sheet("宽", 16_385, 1)] })).toEqual({
    sheet: "宽",
    rows: 2,
    columns: 16_385,
  });
});
