import fc from "fast-check";
import { comparable, compactText, isBlankText, normalizeText } from "../../../src/core/read/text";
import { parseCell } from "../../../src/core/read/parse-value";

describe("isBlankText", () => {
  it.each([
    "",
    " ",
    "\u3000",
    "\u00a0",
    "\u200b",
    "\ufeff \u2060",
    "\t\n",
    "a",
    " a",
    "中",
    "\u3000中",
    "\u200b1",
    "Ａ",
    "e\u0301",
    "\u2003x\u2003",
  ])("says %j is blank exactly when normalizeText gives nothing", (text) => {
    expect(isBlankText(text)).toBe(normalizeText(text) === "");
  });
});

describe("normalizeText, compactText and comparable", () => {
  // What they are defined to do, without the shortcut for text they leave as it is.
  const normalized = (s: string) =>
    s
      .normalize("NFKC")
      .replace(/[\u200B-\u200F\u2060\uFEFF]/g, "")
      .trim();
  const compacted = (s: string) => normalized(s).replace(/\s+/g, "");

  it("give what their definitions give, for plain text and for text that changes", () => {
    const characters = [
      ..."aZ09-X 中\u4e00\u9fff\u3000\u00a0\t\u200bＡ１\u0301e\u007f\u0085\uF900㍻",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters), { maxLength: 12 }), (chars) => {
        const s = chars.join("");
        expect(normalizeText(s)).toBe(normalized(s));
        expect(compactText(s)).toBe(compacted(s));
        expect(comparable(s)).toBe(compacted(s).toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });
});

describe("list readings", () => {
  const values = ["是", "否"];
  const ctx = { lists: () => values, multiplier: 1 };

  it("read the same text the same way every time, matched or not", () => {
    for (let round = 0; round < 3; round++) {
      expect(parseCell(" 是 ", { list: "yes_no" }, ctx)).toEqual({
        kind: "value",
        value: "是",
      });
      expect(parseCell("也许", { list: "yes_no" }, ctx)).toMatchObject({
        kind: "error",
        code: "enum",
        expected: "是、否",
      });
    }
  });

  it("are kept per list: another list reads the same text afresh", () => {
    expect(parseCell("否", { list: "a" }, ctx)).toEqual({ kind: "value", value: "否" });
    const other = ["甲"];
    expect(parseCell("否", { list: "b" }, { lists: () => other, multiplier: 1 })).toMatchObject({
      kind: "error",
      code: "enum",
    });
  });
});
