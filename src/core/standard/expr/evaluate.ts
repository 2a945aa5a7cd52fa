// The bounded interpreter: one step per node visited, blank propagating as docs/expressions.md says.
import type { BinaryOperator, Context, Node } from "./ast";
import type { ExprEnv } from "./env";
import { ExprFailure, fail } from "./failure";
import type { ExprError, ExprValue, Scalar } from "./types";
import { compare, equals, normalise, readField, toNumber, toText } from "./values";

/** Steps one evaluation may take unless the caller gives another budget. */
export const DEFAULT_STEPS = 10_000;

/** Evaluates a compiled tree; every failure is a typed error, never a throw. */
export function evaluateTree(
  root: Node,
  env: ExprEnv,
  steps: number,
): { ok: true; value: ExprValue } | { ok: false; error: ExprError } {
  let used = 0;
  const context: Context = {
    ...env,
    evaluate: (node) => {
      context.step(1);
      return evaluateNode(node, context);
    },
    scalar: (node) => {
      const value = context.evaluate(node);
      return Array.isArray(value)
        ? fail("type", "a list where a value is needed")
        : (value as Scalar);
    },
    step: (count) => {
      used += count;
      if (used > steps) fail("budget", `the evaluation takes more than ${steps} steps`);
    },
  };
  try {
    return { ok: true, value: context.evaluate(root) };
  } catch (error) {
    if (error instanceof ExprFailure) return { ok: false, error: error.error };
    throw error;
  }
}

function evaluateNode(node: Node, context: Context): ExprValue {
  switch (node.kind) {
    case "literal":
      return node.value;
    case "field":
      return readField(context.row, node.name);
    case "list":
      return context.list(node.name);
    case "array":
      return node.items.map(context.scalar);
    case "column":
      return fail(
        "type",
        "a column (sheet.field) is only an argument of COUNTIFS, MINIFS, MAXIFS or XLOOKUP",
      );
    case "negate": {
      const value = toNumber(context.scalar(node.argument));
      return value === null ? null : normalise(-value);
    }
    case "binary":
      return operate(node.operator, context.scalar(node.left), context.scalar(node.right));
    case "call":
      return node.fn.run(context, node.args);
  }
}

type Comparison = Exclude<BinaryOperator, Arithmetic | "&">;
type Arithmetic = "+" | "-" | "*" | "/";
type Value = Exclude<Scalar, null>;

const COMPARISONS: Readonly<Record<Comparison, (left: Value, right: Value) => boolean>> = {
  "=": equals,
  "<>": (left, right) => !equals(left, right),
  "<": (left, right) => compare(left, right) < 0,
  "<=": (left, right) => compare(left, right) <= 0,
  ">": (left, right) => compare(left, right) > 0,
  ">=": (left, right) => compare(left, right) >= 0,
};

// Division by zero is blank: like a missing value, the rule does not apply.
const ARITHMETIC: Readonly<Record<Arithmetic, (left: number, right: number) => number | null>> = {
  "+": (left, right) => left + right,
  "-": (left, right) => left - right,
  "*": (left, right) => left * right,
  "/": (left, right) => (right === 0 ? null : left / right),
};

function operate(operator: BinaryOperator, left: Scalar, right: Scalar): ExprValue {
  if (operator === "&") return toText(left) + toText(right);
  if (operator in COMPARISONS) {
    return left === null || right === null
      ? null
      : COMPARISONS[operator as Comparison](left, right);
  }
  const a = toNumber(left);
  const b = toNumber(right);
  const result = a === null || b === null ? null : ARITHMETIC[operator as Arithmetic](a, b);
  return result === null ? null : normalise(result);
}
