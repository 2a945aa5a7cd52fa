// The public shapes of the expression language (docs/expressions.md).
import type { ExprErrorKind } from "../../spec/package-problem";

export type { ExprArity, ExprCompileError, ExprProblem } from "../../spec/package-problem";

/** What names mean, for checking an expression when its package loads. */
export interface ExprScope {
  /** The fields of the sheet the expression is evaluated on. */
  readonly fields: ReadonlySet<string>;
  /** Sheets reachable as `sheet.field` in the aggregate functions, with their fields. */
  readonly sheets: ReadonlyMap<string, ReadonlySet<string>>;
  /** List keys of the standard. */
  readonly lists: ReadonlySet<string>;
}

/** A value: text (dates as YYYY-MM-DD), number, boolean, blank (null), or a list of values. */
export type ExprValue = string | number | boolean | null | readonly ExprValue[];

/** Why an expression does not evaluate, in the evaluator's own (English) words. */
export interface ExprError {
  readonly kind: ExprErrorKind;
  readonly message: string;
}

/** A compiled expression; the tree inside is opaque. */
export interface Compiled {
  readonly source: string;
}

/** A scalar value: what every node in a value position yields. */
export type Scalar = string | number | boolean | null;

/** A record as the reader carries it: a missing or empty value is blank. */
export type Row = Readonly<Record<string, string | number | null | undefined>>;
