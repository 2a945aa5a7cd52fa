// Failures end an evaluation early; compileExpression() and evaluate() turn them into results.
import type { ExprError } from "./types";

/** Ends an evaluation with a typed error; caught by evaluate(), never seen outside. */
export class ExprFailure extends Error {
  constructor(readonly error: ExprError) {
    super(error.message);
  }
}

export function fail(kind: ExprError["kind"], message: string, offset?: number): never {
  throw new ExprFailure(offset === undefined ? { kind, message } : { kind, message, offset });
}
