// How values convert and compare: the one place the language's coercions live.
import { fail } from "./failure";
import type { ExprValue, Row, Scalar } from "./types";

const NUMERIC_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;
const DAY_MS = 86_400_000;

/** A field of a record: a missing, empty or non-finite value is blank; never a prototype's. */
export function readField(row: Row, name: string): Scalar {
  if (!Object.hasOwn(row, name)) return null;
  const value: unknown = row[name];
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return null;
}

/** Rounds away binary noise as a spreadsheet shows numbers (15 significant digits). */
export function normalise(n: number): number {
  if (!Number.isFinite(n)) fail("type", "a number out of range");
  const rounded = Number(n.toPrecision(15));
  return (Number.isFinite(rounded) ? rounded : n) + 0;
}

/** A number for arithmetic: TRUE is 1, FALSE 0, numeric text its number; blank stays blank. */
export function toNumber(value: ExprValue): number | null {
  if (value === null || typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string" && NUMERIC_TEXT.test(value)) return normalise(Number(value));
  return fail("type", `${describe(value)} is not a number`);
}

/** Text for `&` and LEN: blank is "", TRUE is "TRUE", numbers as written. */
export function toText(value: ExprValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(normalise(value));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return fail("type", "a list is not text");
}

/** A condition: a number is TRUE unless 0; blank stays blank (unknown). */
export function toBoolean(value: ExprValue): boolean | null {
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  return fail("type", `${describe(value)} is not TRUE or FALSE`);
}

/** `=` on two non-blank scalars: values of different kinds are never equal. */
export function equals(a: Exclude<Scalar, null>, b: Exclude<Scalar, null>): boolean {
  return valueKey(a) === valueKey(b);
}

/** Order of two non-blank scalars of one kind: numbers by size, text (and so dates) by character. */
export function compare(a: Exclude<Scalar, null>, b: Exclude<Scalar, null>): number {
  if (typeof a !== typeof b) fail("type", `cannot order ${describe(a)} and ${describe(b)}`);
  if (typeof a === "number") return normalise(a) - normalise(b as number);
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** The smaller (min) or larger (max) of two values; a blank is skipped. */
export function extreme(which: "min" | "max", best: Scalar, value: Scalar): Scalar {
  if (best === null) return value;
  if (value === null) return best;
  const order = compare(value, best);
  return (which === "min" ? order < 0 : order > 0) ? value : best;
}

/** The identity of a non-blank scalar, for equality and the indexes of other sheets. */
export function valueKey(value: Exclude<Scalar, null>): string {
  if (typeof value === "number") return `n${normalise(value)}`;
  return typeof value === "string" ? `s${value}` : `b${value}`;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (a date-time counts as its day). */
export function toDay(value: ExprValue): number | null {
  if (value === null) return null;
  const match = typeof value === "string" ? DATE.exec(value) : null;
  if (!match) return fail("type", `${describe(value)} is not a date (YYYY-MM-DD)`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    fail("type", "text shaped like a date is not a calendar date");
  }
  return Math.round(date.getTime() / DAY_MS);
}

/** The year of a YYYY-MM-DD date. */
export function toYear(value: ExprValue): number | null {
  const day = toDay(value);
  return day === null ? null : new Date(day * DAY_MS).getUTCFullYear();
}

/** The kind of a value, for messages: never the value, which may be personal data. */
export function describe(value: ExprValue): string {
  if (value === null) return "blank";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  return typeof value === "number" ? "a number" : "TRUE or FALSE";
}
