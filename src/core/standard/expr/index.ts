// The expression language of standard packages (docs/expressions.md): compile once, evaluate per row.
import type { Node } from "./ast";
import { compileTree } from "./compile";
import type { ExprEnv } from "./env";
import { DEFAULT_STEPS, evaluateTree } from "./evaluate";
import { CompileFailure, compileError } from "./failure";
import { MAX_DEPTH, parseSource } from "./parse";
import type { Compiled, ExprCompileError, ExprError, ExprScope, ExprValue } from "./types";

export { createExprCache, type ExprCache } from "./cache";
export type { ExprEnv } from "./env";
export type { Compiled, ExprCompileError, ExprError, ExprScope, ExprValue } from "./types";

/** The bounds of an expression: source characters, nesting (at compile), steps (per evaluation). */
export const EXPR_LIMITS = { sourceLength: 2_000, depth: MAX_DEPTH, steps: DEFAULT_STEPS } as const;

const trees = new WeakMap<Compiled, Node>();

/** Parses and checks an expression against what its names may mean; never throws. */
export function compileExpression(
  source: string,
  scope: ExprScope,
): { ok: true; expr: Compiled } | { ok: false; error: ExprCompileError } {
  if (typeof source !== "string") return { ok: false, error: compileError({ kind: "not-text" }) };
  if (source.length > EXPR_LIMITS.sourceLength) {
    const max = EXPR_LIMITS.sourceLength;
    return { ok: false, error: compileError({ kind: "too-long", max }, max) };
  }
  const parsed = parseSource(source);
  if (!parsed.ok) return parsed;
  try {
    const expr: Compiled = Object.freeze({ source });
    trees.set(expr, compileTree(parsed.node, scope));
    return { ok: true, expr };
  } catch (error) {
    if (error instanceof CompileFailure) return { ok: false, error: error.error };
    throw error;
  }
}

/**
 * Evaluates a compiled expression on one record, in at most `budget.steps` steps (default
 * EXPR_LIMITS.steps). The value is a scalar (text, number, boolean or null for blank), never a
 * list; a failure is a typed error, never a throw.
 */
export function evaluate(
  expr: Compiled,
  env: ExprEnv,
  budget?: { steps: number },
): { ok: true; value: ExprValue } | { ok: false; error: ExprError } {
  const tree = trees.get(expr);
  if (!tree) return { ok: false, error: { kind: "type", message: "not a compiled expression" } };
  const steps = budget && budget.steps >= 0 ? budget.steps : EXPR_LIMITS.steps;
  return evaluateTree(tree, env, steps);
}
