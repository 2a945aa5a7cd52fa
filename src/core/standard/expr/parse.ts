// jsep configured for the expression language of docs/expressions.md; the only parser we keep.
import jsep from "jsep";
import { compileError } from "./failure";
import type { ExprCompileError, ExprProblem } from "./types";

/** A parsed node with the offset where its token starts, when jsep's hooks saw it. */
export type ParsedNode = jsep.Expression & { start?: number };

/** The deepest nesting of brackets parsed at all: deeper sources are refused before jsep recurses. */
export const MAX_DEPTH = 32;

// Loosest first: OR, AND, comparisons, & (text), + -, * /.
const BINARY_OPERATORS: readonly (readonly [string, number])[] = [
  ["OR", 1],
  ["AND", 2],
  ["=", 3],
  ["<>", 3],
  ["<", 3],
  ["<=", 3],
  [">", 3],
  [">=", 3],
  ["&", 4],
  ["+", 5],
  ["-", 5],
  ["*", 6],
  ["/", 6],
];

jsep.removeAllBinaryOps();
for (const [operator, precedence] of BINARY_OPERATORS) jsep.addBinaryOp(operator, precedence);
jsep.removeAllUnaryOps();
jsep.addUnaryOp("-");
jsep.removeAllLiterals();
jsep.addLiteral("TRUE", true);
jsep.addLiteral("FALSE", false);

// Token start offsets: pushed before every token, popped onto its node. jsep runs no after-token
// hook for a number it reads itself, so numbers are read here.
let tokenStarts: number[] = [];
jsep.hooks.add("gobble-token", function recordStart(env) {
  tokenStarts.push(this.index);
  const code = this.code;
  if ((code >= 48 && code <= 57) || code === 46) env.node = this.gobbleNumericLiteral();
});
jsep.hooks.add("after-token", function attachStart(env) {
  const start = tokenStarts.pop();
  if (env.node && start !== undefined) (env.node as ParsedNode).start = start;
});

// jsep takes arguments separated by spaces alone (`SUM(a b)`); Excel does not, nor do we: an
// expression that follows another with no bracket, comma or `? :` between is a missing comma.
let expressionStarts: number[] = [];
jsep.hooks.add("gobble-expression", function recordExpressionStart() {
  expressionStarts.push(this.index);
});
jsep.hooks.add("after-expression", function requireSeparator(env) {
  const start = expressionStarts.pop();
  if (!env.node || start === undefined) return;
  let before = start - 1;
  while (before >= 0 && /\s/.test(this.expr[before]!)) before--;
  if (before < 0 || "([,?:".includes(this.expr[before]!)) return;
  this.index = start;
  this.throwError("Expected comma");
});

export type ParseResult = { ok: true; node: ParsedNode } | { ok: false; error: ExprCompileError };

/** Parses a source; a syntax error or a nesting deeper than MAX_DEPTH is a result, not a throw. */
export function parseSource(source: string): ParseResult {
  const deep = deepBracket(source);
  if (deep !== undefined) {
    return { ok: false, error: compileError({ kind: "too-deep", max: MAX_DEPTH }, deep) };
  }
  tokenStarts = [];
  expressionStarts = [];
  try {
    const node = jsep(source) as ParsedNode;
    if (node.type === "Compound" && (node.body as unknown[]).length === 0) {
      return { ok: false, error: compileError({ kind: "empty" }, 0) };
    }
    return { ok: true, node };
  } catch (error) {
    // A long run of unary minus recurses in jsep too; the depth rule refuses it either way.
    if (error instanceof RangeError) {
      return { ok: false, error: compileError({ kind: "too-deep", max: MAX_DEPTH }, 0) };
    }
    const { description, index } = error as { description?: unknown; index?: unknown };
    if (typeof description !== "string" || typeof index !== "number") throw error;
    return { ok: false, error: compileError(jsepProblem(description), index) };
  }
}

// jsep 1.6's error texts, each to a problem; a text not listed is a plain syntax error.
const JSEP_ERRORS: readonly (readonly [RegExp, (match: RegExpExecArray) => ExprProblem])[] = [
  // Only jsep's `? :` plugin expects an expression or a colon.
  [/^Expected (?:expression|:)$/, () => ({ kind: "conditional" })],
  [/^Expected comma$/, () => ({ kind: "expected", token: "," })],
  [/^Expected (.)$/, (m) => ({ kind: "expected", token: m[1]! })],
  [/^Expected expression after (.+)$/, (m) => ({ kind: "operand-missing", operator: m[1]! })],
  [/^missing unaryOp argument$/, () => ({ kind: "operand-missing", operator: "-" })],
  [/^Unexpected period$/, () => ({ kind: "unexpected", token: "." })],
  [/^Unexpected (?:token )?"?(.+?)"?$/, (m) => ({ kind: "unexpected", token: m[1]! })],
  [/^Unclosed ([[(])$/, (m) => ({ kind: "unclosed", bracket: m[1]! })],
  [/^Unclosed quote after/, () => ({ kind: "unclosed-quote" })],
  [
    /^(?:Expected exponent|Variable names cannot start with a number) \((.*)\)$/,
    (m) => ({ kind: "bad-number", text: m[1]! }),
  ],
];

function jsepProblem(description: string): ExprProblem {
  for (const [pattern, problem] of JSEP_ERRORS) {
    const match = pattern.exec(description);
    if (match) return problem(match);
  }
  return { kind: "syntax" };
}

// The offset of the first bracket nested deeper than MAX_DEPTH, strings skipped.
function deepBracket(source: string): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (quote !== undefined) {
      if (char === "\\") index++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === "(" || char === "[") {
      if (++depth > MAX_DEPTH) return index;
    } else if (char === ")" || char === "]") depth--;
  }
  return undefined;
}
