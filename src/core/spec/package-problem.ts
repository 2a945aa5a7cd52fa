// Why a standard package (docs/standards.md) is unusable, as data below the messages that word it.
import type { printParseErrorCode } from "jsonc-parser";

/** jsonc-parser's names of its syntax errors. */
export type JsonSyntaxError = Exclude<
  ReturnType<typeof printParseErrorCode>,
  "<unknown ParseErrorCode>"
>;

/** The format tag every package starts with (docs/standards.md). */
export const PACKAGE_FORMAT = "aidsheet-standard/1";

/** The kinds of JSON value a package's schema asks for. */
export const JSON_TYPES = ["object", "array", "string", "number", "boolean"] as const;
export type JsonType = (typeof JSON_TYPES)[number];

/** The formats a package's names must have; a failed regex's message names one. */
export const PACKAGE_FORMATS = ["key", "id"] as const;
export type PackageFormat = (typeof PACKAGE_FORMATS)[number];

/** Why an expression does not compile or evaluate (docs/expressions.md). */
export type ExprErrorKind = "syntax" | "name" | "type" | "budget" | "depth";

/** How many arguments a function takes: min to max (no max: or more), or `lead` columns then pairs. */
export type ExprArity =
  | { readonly kind: "count"; readonly min: number; readonly max?: number }
  | { readonly kind: "pairs"; readonly lead: number };

/** What in an expression does not compile, as data; the catalogues word each kind. */
export type ExprProblem =
  | { readonly kind: "not-text" }
  | { readonly kind: "empty" }
  | { readonly kind: "too-long"; readonly max: number }
  | { readonly kind: "too-deep"; readonly max: number }
  /** jsep's errors: a token it did not expect, or one it expected and did not find. */
  | { readonly kind: "unexpected"; readonly token: string }
  | { readonly kind: "expected"; readonly token: string }
  | { readonly kind: "operand-missing"; readonly operator: string }
  | { readonly kind: "unclosed"; readonly bracket: string }
  | { readonly kind: "unclosed-quote" }
  | { readonly kind: "bad-number"; readonly text: string }
  /** A jsep error this list does not know; the offset says where. */
  | { readonly kind: "syntax" }
  | { readonly kind: "single-quotes" }
  | { readonly kind: "number-too-large" }
  | { readonly kind: "empty-item" }
  | { readonly kind: "no-operator" }
  | { readonly kind: "conditional" }
  | { readonly kind: "dot" }
  | { readonly kind: "callee" }
  | { readonly kind: "not-in-language" }
  | { readonly kind: "unknown-name"; readonly name: string }
  /** `upper` is the function a lower-case name would be. */
  | { readonly kind: "unknown-function"; readonly name: string; readonly upper?: string }
  | { readonly kind: "unknown-sheet"; readonly sheet: string }
  | { readonly kind: "unknown-field"; readonly sheet: string; readonly field: string }
  /** IN's second argument; `field` when a field stands there. */
  | { readonly kind: "list-needed"; readonly field?: string }
  /** An aggregate's column argument; `name` when a plain name stands there. */
  | { readonly kind: "column-needed"; readonly name?: string }
  /** A list where a value is needed; `list` when it is a list key, not `[ ... ]`. */
  | { readonly kind: "list-misplaced"; readonly list?: string }
  | { readonly kind: "column-misplaced"; readonly sheet: string; readonly field: string }
  | { readonly kind: "sheet-misplaced"; readonly sheet: string }
  | { readonly kind: "function-misplaced"; readonly name: string }
  | {
      readonly kind: "arity";
      readonly name: string;
      readonly arity: ExprArity;
      readonly given: number;
    }
  | { readonly kind: "columns-of-sheets"; readonly name: string };

/** Why an expression does not compile: its problem, of a kind, at a 0-based offset. */
export interface ExprCompileError {
  readonly kind: ExprErrorKind;
  readonly problem: ExprProblem;
  readonly offset?: number;
}

/** Why a package is unusable, as data; the catalogues word it in each language. */
export type PackageProblem =
  | { readonly kind: "json-syntax"; readonly error: JsonSyntaxError; readonly column: number }
  | { readonly kind: "required" }
  | { readonly kind: "type"; readonly expected: JsonType }
  | { readonly kind: "unknown-keys"; readonly keys: readonly string[] }
  | { readonly kind: "empty" }
  | { readonly kind: "too-long"; readonly max: number }
  | { readonly kind: "format"; readonly format: PackageFormat }
  /** An enum's or a union's choices: texts, and kinds of JSON value (`{ "list": KEY }`). */
  | {
      readonly kind: "one-of";
      readonly values: readonly string[];
      readonly types: readonly JsonType[];
    }
  | { readonly kind: "invalid" }
  | { readonly kind: "unknown-base"; readonly base: string }
  | { readonly kind: "bad-base"; readonly base: string; readonly problem: PackageProblem }
  | { readonly kind: "inherited"; readonly key: string; readonly base: string }
  | { readonly kind: "base-sheet-changed"; readonly sheet: string; readonly base: string }
  | { readonly kind: "base-field"; readonly field: string; readonly base: string }
  | { readonly kind: "base-merge-key"; readonly sheet: string; readonly base: string }
  | { readonly kind: "register-builtin-indicators" }
  | { readonly kind: "districts-list" }
  | { readonly kind: "list-value-twice"; readonly list: string; readonly value: string }
  | { readonly kind: "sheet-twice"; readonly sheet: string }
  | { readonly kind: "field-twice"; readonly field: string }
  | { readonly kind: "rule-twice"; readonly id: string }
  | {
      readonly kind: "header-ambiguous";
      readonly header: string;
      readonly fields: readonly [string, string];
    }
  | { readonly kind: "unknown-list"; readonly list: string }
  | { readonly kind: "unknown-sheet"; readonly sheet: string }
  | { readonly kind: "unknown-field"; readonly sheet: string; readonly field: string }
  | { readonly kind: "field-on-no-sheet"; readonly field: string }
  /** An expression that does not compile (docs/expressions.md). */
  | { readonly kind: "expression"; readonly error: ExprCompileError };

export interface PackageError {
  /** JSON path of the offending value, e.g. `$.sheets[2].fields[0].type`. */
  readonly path: string;
  /** 1-based line of the package text; 0 when the error is not in it. */
  readonly line: number;
  readonly problem: PackageProblem;
}
