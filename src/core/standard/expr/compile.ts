// jsep's tree → our tree: every name resolved against the scope, every position checked, depth bounded.
import type jsep from "jsep";
import type { BinaryOperator, Node, Position } from "./ast";
import { refuse } from "./failure";
import { accepts, FUNCTIONS } from "./functions";
import { MAX_DEPTH, type ParsedNode } from "./parse";
import type { ExprScope } from "./types";

/** Our tree for a parsed expression in a value position; throws CompileFailure (index.ts catches it). */
export function compileTree(parsed: ParsedNode, scope: ExprScope): Node {
  return build(parsed, "value", 1, scope);
}

function build(parsed: ParsedNode, position: Position, depth: number, scope: ExprScope): Node {
  const offset = offsetOf(parsed);
  if (depth > MAX_DEPTH) refuse({ kind: "too-deep", max: MAX_DEPTH }, offset);
  const child = (node: ParsedNode, at: Position) => build(node, at, depth + 1, scope);
  const value = (node: Node): Node => {
    if (position === "list") refuse({ kind: "list-needed" }, offset);
    if (position === "column") refuse({ kind: "column-needed" }, offset);
    return node;
  };
  switch (parsed.type) {
    case "Literal": {
      const literal = parsed.value;
      if (typeof literal === "string" && !(parsed as jsep.Literal).raw.startsWith('"')) {
        refuse({ kind: "single-quotes" }, offset);
      }
      if (typeof literal === "number" && !Number.isFinite(literal))
        refuse({ kind: "number-too-large" }, offset);
      if (
        typeof literal !== "string" &&
        typeof literal !== "number" &&
        typeof literal !== "boolean"
      ) {
        return refuse({ kind: "not-in-language" }, offset);
      }
      return value({ kind: "literal", value: literal });
    }
    case "Identifier":
      return name((parsed as jsep.Identifier).name, position, scope, offset);
    case "ArrayExpression": {
      if (position !== "list" && position !== "criterion")
        refuse({ kind: "list-misplaced" }, offset);
      const elements = parsed.elements as readonly (ParsedNode | null)[];
      if (elements.includes(null)) refuse({ kind: "empty-item" }, offset);
      return { kind: "array", items: elements.map((element) => child(element!, "value")) };
    }
    case "MemberExpression":
      return column(parsed, position, scope, offset);
    case "UnaryExpression":
      return value({ kind: "negate", argument: child(parsed.argument as ParsedNode, "value") });
    case "BinaryExpression": {
      const operator = (parsed as jsep.BinaryExpression).operator;
      const operands = [
        child(parsed.left as ParsedNode, "value"),
        child(parsed.right as ParsedNode, "value"),
      ];
      if (operator === "AND" || operator === "OR") {
        return value({
          kind: "call",
          name: operator,
          fn: FUNCTIONS.get(operator)!,
          args: operands,
        });
      }
      // jsep yields only the operators parse.ts configures.
      return value({
        kind: "binary",
        operator: operator as BinaryOperator,
        left: operands[0]!,
        right: operands[1]!,
      });
    }
    case "CallExpression":
      return value(call(parsed, child, offset));
    case "Compound":
      return refuse({ kind: "no-operator" }, offsetOf((parsed.body as ParsedNode[])[1]) ?? offset);
    case "ConditionalExpression":
      return refuse({ kind: "conditional" }, offset);
    case "ThisExpression":
      return refuse({ kind: "unknown-name", name: "this" }, offset);
    default:
      return refuse({ kind: "not-in-language" }, offset);
  }
}

function name(key: string, position: Position, scope: ExprScope, offset: number | undefined): Node {
  const isField = scope.fields.has(key);
  const isList = scope.lists.has(key);
  if (position === "column") refuse({ kind: "column-needed", name: key }, offset);
  if (position === "list") {
    if (isList) return { kind: "list", name: key };
    if (isField) refuse({ kind: "list-needed", field: key }, offset);
  } else {
    if (isField) return { kind: "field", name: key };
    if (isList && position === "criterion") return { kind: "list", name: key };
    if (isList) refuse({ kind: "list-misplaced", list: key }, offset);
  }
  if (scope.sheets.has(key)) refuse({ kind: "sheet-misplaced", sheet: key }, offset);
  if (FUNCTIONS.has(key)) refuse({ kind: "function-misplaced", name: key }, offset);
  return refuse({ kind: "unknown-name", name: key }, offset);
}

function column(
  parsed: ParsedNode,
  position: Position,
  scope: ExprScope,
  offset: number | undefined,
): Node {
  const { object, property } = parsed as unknown as { object: ParsedNode; property: ParsedNode };
  if (
    parsed.computed ||
    parsed.optional ||
    object.type !== "Identifier" ||
    property.type !== "Identifier"
  ) {
    refuse({ kind: "dot" }, offset);
  }
  const [sheet, field] = [(object as jsep.Identifier).name, (property as jsep.Identifier).name];
  if (position !== "column") refuse({ kind: "column-misplaced", sheet, field }, offset);
  const fields = scope.sheets.get(sheet);
  if (!fields) return refuse({ kind: "unknown-sheet", sheet }, offset);
  if (!fields.has(field)) refuse({ kind: "unknown-field", sheet, field }, offset);
  return { kind: "column", sheet, field };
}

function call(
  parsed: ParsedNode,
  child: (node: ParsedNode, at: Position) => Node,
  offset: number | undefined,
): Node {
  const callee = parsed.callee as ParsedNode;
  if (callee.type !== "Identifier") refuse({ kind: "callee" }, offset);
  const fnName = (callee as jsep.Identifier).name;
  const fn = FUNCTIONS.get(fnName);
  if (!fn) {
    const upper = fnName.toUpperCase();
    const problem = FUNCTIONS.has(upper)
      ? ({ kind: "unknown-function", name: fnName, upper } as const)
      : ({ kind: "unknown-function", name: fnName } as const);
    return refuse(problem, offset);
  }
  const parsedArgs = parsed.arguments as readonly ParsedNode[];
  if (!accepts(fn.arity, parsedArgs.length))
    refuse({ kind: "arity", name: fnName, arity: fn.arity, given: parsedArgs.length }, offset);
  const args = parsedArgs.map((arg, index) => child(arg, fn.position(index)));
  const sheets = new Set(args.flatMap((arg) => (arg.kind === "column" ? [arg.sheet] : [])));
  if (sheets.size > 1) refuse({ kind: "columns-of-sheets", name: fnName }, offset);
  return { kind: "call", name: fnName, fn, args };
}

// Where a node's text starts: its own token's start, else its leftmost part's.
function offsetOf(parsed: ParsedNode | undefined): number | undefined {
  if (parsed === undefined || parsed.start !== undefined) return parsed?.start;
  const leftmost = parsed.left ?? parsed.test ?? (parsed.body as ParsedNode[] | undefined)?.[0];
  return offsetOf(leftmost as ParsedNode | undefined);
}
