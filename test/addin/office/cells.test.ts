import { isConvertibleText, toExcelInput, toGridCell } from "../../../src/addin/office/cells";
import { chunkRows, jsonBytes } from "../../../src/addin/office/requests";
import { toRule } from "../../../src/addin/office/template-sheets";
import { dateToSerial, serialToDate } from "../../../src/core/excel-values";

describe("cells between Excel and the grid", () => {
  test("dates to serials by calendar arithmetic, both date systems, the 1900 leap day included", () => {
    expect(dateToSerial("2018-06-27", false)).toBe(43278);
    expect(dateToSerial("2018-06-27", true)).toBe(43278 - 1462);
    expect(dateToSerial("1900-02-28", false)).toBe(59);
    expect(dateToSerial("1900-03-01", false)).toBe(61);
    expect(dateToSerial("2018-12-20T09:30:00", false)).toBeCloseTo(43454.395833, 5);
    for (const iso of ["1900-01-01", "1999-12-31", "2020-02-29", "2018-12-20T09:30:00"]) {
      expect(serialToDate(dateToSerial(iso, false), false)).toEqual({ date: iso });
    }
  });

  test("a formula is a cell whose formula differs from its value; text '=x' is no formula", () => {
    const base = { numberFormat: "General", valueType: "String" };
    expect(toGridCell({ ...base, value: "=x", formula: "=x" }, false)).toBe("=x");
    expect(toGridCell({ ...base, value: "x", formula: '="x"' }, false)).toEqual({
      formula: true,
      result: "x",
    });
    expect(
      toGridCell(
        { value: "#N/A", formula: "=NA()", numberFormat: "General", valueType: "Error" },
        false,
      ),
    ).toEqual({ formula: true, result: { error: "#N/A" } });
    expect(
      toGridCell(
        { value: 43278, formula: 43278, numberFormat: 'yyyy"年"m"月"d"日"', valueType: "Double" },
        false,
      ),
    ).toEqual({ date: "2018-06-27" });
  });

  test("text Excel could convert is written into a text-formatted cell", () => {
    for (const t of [
      "420116012215",
      "=1+1",
      "-x",
      "＋1",
      "TRUE",
      "#N/A",
      " 1",
      "\tx",
      "2018-06-27",
    ]) {
      expect(isConvertibleText(t)).toBe(true);
      expect(toExcelInput(t, null, false)).toEqual({ value: t, numberFormat: "@" });
    }
    expect(toExcelInput("凤凰寨村", null, false)).toEqual({
      value: "凤凰寨村",
      numberFormat: null,
    });
    expect(toExcelInput("420116012215", "@", false)).toEqual({
      value: "420116012215",
      numberFormat: null,
    });
    expect(toExcelInput(3, "@", false)).toEqual({ value: 3, numberFormat: "General" });
    expect(toExcelInput({ formula: true, result: 3 }, null, false)).toEqual({
      value: 3,
      numberFormat: null,
    });
  });
});

describe("requests", () => {
  test("rows are split so that no piece exceeds the limit", () => {
    const rows = Array.from({ length: 100 }, (_, i) => ["x".repeat(90), i]);
    const chunks = chunkRows(rows, 1000, jsonBytes);
    expect(chunks.flatMap((c) => c.rows)).toEqual(rows);
    for (const c of chunks) expect(jsonBytes(c.rows)).toBeLessThanOrEqual(1000);
    expect(chunks.length).toBeGreaterThanOrEqual(10);
  });

  test("a list check refers to its range with '=' (without it Excel lists the text itself)", () => {
    expect(toRule({ type: "list", source: "_lists!$A$2:$A$14" })).toEqual({
      list: { inCellDropDown: true, source: "=_lists!$A$2:$A$14" },
    });
    expect(toRule({ type: "whole", operator: "between", formula1: 2013, formula2: 2030 })).toEqual({
      wholeNumber: { formula1: 2013, formula2: 2030, operator: "Between" },
    });
  });
});
