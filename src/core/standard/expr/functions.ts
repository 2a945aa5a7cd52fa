// The functions of the language, each declaring its arity and the position of each argument.
import { checkId18 } from "../../read/checksums";
import type { Context, ExprFunction, Node, Position } from "./ast";
import { combinationKey } from "./cache";
import { fail } from "./failure";
import type { ExprArity, ExprValue, Scalar } from "./types";
import { extreme, normalise, toBoolean, toDay, toNumber, toText, toYear, valueKey } from "./values";

const MAX_ROUND_DIGITS = 15;

const atLeast = (min: number): ExprArity => ({ kind: "count", min });
const exactly = (n: number): ExprArity => ({ kind: "count", min: n, max: n });
const pairs = (lead: number): ExprArity => ({ kind: "pairs", lead });
const values = (): Position => "value";

/** Whether a function of this arity takes `count` arguments. */
export function accepts(arity: ExprArity, count: number): boolean {
  if (arity.kind === "pairs") return count >= arity.lead + 2 && (count - arity.lead) % 2 === 0;
  return count >= arity.min && count <= (arity.max ?? Infinity);
}

/** Functions that only take values. */
function plain(arity: ExprArity, run: ExprFunction["run"]): ExprFunction {
  return { arity, position: values, run };
}

/** A function of one value, blank in → blank out. */
function unary(run: (value: Exclude<Scalar, null>) => ExprValue): ExprFunction {
  return plain(exactly(1), (context, [x]) => {
    const value = context.scalar(x!);
    return value === null ? null : run(value);
  });
}

export const FUNCTIONS: ReadonlyMap<string, ExprFunction> = new Map<string, ExprFunction>([
  ["AND", plain(atLeast(1), (context, args) => logic(context, args, false))],
  ["OR", plain(atLeast(1), (context, args) => logic(context, args, true))],
  ["NOT", unary((value) => !toBoolean(value))],
  ["IF", plain({ kind: "count", min: 2, max: 3 }, chooseBranch)],
  ["LEN", unary((value) => [...toText(value)].length)],
  ["ISBLANK", plain(exactly(1), (context, [x]) => context.scalar(x!) === null)],
  ["N", plain(exactly(1), (context, [x]) => toNumberOrZero(context.scalar(x!)))],
  ["ABS", unary((value) => Math.abs(toNumber(value)!))],
  ["ROUND", plain(exactly(2), round)],
  ["MIN", plain(atLeast(1), (context, args) => extremeOf(context, args, "min"))],
  ["MAX", plain(atLeast(1), (context, args) => extremeOf(context, args, "max"))],
  ["SUM", plain(atLeast(1), sum)],
  [
    "IN",
    {
      arity: exactly(2),
      position: (index) => (index === 0 ? "value" : "list"),
      run: isIn,
    },
  ],
  ["YEAR", unary(toYear)],
  ["DAYS", plain(exactly(2), days)],
  ["ID18VALID", unary(isValidId18)],
  ["LINE", plain(exactly(2), line)],
  [
    "COUNTIFS",
    {
      arity: pairs(0),
      position: criteriaFrom(0),
      run: countIfs,
    },
  ],
  [
    "MINIFS",
    {
      arity: pairs(1),
      position: criteriaFrom(1),
      run: (c, a) => extremeIfs(c, a, "min"),
    },
  ],
  [
    "MAXIFS",
    {
      arity: pairs(1),
      position: criteriaFrom(1),
      run: (c, a) => extremeIfs(c, a, "max"),
    },
  ],
  [
    "XLOOKUP",
    {
      arity: exactly(3),
      position: (index) => (index === 0 ? "value" : "column"),
      run: lookUp,
    },
  ],
]);

// AND stops at the first FALSE, OR at the first TRUE; a blank otherwise leaves the answer unknown.
function logic(context: Context, args: readonly Node[], decisive: boolean): boolean | null {
  let unknown = false;
  for (const arg of args) {
    const value = toBoolean(context.scalar(arg));
    if (value === decisive) return decisive;
    if (value === null) unknown = true;
  }
  return unknown ? null : !decisive;
}

function chooseBranch(context: Context, [condition, then, otherwise]: readonly Node[]): ExprValue {
  const value = toBoolean(context.scalar(condition!));
  if (value === null) return null;
  if (value) return context.scalar(then!);
  return otherwise ? context.scalar(otherwise) : false;
}

function toNumberOrZero(value: Scalar): number {
  if (typeof value === "number") return value;
  return typeof value === "boolean" ? Number(value) : 0;
}

// Half away from zero at `digits` decimals, on the number as written (2.675 → 2.68).
function round(context: Context, [x, digitsNode]: readonly Node[]): number | null {
  const value = toNumber(context.scalar(x!));
  const digits = toNumber(context.scalar(digitsNode!));
  if (value === null || digits === null) return null;
  if (!Number.isInteger(digits) || Math.abs(digits) > MAX_ROUND_DIGITS) {
    fail(
      "type",
      `ROUND takes a whole number of digits from -${MAX_ROUND_DIGITS} to ${MAX_ROUND_DIGITS}`,
    );
  }
  const rounded = shiftDecimal(Math.round(shiftDecimal(Math.abs(value), digits)), -digits);
  // A number too large to shift has no decimals left to round.
  return Number.isFinite(rounded) ? normalise(Math.sign(value) * rounded) : value;
}

// n × 10^digits by moving the decimal exponent, so 2.675 shifts to 267.5 exactly.
function shiftDecimal(n: number, digits: number): number {
  const [mantissa, exponent = "0"] = String(n).split("e");
  return Number(`${mantissa}e${Number(exponent) + digits}`);
}

function extremeOf(context: Context, args: readonly Node[], which: "min" | "max"): Scalar {
  let best: Scalar = null;
  for (const arg of args) best = extreme(which, best, context.scalar(arg));
  return best;
}

function sum(context: Context, args: readonly Node[]): number {
  let total = 0;
  for (const arg of args) total = normalise(total + (toNumber(context.scalar(arg)) ?? 0));
  return total;
}

function isIn(context: Context, [x, listNode]: readonly Node[]): boolean | null {
  const value = context.scalar(x!);
  if (value === null) return null;
  const list = context.evaluate(listNode!) as readonly Scalar[];
  const keys =
    listNode!.kind === "list" ? context.cache.listKeys(list as readonly string[]) : keysOf(list);
  return keys.has(valueKey(value));
}

function days(context: Context, [end, start]: readonly Node[]): number | null {
  const endDay = toDay(context.scalar(end!));
  const startDay = toDay(context.scalar(start!));
  return endDay === null || startDay === null ? null : endDay - startDay;
}

function isValidId18(value: Exclude<Scalar, null>): boolean {
  // A number is never a valid identity number: a spreadsheet keeps only 15 of its digits.
  return typeof value === "string" && checkId18(value.trim().toUpperCase()) === "ok";
}

function line(context: Context, [nameNode, yearNode]: readonly Node[]): number | null {
  const name = context.scalar(nameNode!);
  const year = toNumber(context.scalar(yearNode!));
  if (name === null || year === null) return null;
  if (typeof name !== "string") fail("type", "LINE takes the line's name as text");
  if (!Number.isInteger(year)) fail("type", "LINE takes a whole year");
  const value = context.line(name, year);
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

// COUNTIFS: columns at even places; MINIFS/MAXIFS: the result column first, then the same.
function criteriaFrom(lead: number): (index: number) => Position {
  return (index) => (index < lead || (index - lead) % 2 === 0 ? "column" : "criterion");
}

function countIfs(context: Context, args: readonly Node[]): number | null {
  const match = matching(context, args);
  if (match === null) return null;
  let count = 0;
  for (const key of match.keys) count += match.index.count(key);
  return count;
}

function extremeIfs(context: Context, args: readonly Node[], which: "min" | "max"): Scalar {
  const match = matching(context, args.slice(1));
  if (match === null) return null;
  const field = columnOf(args[0]!).field;
  let best: Scalar = null;
  for (const key of match.keys) best = extreme(which, best, match.index.extreme(key, field, which));
  return best;
}

function lookUp(context: Context, [valueNode, keyColumn, resultColumn]: readonly Node[]): Scalar {
  const value = context.scalar(valueNode!);
  if (value === null) return null;
  const { sheet, field } = columnOf(keyColumn!);
  context.step(1);
  const index = context.cache.index(context.rows(sheet), [field]);
  return index.first(combinationKey([valueKey(value)]), columnOf(resultColumn!).field);
}

/**
 * The index of the criteria's sheet and every combination of their values (an array value
 * matches any of its items), paid for in steps before they are enumerated; null when a
 * criterion is blank.
 */
function matching(context: Context, args: readonly Node[]) {
  const columns: { sheet: string; field: string }[] = [];
  const choices: string[][] = [];
  for (let place = 0; place < args.length; place += 2) {
    const value = context.evaluate(args[place + 1]!);
    if (value === null) return null;
    columns.push(columnOf(args[place]!));
    choices.push([
      ...(Array.isArray(value)
        ? keysOf(value as readonly Scalar[])
        : [valueKey(value as Exclude<Scalar, null>)]),
    ]);
  }
  context.step(choices.reduce((total, items) => total * items.length, 1));
  let combinations: string[][] = [[]];
  for (const items of choices)
    combinations = combinations.flatMap((prefix) => items.map((item) => [...prefix, item]));
  const index = context.cache.index(
    context.rows(columns[0]!.sheet),
    columns.map((column) => column.field),
  );
  return { index, keys: combinations.map(combinationKey) };
}

function keysOf(items: readonly Scalar[]): Set<string> {
  const keys = new Set<string>();
  for (const item of items) if (item !== null) keys.add(valueKey(item));
  return keys;
}

function columnOf(node: Node): { sheet: string; field: string } {
  if (node.kind !== "column") return fail("type", "a column (sheet.field) is needed here");
  return node;
}
