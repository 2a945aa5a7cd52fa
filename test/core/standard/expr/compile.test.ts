import {
  compileExpression,
  evaluate,
  EXPR_LIMITS,
  type ExprCompileError,
  type ExprScope,
  type Lang,
  MESSAGES,
} from "../../../../src/core";
import { envOf, SCOPE, valueOf } from "./support";

function compileError(source: string, scope: ExprScope = SCOPE) {
  const result = compileExpression(source, scope);
  if (result.ok) throw new Error(`${source}: expected a compile error`);
  return result.error;
}

const worded = (error: ExprCompileError, lang: Lang = "en") =>
  MESSAGES[lang].package.expression({ kind: "expression", error });

describe("syntax errors carry the offset where parsing stopped", () => {
  test.each([
    ["size +", "syntax", 6],
    ["(size + 1", "syntax", 9],
    ["size 1", "syntax", 5],
    ['"open', "syntax", 5],
    ["size == 1", "syntax", 6],
    ["size ? 1 : 2", "syntax", 0],
    ["size[0]", "syntax", 0],
    ["'text'", "syntax", 0],
    ["1e999", "syntax", 0],
    ["", "syntax", 0],
    ["NOT size", "syntax", 4],
    ["!size", "syntax", 0],
    ["[1,,2] = 1", "type", 0],
    ["size % 2", "syntax", 5],
  ])("%p is a %s error at %p", (source, kind, offset) => {
    expect(compileError(source)).toMatchObject({ kind, offset });
  });
});

describe("names are checked when the expression compiles", () => {
  test.each([
    ["sise + 1", "name", 'unknown name "sise"', 0],
    ["size + SUMM(1)", "name", 'unknown function "SUMM"', 7],
    ["sum(1)", "name", 'unknown function "sum" (functions are upper case: SUM)', 0],
    ["COUNTIFS(measure.household_id, id)", "name", 'unknown sheet "measure"', 9],
    ["COUNTIFS(measures.id, id)", "name", 'unknown field "id" of sheet "measures"', 9],
    ["true", "name", 'unknown name "true"', 0],
    ["this", "name", 'unknown name "this"', 0],
  ])("%p: %s error %p at %p", (source, kind, message, offset) => {
    const error = compileError(source);
    expect(error).toMatchObject({ kind, offset });
    expect(worded(error)).toBe(`name error at character ${offset + 1}: ${message}`);
  });

  test("the problem is data, worded in each language", () => {
    const error = compileError("size + SUMM(1)");
    expect(error.problem).toEqual({ kind: "unknown-function", name: "SUMM" });
    expect(worded(error, "zh-CN")).toBe('表达式名称错误（第 8 个字符）：没有函数 "SUMM"');
    expect(worded(compileError("sum(1)"), "zh-CN")).toBe(
      '表达式名称错误（第 1 个字符）：没有函数 "sum"（函数名须大写：SUM）',
    );
    expect(worded(compileError("IF(TRUE)"), "zh-CN")).toBe(
      "表达式类型错误（第 1 个字符）：IF 需要 2 或 3 个参数，实际为 1 个",
    );
  });
});

describe("jsep's syntax errors become problems", () => {
  test.each([
    ["size +", { kind: "operand-missing", operator: "+" }],
    ["-", { kind: "operand-missing", operator: "-" }],
    ["(size + 1", { kind: "unclosed", bracket: "(" }],
    ["[1, 2", { kind: "expected", token: "]" }],
    ["SUM(1, 2 3)", { kind: "expected", token: "," }],
    // jsep alone would read these as SUM(1, 2), two expressions and a sequence; Excel refuses them.
    ["SUM(1 2)", { kind: "expected", token: "," }],
    ["size 1", { kind: "expected", token: "," }],
    ["(size 1)", { kind: "expected", token: "," }],
    ["SUM(1,)", { kind: "unexpected", token: ")" }],
    ["SUM(1,,2)", { kind: "unexpected", token: "," }],
    ["size == 1", { kind: "operand-missing", operator: "=" }],
    ["size % 2", { kind: "unexpected", token: "%" }],
    ['"open', { kind: "unclosed-quote" }],
    ["1e", { kind: "bad-number", text: "1e" }],
    ["2abc", { kind: "bad-number", text: "2a" }],
    ["1..2", { kind: "unexpected", token: "." }],
    ["size ? 1", { kind: "conditional" }],
    ["size ?", { kind: "conditional" }],
  ])("%p: %j", (source, problem) => {
    const error = compileError(source);
    expect(error).toMatchObject({ kind: "syntax", problem });
    for (const lang of ["en", "zh-CN"] as const)
      expect(worded(error, lang)).not.toMatch(/undefined/);
  });
});

describe("each kind of name goes where it may", () => {
  test.each([
    ["development = 1", "development is a list"],
    ['IN("x", size)', "IN needs a list: size is a field"],
    ['IN("x", "x")', "IN needs a list"],
    ["measures.category = 1", "measures.category is a column"],
    ["measures + 1", "measures is a sheet"],
    ["IF + 1", "IF is a function"],
    ["COUNTIFS(id, 1)", "a column is needed here"],
    ["[1, 2]", "a list [ ... ] is only"],
    [
      "COUNTIFS(measures.household_id, id, households.size, 1)",
      "the columns of COUNTIFS must be of one sheet",
    ],
    [
      "XLOOKUP(id, measures.household_id, households.size)",
      "the columns of XLOOKUP must be of one sheet",
    ],
    [
      "COUNTIFS(measures.household_id)",
      "COUNTIFS takes pairs of sheet.field, value arguments, not 1",
    ],
    ["MINIFS(measures.amount, measures.household_id)", "MINIFS takes sheet.field, then pairs"],
    ["IF(TRUE)", "IF takes 2 or 3 arguments, not 1"],
    ["ROUND(1)", "ROUND takes 2 arguments, not 1"],
    ["AND()", "AND takes 1 or more arguments, not 0"],
    ["XLOOKUP(development, measures.household_id, measures.amount)", "development is a list"],
  ])("%p is refused: %s", (source, message) => {
    const error = compileError(source);
    expect(error.kind).toBe("type");
    expect(worded(error)).toContain(message);
  });

  test("a list is a criterion value of COUNTIFS, and a field is too", () => {
    expect(
      compileExpression(
        "COUNTIFS(measures.category, development, measures.household_id, id)",
        SCOPE,
      ).ok,
    ).toBe(true);
  });

  test("a name that is both a field and a list is the field as a value and the list in IN", () => {
    const scope = { ...SCOPE, fields: new Set(["development"]) };
    const field = compileExpression("development = 1", scope);
    const list = compileExpression('IN("产业", development)', scope);
    expect([field.ok, list.ok]).toEqual([true, true]);
  });

  test("fields named like members of Object.prototype are only names", () => {
    const scope = { ...SCOPE, fields: new Set(["__proto__", "constructor"]) };
    expect(compileError("toString", scope).kind).toBe("name");
    const compiled = compileExpression('__proto__ & "/" & constructor', scope);
    expect(compiled.ok).toBe(true);
  });
});

describe("bounds", () => {
  test(`a source over ${EXPR_LIMITS.sourceLength} characters is refused`, () => {
    const long = `1${" + 1".repeat(500)}`;
    expect(long.length).toBeGreaterThan(EXPR_LIMITS.sourceLength);
    expect(compileError(long)).toMatchObject({ kind: "syntax", offset: EXPR_LIMITS.sourceLength });
    expect(compileExpression(" ".repeat(1_990) + "1", SCOPE).ok).toBe(true);
  });

  test(`brackets nested ${EXPR_LIMITS.depth} deep compile, one more is a depth error at that bracket`, () => {
    const nested = (n: number) => `${"(".repeat(n)}1${")".repeat(n)}`;
    expect(compileExpression(nested(EXPR_LIMITS.depth - 1), SCOPE).ok).toBe(true);
    expect(compileError(nested(EXPR_LIMITS.depth + 1))).toMatchObject({
      kind: "depth",
      offset: EXPR_LIMITS.depth,
    });
    expect(compileError(nested(999)).kind).toBe("depth");
  });

  test("a long chain of operators is deep too, and a flat SUM is not", () => {
    const terms = Array.from({ length: 40 }, () => "size");
    expect(compileError(terms.join(" + ")).kind).toBe("depth");
    expect(compileExpression(`SUM(${terms.join(", ")})`, SCOPE).ok).toBe(true);
  });

  test("a thousand unary minus signs are a depth error, not a stack overflow", () => {
    expect(compileError(`${"-".repeat(1_999)}1`).kind).toBe("depth");
  });

  test("a bracket inside text does not count", () => {
    expect(valueOf(`LEN("${"(".repeat(100)}")`)).toBe(100);
  });
});

describe("compile never throws on input that is not text", () => {
  test("a number where the source should be", () => {
    expect(compileError(42 as unknown as string).kind).toBe("syntax");
  });

  test("evaluate refuses an object that compile did not make", () => {
    expect(evaluate({ source: "1" }, envOf({}))).toEqual({
      ok: false,
      error: { kind: "type", message: "not a compiled expression" },
    });
  });
});
