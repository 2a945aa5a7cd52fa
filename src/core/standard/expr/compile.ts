// jsep's tree → our tree: every name resolved against the scope, every position checked, depth bounded.
import type jsep from "jsep";
import type { BinaryOperator, Node, Position } from "./ast";
import { fail } from "./failure";
import { FUNCTIONS } from "./functions";
import { MAX_DEPTH, type ParsedNode } from "./parse";
import type { ExprScope } from "./types";

const WHERE_COLUMNS = "only an argument of COUNTIFS, MINIFS, MAXIFS or XLOOKUP";
const WHERE_LISTS = "only the list of IN(x, list) or a value of COUNTIFS, MINIFS or MAXIFS";

/** Our tree for a parsed expression in a value position; throws ExprFailure (caught by the caller). */
export function compileTree(parsed: ParsedNode, scope: ExprScope): Node {
  return build(parsed, "value", 1, scope);
}

function build(parsed: ParsedNode, position: Position, depth: number, scope: ExprScope): Node {
  const offset = offsetOf(parsed);
  if (depth > MAX_DEPTH) fail("depth", `the expression nests deeper than ${MAX_DEPTH}`, offset);
  const child = (node: ParsedNode, at: Position) => build(node, at, depth + 1, scope);
  const value = (node: Node): Node => {
    if (position === "list") fail("type", "IN needs a list: a list key or [value, ...]", offset);
    if (position === "column") fail("type", "a column is needed here: sheet.field", offset);
    return node;
  };
  switch (parsed.type) {
    case "Literal": {
      const literal = parsed.value;
      if (typeof literal === "string" && !(parsed as jsep.Literal).raw.startsWith('"')) {
        fail("syntax", 'text is written in double quotes: "text"', offset);
      }
      if (typeof literal === "number" && !Number.isFinite(literal))
        fail("syntax", "a number too large", offset);
      if (
        typeof literal !== "string" &&
        typeof literal !== "number" &&
        typeof literal !== "boolean"
      ) {
        return fail("syntax", "not a value of the language", offset);
      }
      return value({ kind: "literal", value: literal });
    }
    case "Identifier":
      return name((parsed as jsep.Identifier).name, position, scope, offset);
    case "ArrayExpression": {
      if (position !== "list" && position !== "criterion")
        fail("type", `a list [ ... ] is ${WHERE_LISTS}`, offset);
      const elements = parsed.elements as readonly (ParsedNode | null)[];
      if (elements.includes(null)) fail("syntax", "a list has an empty item", offset);
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
      return fail(
        "syntax",
        "two expressions with no operator between them",
        offsetOf((parsed.body as ParsedNode[])[1]) ?? offset,
      );
    case "ConditionalExpression":
      return fail(
        "syntax",
        "? : is not part of the language: write IF(condition, then, otherwise)",
        offset,
      );
    case "ThisExpression":
      return fail("name", 'unknown name "this"', offset);
    default:
      return fail("syntax", "not part of the language", offset);
  }
}

function name(key: string, position: Position, scope: ExprScope, offset: number | undefined): Node {
  const isField = scope.fields.has(key);
  const isList = scope.lists.has(key);
  if (position === "column")
    fail("type", `a column is needed here: sheet.field, not ${key}`, offset);
  if (position === "list") {
    if (isList) return { kind: "list", name: key };
    if (isField) fail("type", `IN needs a list: ${key} is a field`, offset);
  } else {
    if (isField) return { kind: "field", name: key };
    if (isList && position === "criterion") return { kind: "list", name: key };
    if (isList) fail("type", `${key} is a list: ${WHERE_LISTS}`, offset);
  }
  if (scope.sheets.has(key))
    fail(
      "type",
      `${key} is a sheet: write ${key}.field as an argument of COUNTIFS, MINIFS, MAXIFS or XLOOKUP`,
      offset,
    );
  if (FUNCTIONS.has(key)) fail("type", `${key} is a function: write ${key}(...)`, offset);
  return fail("name", `unknown name "${key}"`, offset);
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
    fail("syntax", "only sheet.field may use a dot", offset);
  }
  const [sheet, field] = [(object as jsep.Identifier).name, (property as jsep.Identifier).name];
  if (position !== "column")
    fail("type", `${sheet}.${field} is a column: ${WHERE_COLUMNS}`, offset);
  const fields = scope.sheets.get(sheet);
  if (!fields) return fail("name", `unknown sheet "${sheet}"`, offset);
  if (!fields.has(field)) fail("name", `unknown field "${field}" of sheet "${sheet}"`, offset);
  return { kind: "column", sheet, field };
}

function call(
  parsed: ParsedNode,
  child: (node: ParsedNode, at: Position) => Node,
  offset: number | undefined,
): Node {
  const callee = parsed.callee as ParsedNode;
  if (callee.type !== "Identifier") fail("syntax", "only a function name may be called", offset);
  const fnName = (callee as jsep.Identifier).name;
  const fn = FUNCTIONS.get(fnName);
  if (!fn) {
    const hint = FUNCTIONS.has(fnName.toUpperCase())
      ? ` (functions are upper case: ${fnName.toUpperCase()})`
      : "";
    return fail("name", `unknown function "${fnName}"${hint}`, offset);
  }
  const parsedArgs = parsed.arguments as readonly ParsedNode[];
  if (!fn.accepts(parsedArgs.length))
    fail("type", `${fnName} takes ${fn.arity} arguments, not ${parsedArgs.length}`, offset);
  const args = parsedArgs.map((arg, index) => child(arg, fn.position(index)));
  const sheets = new Set(args.flatMap((arg) => (arg.kind === "column" ? [arg.sheet] : [])));
  if (sheets.size > 1) fail("type", `the columns of ${fnName} must be of one sheet`, offset);
  return { kind: "call", name: fnName, fn, args };
}

// Where a node's text starts: its own token's start, else its leftmost part's.
function offsetOf(parsed: ParsedNode | undefined): number | undefined {
  if (parsed === undefined || parsed.start !== undefined) return parsed?.start;
  const leftmost = parsed.left ?? parsed.test ?? (parsed.body as ParsedNode[] | undefined)?.[0];
  return offsetOf(leftmost as ParsedNode | undefined);
}
