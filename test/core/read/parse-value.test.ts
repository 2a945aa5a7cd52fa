import { parseCell } from "../../../src/core/read/parse-value";
import type { Parsed } from "../../../src/core/read/parse-value";
import type { Cell } from "../../../src/core/read/grid";
import type { FieldType } from "../../../src/core/spec/types";
import { LISTS } from "../../../src/core/spec/lists";
import { fakeId18, fakeUscc } from "../../support/ids";

const ctx = { lists: (l: string) => LISTS[l as keyof typeof LISTS] ?? ["黄陂区"], multiplier: 1 };
const parse = (cell: Cell, type: FieldType, multiplier = 1): Parsed =>
  parseCell(cell, type, { ...ctx, multiplier });
const value = (v: string | number, conversion?: string) =>
  conversion ? { kind: "value", value: v, conversion } : { kind: "value", value: v };

describe("the conversions of docs/standard.md, reported as normalized", () => {
  test.each<[Cell, FieldType, string | number]>([
    ["39", "count", 39],
    ["1,234", "count", 1234],
    ["１２３", "count", 123],
    [" 17940 ", "money", 17940],
    ["39户", "count", 39],
    ["102人", "count", 102],
    ["6个", "count", 6],
    ["3次", "count", 3],
    ["5名", "count", 5],
    ["35万元", "money", 350000],
    ["471万", "money", 4710000],
    ["1.2亿元", "money", 120000000],
    ["4,710,000元", "money", 4710000],
    ["0.07万", "money", 700],
    ["2017年", "year", 2017],
    ["2018-6-27", "date", "2018-06-27"],
    ["2018/6/27", "date", "2018-06-27"],
    ["2018.6.27", "date", "2018-06-27"],
    ["2018年6月27日", "date", "2018-06-27"],
    ["20180627", "date", "2018-06-27"],
    [20180627, "date", "2018-06-27"],
    [43278, "date", "2018-06-27"],
    ["2018年", "period", "2018"],
    ["2018年第3季度", "period", "2018-Q3"],
    ["2018Q3", "period", "2018-Q3"],
    ["2018年3季度", "period", "2018-Q3"],
    [420116012215, "code12", "420116012215"],
    [13800138000, "phone", "13800138000"],
    ["3万", "decimal", 30000],
  ])("%j as %j → %j", (cell, type, expected) => {
    expect(parse(cell, type)).toEqual(value(expected, "normalized"));
  });

  test("id18 and uscc with lower-case letters are upper-cased", () => {
    const id = fakeId18(7, { birth: "19800101" });
    const withX = ["1", "2", "3"].map((_, i) => fakeId18(i * 13 + 5)).find((s) => s.endsWith("X"));
    const uscc = [...Array(200).keys()].map(fakeUscc).find((s) => /[A-Z]/.test(s))!;
    expect(parse(uscc.toLowerCase(), "uscc")).toEqual(value(uscc, "normalized"));
    expect(parse(id, "id18")).toEqual(value(id));
    if (withX) expect(parse(withX.toLowerCase(), "id18")).toEqual(value(withX, "normalized"));
  });

  test("a money column headed 万元 multiplies numbers silently, text by its own unit", () => {
    expect(parse(35, "money", 1e4)).toEqual(value(350000));
    expect(parse("35", "money", 1e4)).toEqual(value(350000, "normalized"));
    expect(parse("4,710,000元", "money", 1e4)).toEqual(value(4710000, "normalized"));
    expect(parse("35万元", "money", 1e4)).toEqual(value(350000, "normalized"));
  });
});

describe("hedged money is approximate only", () => {
  test.each<[string, number]>([
    ["200余万元", 2000000],
    ["近300万元", 3000000],
    ["40余万元", 400000],
    ["约35万元", 350000],
    ["300万元左右", 3000000],
    ["100万元以上", 1000000],
    ["300多万", 3000000],
  ])("%j → %j", (cell, expected) => {
    expect(parse(cell, "money")).toEqual(value(expected, "approximate"));
  });

  test("hedge words are not accepted for decimals", () => {
    expect(parse("约30", "decimal")).toMatchObject({ kind: "error", code: "type" });
  });
});

describe("silent conversions", () => {
  test.each<[Cell, FieldType, string | number]>([
    [1, "text", "1"],
    [2018, "period", "2018"],
    ["  凤凰寨村 ", "text", "凤凰寨村"],
    ["ＡＢＣ", "text", "ABC"],
    ["2018-06-27", "date", "2018-06-27"],
    [{ date: "2018-06-27T10:30:00" }, "date", "2018-06-27"],
    [{ date: "2018-06-27T10:30:00" }, "datetime", "2018-06-27T10:30"],
    ["2018-12-20 10:30", "datetime", "2018-12-20T10:30"],
    ["420116012215", "code12", "420116012215"],
    [" 产业扶贫 ", { list: "project_categories" }, "产业扶贫"],
    ["027-85551234", "phone", "027-85551234"],
    [12.345, "money", 12.35],
    [{ formula: true, result: 0 }, "count", 0],
  ])("%j as %j → %j", (cell, type, expected) => {
    expect(parse(cell, type)).toMatchObject(value(expected));
    expect(parse(cell, type)).not.toHaveProperty("conversion");
  });

  test("a formula counts as its cached result and is flagged", () => {
    expect(parse({ formula: true, result: 12 }, "count")).toEqual({
      kind: "value",
      value: 12,
      formula: true,
    });
    expect(parse({ formula: true, result: "" }, "text")).toEqual({ kind: "empty", formula: true });
  });
});

describe("never converted", () => {
  test.each<[Cell, FieldType, string, string]>([
    [420116198001011200, "id18", "type", "id-as-number"],
    [914201000000000000, "uscc", "type", "id-as-number"],
    [2785551234, "phone", "format", "landline-as-number"],
    ["35万-40万", "money", "type", "ambiguous"],
    ["三十五万", "money", "type", "ambiguous"],
    [42011601221, "code12", "format", "code12"],
    ["42011601221", "code12", "format", "code12"],
    [3.5, "count", "type", "not-integer"],
    [-1, "count", "range", "negative"],
    [-5, "money", "range", "negative"],
    ["2018-02-30", "date", "type", "not-date"],
    [12, "date", "type", "not-date"],
    ["2018-13", "period", "format", "period"],
    ["2018年3", "period", "format", "period"],
    [true, "count", "type", "boolean"],
    [{ error: "#DIV/0!" }, "money", "type", "error-value"],
    [{ formula: true, result: null }, "money", "type", "no-cached-result"],
    ["光伏发电", { list: "industries" }, "enum", ""],
    ["2018-06-27 10:00", "date", "type", "not-date"],
  ])("%j as %j is %s", (cell, type, code, reason) => {
    const parsed = parse(cell, type);
    expect(parsed).toMatchObject({ kind: "error", code });
    if (reason) expect(parsed).toMatchObject({ reason });
  });

  test("text over 200 characters is out of range", () => {
    expect(parse("字".repeat(201), "text")).toMatchObject({
      kind: "error",
      code: "range",
      reason: "text-length",
    });
    expect(parse("字".repeat(200), "text")).toMatchObject({ kind: "value" });
  });

  test("id18 check digit and birth date", () => {
    const id = fakeId18(3);
    const wrong = id.slice(0, 17) + (id.endsWith("0") ? "1" : "0");
    expect(parse(wrong, "id18")).toMatchObject({ code: "checksum", reason: "check-character" });
  });
});
