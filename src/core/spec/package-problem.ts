// Why a standard package (docs/standards.md) is unusable, as data below the messages that word it.
import type { printParseErrorCode } from "jsonc-parser";

/** jsonc-parser's names of its syntax errors. */
export type JsonSyntaxError = Exclude<
  ReturnType<typeof printParseErrorCode>,
  "<unknown ParseErrorCode>"
>;

/** The kinds of JSON value a package's schema asks for. */
export const JSON_TYPES = ["object", "array", "string", "number", "boolean"] as const;
export type JsonType = (typeof JSON_TYPES)[number];

/** The formats a package's names must have; a failed regex's message names one. */
export const PACKAGE_FORMATS = ["key", "id"] as const;
export type PackageFormat = (typeof PACKAGE_FORMATS)[number];

/** Why an expression does not compile or evaluate (docs/expressions.md). */
export type ExprErrorKind = "syntax" | "name" | "type" | "budget" | "depth";

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
  /** An expression that does not compile (docs/expressions.md); `offset` is 0-based. */
  | {
      readonly kind: "expression";
      readonly error: {
        readonly kind: ExprErrorKind;
        readonly message: string;
        readonly offset?: number;
      };
    };

export interface PackageError {
  /** JSON path of the offending value, e.g. `$.sheets[2].fields[0].type`. */
  readonly path: string;
  /** 1-based line of the package text; 0 when the error is not in it. */
  readonly line: number;
  readonly problem: PackageProblem;
}
