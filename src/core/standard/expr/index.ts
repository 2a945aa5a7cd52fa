// Stand-in for the expression language of branch i15-expr (its contract's API), until merged.
export interface ExprScope {
  readonly fields: ReadonlySet<string>;
  readonly sheets: ReadonlyMap<string, ReadonlySet<string>>;
  readonly lists: ReadonlySet<string>;
}
export type ExprValue = string | number | boolean | null | readonly ExprValue[];
export interface ExprError {
  readonly kind: "syntax" | "name" | "type" | "budget" | "depth";
  readonly message: string;
  readonly offset?: number;
}
export interface Compiled {
  readonly source: string;
}
export type ExprCache = Map<string, unknown>;
export function createExprCache(): ExprCache {
  return new Map();
}
export interface ExprEnv {
  readonly row: Readonly<Record<string, string | number | null | undefined>>;
  readonly rows: (
    sheet: string,
  ) => readonly Readonly<Record<string, string | number | null | undefined>>[];
  readonly list: (key: string) => readonly string[];
  readonly line: (name: string, year: number) => number | null;
  readonly cache: ExprCache;
}
export function compileExpression(
  source: string,
  _scope: ExprScope,
): { ok: true; expr: Compiled } | { ok: false; error: ExprError } {
  return { ok: true, expr: { source } };
}
export function evaluate(
  _expr: Compiled,
  _env: ExprEnv,
  _budget?: { steps: number },
): { ok: true; value: ExprValue } | { ok: false; error: ExprError } {
  return { ok: true, value: null };
}
