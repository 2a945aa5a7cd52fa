import { isoToDate, serialToDate } from "../../src/core/excel-values";
import { displayWidth, isDateFormat } from "../../src/core/excel-values";

describe("serialToDate", () => {
  test.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [36526, "2000-01-01"],
    [43101, "2018-01-01"],
    [43278, "2018-06-27"],
    [2958465, "9999-12-31"],
  ])("serial %d in the 1900 system is %s", (serial, date) => {
    expect(serialToDate(serial, false)).toEqual({ date });
  });

  test("keeps the time of day when it is not midnight, to the second", () => {
    expect(serialToDate(43278.5, false)).toEqual({ date: "2018-06-27T12:00:00" });
    expect(serialToDate(43278 + (13 * 3600 + 5 * 60 + 9) / 86400, false)).toEqual({
      date: "2018-06-27T13:05:09",
    });
  });

  test("a time that rounds up to midnight is the next day", () => {
    expect(serialToDate(43278.999999999, false)).toEqual({ date: "2018-06-28" });
  });

  test("counts from 1904-01-01 in the 1904 system", () => {
    expect(serialToDate(0, true)).toEqual({ date: "1904-01-01" });
    expect(serialToDate(43278 - 1462, true)).toEqual({ date: "2018-06-27" });
  });

  test("shows no date for negative serials or past 9999", () => {
    expect(serialToDate(-1, false)).toBeNull();
    expect(serialToDate(2958466, false)).toBeNull();
    expect(serialToDate(2958466 - 1462, true)).toBeNull();
  });
});

describe("isoToDate", () => {
  test.each([
    ["2018-06-27", "2018-06-27"],
    ["2018-06-27T00:00:00Z", "2018-06-27"],
    ["2018-06-27T08:30:00.000Z", "2018-06-27T08:30:00"],
    ["2018-06-27T08:30", "2018-06-27T08:30:00"],
  ])("reads %s as %s", (text, date) => {
    expect(isoToDate(text)).toEqual({ date });
  });

  test("is null for text that is not ISO 8601", () => {
    expect(isoToDate("2018/6/27")).toBeNull();
  });
});

describe("isDateFormat", () => {
  test.each([14, 15, 22, 27, 31, 45, 46, 47, 57, 58])("built-in %d is a date format", (id) => {
    expect(isDateFormat(id, undefined)).toBe(true);
  });

  test.each([0, 1, 2, 9, 10, 11, 37, 44, 49, 59])("built-in %d is not", (id) => {
    expect(isDateFormat(id, undefined)).toBe(false);
  });

  test.each([
    "yyyy-mm-dd",
    "yyyy/m/d h:mm",
    'yyyy"年"m"月"d"日"',
    "[$-F800]dddd, mmmm dd, yyyy",
    "[DBNum1][$-804]yyyy年m月d日",
    "mm:ss",
    "[h]:mm:ss",
  ])("custom %s is a date format", (code) => {
    expect(isDateFormat(164, code)).toBe(true);
  });

  test.each([
    "General",
    "0.00",
    "#,##0_);[Red](#,##0)",
    '0" days"',
    "[$¥-804]#,##0.00",
    "\\d0",
    "@",
    "[h]",
    "0.00E+00",
  ])("custom %s is not", (code) => {
    expect(isDateFormat(164, code)).toBe(false);
  });

  test("a custom format that redefines a built-in id wins", () => {
    expect(isDateFormat(14, "0.00")).toBe(false);
  });
});

describe("displayWidth", () => {
  // CJK, Hangul, compatibility and full-width forms take two columns; any other character one.
  const WIDE =
    /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

  test("every character of the basic plane, as its range says", () => {
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      const wide = WIDE.test(ch) ? 2 : 1;
      if (displayWidth(`a${ch}`) !== 1 + wide) throw new Error(`U+${code.toString(16)}`);
    }
  });

  test("a surrogate pair is one column, a lone surrogate too", () => {
    expect(displayWidth("\ud83d\ude00")).toBe(1);
    expect(displayWidth("张\ud83d\ude00三")).toBe(5);
    expect(displayWidth("\ud83d")).toBe(1);
    expect(displayWidth("\ude00\ud83d")).toBe(2);
    expect(displayWidth("")).toBe(0);
  });
});
