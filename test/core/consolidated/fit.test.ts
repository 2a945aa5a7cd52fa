import { MAX_WIDTH, fitColumns, wrappedLines } from "../../../src/core/consolidated/fit";
import { displayWidth } from "../../../src/core/excel-values";

describe("column widths fitted to content", () => {
  test("CJK and full-width characters count double", () => {
    expect(displayWidth("420116012215")).toBe(12);
    expect(displayWidth("市纪委监委机关、市金控集团")).toBe(26);
    expect(displayWidth("（武昌）")).toBe(8);
  });

  test("a column is as wide as its widest value as formatted, plus padding", () => {
    const [code, agencies, money, rate] = fitColumns(
      [
        { header: "村代码", kind: "code" },
        { header: "帮扶单位", kind: "text" },
        { header: "帮扶资金合计(元)", kind: "money" },
        { header: "贫困发生率", kind: "rate" },
      ],
      [
        ["420116012215", "市纪委监委机关、市金控集团", 12310000, 0.0029],
        ["420117102205", null, -5, null],
      ],
    );
    expect(code).toEqual({ width: 14, wrap: false });
    expect(agencies).toEqual({ width: 28, wrap: false });
    // "12,310,000.00": the header wraps rather than widening the column.
    expect(money).toEqual({ width: 15, wrap: false });
    // "0.29%" is narrower than the header's first six columns.
    expect(rate).toEqual({ width: 8, wrap: false });
  });

  test("numbers are as wide as written, whatever their size and sign", () => {
    const counts = [9, 10, 99_999_999, 100_000_000, -42, 1e20, 1e21, 0.5];
    for (const n of counts) {
      const [only] = fitColumns([{ header: "", kind: "count" }], [[n]]);
      expect(only!.width).toBe(Math.max(6, String(n).length) + 2);
    }
    // 1,000,000,000.00 and -1,000,000.00 with their groups.
    const [money] = fitColumns([{ header: "", kind: "money" }], [[1e9], [-1e6]]);
    expect(money).toEqual({ width: 18, wrap: false });
  });

  test("a short text after a wide one leaves the width; a later wider one widens it", () => {
    const [names] = fitColumns(
      [{ header: "", kind: "text" }],
      [["贫困户甲"], ["abc"], ["乙"], ["abcdefghijklmnopq"]],
    );
    expect(names).toEqual({ width: 19, wrap: false });
    const [dates] = fitColumns([{ header: "", kind: "date" }], [["2018-01-01"], [""]]);
    expect(dates).toEqual({ width: 12, wrap: false });
  });

  test("long text is capped and wraps; a row needs as many lines as its text takes", () => {
    const [content] = fitColumns([{ header: "内容", kind: "text" }], [["备注：".repeat(30)]]);
    expect(content).toEqual({ width: MAX_WIDTH, wrap: true });
    expect(wrappedLines("备注：".repeat(30), MAX_WIDTH)).toBe(5);
    expect(wrappedLines("短", MAX_WIDTH)).toBe(1);
    expect(wrappedLines("a\nb", MAX_WIDTH)).toBe(2);
  });
});
