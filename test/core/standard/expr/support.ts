// A small world to evaluate expressions in: one current sheet, two other sheets, two lists.
import {
  compileExpression,
  createExprCache,
  evaluate,
  type ExprCompileError,
  type ExprEnv,
  type ExprError,
  type ExprScope,
  type ExprValue,
} from "../../../../src/core";

export type Row = Record<string, string | number | null | undefined>;

export const SCOPE: ExprScope = {
  fields: new Set([
    "size",
    "labour",
    "income",
    "name",
    "identified_on",
    "eliminated_on",
    "id",
    "status",
    "flag",
  ]),
  sheets: new Map([
    ["measures", new Set(["household_id", "category", "started_on", "amount"])],
    ["households", new Set(["household_id", "size"])],
  ]),
  lists: new Set(["development", "categories"]),
};

export const LISTS: Readonly<Record<string, readonly string[]>> = {
  development: ["产业", "就业", "金融", "公益岗位"],
  categories: ["脱贫不稳定户", "边缘易致贫户", "突发严重困难户"],
};

export const LINES: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  monitoring: { 2025: 8700 },
  poverty: { 2018: 2995 },
};

export function envOf(row: Row, sheets: Readonly<Record<string, readonly Row[]>> = {}): ExprEnv {
  return {
    row,
    rows: (sheet) => sheets[sheet] ?? [],
    list: (key) => LISTS[key] ?? [],
    line: (name, year) => LINES[name]?.[year] ?? null,
    cache: createExprCache(),
  };
}

/** The value of `source` on `row`, or the error of its compile or evaluation. */
export function run(
  source: string,
  row: Row = {},
  sheets: Readonly<Record<string, readonly Row[]>> = {},
  budget?: { steps: number },
): { value: ExprValue } | { error: ExprError | ExprCompileError } {
  const compiled = compileExpression(source, SCOPE);
  if (!compiled.ok) return { error: compiled.error };
  const result = evaluate(compiled.expr, envOf(row, sheets), budget);
  return result.ok ? { value: result.value } : { error: result.error };
}

/** The value, failing the test on an error. */
export function valueOf(
  source: string,
  row: Row = {},
  sheets: Readonly<Record<string, readonly Row[]>> = {},
): ExprValue {
  const result = run(source, row, sheets);
  if ("error" in result) throw new Error(`${source}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The kind of error, failing the test on a value. */
export function errorOf(
  source: string,
  row: Row = {},
  sheets: Readonly<Record<string, readonly Row[]>> = {},
): ExprError | ExprCompileError {
  const result = run(source, row, sheets);
  if ("value" in result)
    throw new Error(`${source}: expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}
