// Failures end a compilation or an evaluation early; the entry points in index.ts make them results.
import type { ExprErrorKind, ExprProblem } from "../../spec/package-problem";
import type { ExprCompileError, ExprError } from "./types";

/** Ends an evaluation with a typed error; caught by evaluate(), never seen outside. */
export class ExprFailure extends Error {
  constructor(readonly error: ExprError) {
    super(error.message);
  }
}

export function fail(kind: ExprError["kind"], message: string): never {
  throw new ExprFailure({ kind, message });
}

// The kind of error each problem is; a problem without one does not compile.
const PROBLEM_KINDS: { readonly [K in ExprProblem["kind"]]: ExprErrorKind } = {
  "not-text": "syntax",
  empty: "syntax",
  "too-long": "syntax",
  "too-deep": "depth",
  unexpected: "syntax",
  expected: "syntax",
  "operand-missing": "syntax",
  unclosed: "syntax",
  "unclosed-quote": "syntax",
  "bad-number": "syntax",
  syntax: "syntax",
  "single-quotes": "syntax",
  "number-too-large": "syntax",
  "empty-item": "syntax",
  "no-operator": "syntax",
  conditional: "syntax",
  dot: "syntax",
  callee: "syntax",
  "not-in-language": "syntax",
  "unknown-name": "name",
  "unknown-function": "name",
  "unknown-sheet": "name",
  "unknown-field": "name",
  "list-needed": "type",
  "column-needed": "type",
  "list-misplaced": "type",
  "column-misplaced": "type",
  "sheet-misplaced": "type",
  "function-misplaced": "type",
  arity: "type",
  "columns-of-sheets": "type",
};

/** A compile error of the problem's kind. */
export function compileError(problem: ExprProblem, offset?: number): ExprCompileError {
  const kind = PROBLEM_KINDS[problem.kind];
  return offset === undefined ? { kind, problem } : { kind, problem, offset };
}

/** Ends a compilation with a problem; caught by compileExpression(), never seen outside. */
export class CompileFailure extends Error {
  constructor(readonly error: ExprCompileError) {
    super(error.problem.kind);
  }
}

export function refuse(problem: ExprProblem, offset?: number): never {
  throw new CompileFailure(compileError(problem, offset));
}
