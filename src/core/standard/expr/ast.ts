// The compiled form of an expression: names resolved at load time, evaluated by evaluate.ts.
import type { ExprEnv } from "./env";
import type { ExprArity, ExprValue, Scalar } from "./types";

export type Node =
  | { readonly kind: "literal"; readonly value: string | number | boolean }
  | { readonly kind: "field"; readonly name: string }
  | { readonly kind: "list"; readonly name: string }
  | { readonly kind: "array"; readonly items: readonly Node[] }
  | { readonly kind: "column"; readonly sheet: string; readonly field: string }
  | { readonly kind: "negate"; readonly argument: Node }
  | {
      readonly kind: "binary";
      readonly operator: BinaryOperator;
      readonly left: Node;
      readonly right: Node;
    }
  | {
      readonly kind: "call";
      readonly name: string;
      readonly fn: ExprFunction;
      readonly args: readonly Node[];
    };

/** Operators kept as operators; AND and OR compile to the functions of the same name. */
export type BinaryOperator = "=" | "<>" | "<" | "<=" | ">" | ">=" | "&" | "+" | "-" | "*" | "/";

/** Where a node stands decides what it may be: a value, a list, a value or a list, a column. */
export type Position = "value" | "list" | "criterion" | "column";

/** A function of the language: its arity, the position of each argument, and its meaning. */
export interface ExprFunction {
  readonly arity: ExprArity;
  readonly position: (index: number) => Position;
  readonly run: (context: Context, args: readonly Node[]) => ExprValue;
}

/** What a function may do while it runs: read the environment, evaluate arguments, pay steps. */
export interface Context extends ExprEnv {
  readonly evaluate: (node: Node) => ExprValue;
  /** Evaluates a node in a value position (a list there is a type error). */
  readonly scalar: (node: Node) => Scalar;
  readonly step: (count: number) => void;
}
