import { checkId18, checkUscc } from "./checksums";
import type { ReasonOf } from "../issues/reasons";
import type { FieldType, FieldValue, ScalarType } from "../spec/types";
import { TEXT_MAX_LENGTH } from "../spec/sheets";
import { serialToDate } from "../excel-values";
import { isoDate } from "./dates";
import type { Cell, DateCell, ErrorCell, Scalar } from "../grid";
import { isDateCell, isErrorCell, isFormulaCell } from "../grid";
import { comparable, compactText, isBlankText, normalizeText } from "./text";

/** How a cell reads as its field's type (docs/standard.md). */
export type Parsed =
  | { readonly kind: "empty"; readonly formula?: boolean }
  | {
      readonly kind: "value";
      readonly value: FieldValue;
      /** Reported conversion: `normalized` or `approximate` (docs/standard.md). */
      readonly conversion?: "normalized" | "approximate";
      readonly formula?: boolean;
    }
  | {
      readonly kind: "error";
      readonly code: "type" | "format" | "checksum" | "enum" | "range";
      readonly reason?: string;
      readonly expected?: string;
      readonly limit?: number;
    };

export interface ParseContext {
  /** Values of each list type, in canonical form. */
  readonly lists: (list: string) => readonly string[];
  /** Header unit multiplier of a money column (万元 → 10,000). */
  readonly multiplier: number;
}

type Plain = Scalar | DateCell | ErrorCell;

const EMPTY: Parsed = { kind: "empty" };

function fail<C extends "type" | "format" | "checksum" | "enum" | "range">(
  code: C,
  reason: C extends "type" | "format" | "checksum" | "range" ? ReasonOf<C> : undefined,
  extra: { expected?: string; limit?: number } = {},
): Parsed {
  return reason === undefined
    ? { kind: "error", code, ...extra }
    : { kind: "error", code, reason, ...extra };
}

function ok(value: FieldValue, conversion?: "normalized" | "approximate"): Parsed {
  return conversion ? { kind: "value", value, conversion } : { kind: "value", value };
}

/** Read one cell as a field type. Never throws: bad data is a `Parsed` error. */
export function parseCell(cell: Cell, type: FieldType, ctx: ParseContext): Parsed {
  if (cell === null || cell === undefined) return EMPTY;
  if (isFormulaCell(cell)) {
    if (cell.result === null) return fail("type", "no-cached-result");
    const inner = parsePlain(cell.result, type, ctx);
    return inner.kind === "error" ? inner : { ...inner, formula: true };
  }
  return parsePlain(cell, type, ctx);
}

function parsePlain(cell: Plain, type: FieldType, ctx: ParseContext): Parsed {
  if (isErrorCell(cell)) return fail("type", "error-value");
  if (typeof cell === "string" && isBlankText(cell)) return EMPTY;
  if (typeof type === "object") return parseList(cell, ctx.lists(type.list));
  if (typeof cell === "boolean") {
    return type === "text" ? ok(cell ? "TRUE" : "FALSE") : fail("type", "boolean");
  }
  return PARSERS[type](cell, ctx);
}

type Value = string | number | DateCell;
type Parser = (cell: Value, ctx: ParseContext) => Parsed;

const PARSERS: { readonly [T in ScalarType]: Parser } = {
  text: parseText,
  int: (c) => parseInteger(c, false),
  count: (c) => parseInteger(c, true),
  money: parseMoney,
  decimal: parseDecimal,
  year: parseYear,
  date: (c) => parseDate(c, false),
  datetime: (c) => parseDate(c, true),
  period: parsePeriod,
  code12: parseCode12,
  uscc: parseUscc,
  id18: parseId18,
  phone: parsePhone,
};

function parseText(cell: Value): Parsed {
  const text = isDateCell(cell)
    ? dateText(cell)
    : typeof cell === "number"
      ? String(cell)
      : normalizeText(String(cell));
  // A string counts code points no more than its UTF-16 units: most need no count.
  if (text.length > TEXT_MAX_LENGTH && [...text].length > TEXT_MAX_LENGTH)
    return fail("range", "text-length", { limit: TEXT_MAX_LENGTH });
  return ok(text);
}

function dateText(cell: DateCell): string {
  return cell.date.endsWith("T00:00:00") ? cell.date.slice(0, 10) : cell.date;
}

// Each list's values by their comparable form (the first value wins), built once per list.
const LIST_INDEXES = new WeakMap<readonly string[], ReadonlyMap<string, string>>();

function listIndex(values: readonly string[]): ReadonlyMap<string, string> {
  let index = LIST_INDEXES.get(values);
  if (!index) {
    const built = new Map<string, string>();
    for (const v of values) if (!built.has(comparable(v))) built.set(comparable(v), v);
    LIST_INDEXES.set(values, built);
    index = built;
  }
  return index;
}

// Each list's readings by the cell's text: a column repeats a few list values over many rows.
const LIST_READINGS = new WeakMap<readonly string[], Map<string, Parsed>>();
const LIST_READINGS_MAX = 4096;

function parseList(cell: Scalar | DateCell, values: readonly string[]): Parsed {
  if (isDateCell(cell)) return matchList(dateText(cell), values);
  // The reading depends on the cell's text alone, so it is read once per list.
  const text = String(cell);
  let readings = LIST_READINGS.get(values);
  if (!readings) LIST_READINGS.set(values, (readings = new Map<string, Parsed>()));
  let parsed = readings.get(text);
  if (parsed === undefined) {
    parsed = matchList(normalizeText(text), values);
    if (readings.size < LIST_READINGS_MAX) readings.set(text, parsed);
  }
  return parsed;
}

function matchList(text: string, values: readonly string[]): Parsed {
  const match = listIndex(values).get(comparable(text));
  return match === undefined ? fail("enum", undefined, { expected: values.join("、") }) : ok(match);
}

// "1,234" with proper thousands groups, or plain digits; optional sign and fraction.
const NUMBER_TEXT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

function numberFromText(s: string): number | null {
  return NUMBER_TEXT.test(s) ? Number(s.replace(/,/g, "")) : null;
}

const COUNT_UNITS = /(?:户|人|个|次|名)$/;

function parseInteger(cell: Value, nonNegative: boolean): Parsed {
  if (isDateCell(cell)) return fail("type", "not-number");
  let n: number | null;
  let converted = false;
  if (typeof cell === "number") n = cell;
  else {
    n = numberFromText(compactText(String(cell)).replace(COUNT_UNITS, ""));
    converted = true;
  }
  if (n === null || !Number.isFinite(n)) return fail("type", "not-number");
  if (!Number.isInteger(n)) return fail("type", "not-integer");
  if (nonNegative && n < 0) return fail("range", "negative");
  return ok(n, converted ? "normalized" : undefined);
}

/** To the cent, a half away from zero as the decimal reads (1.005 → 1.01); undoes sums' drift. */
export function roundCents(n: number): number {
  return Math.round(n * 100 + (n >= 0 ? 1e-7 : -1e-7)) / 100;
}

const UNIT_VALUE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };
// Money as staff type it: [近|约] number [余|多] [万|亿] [余|多] [元] [左右|以上].
const MONEY_TEXT =
  /^(近|约)?(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(余|多)?(万|亿)?(余|多)?(元)?(左右|以上)?$/;

function parseMoney(cell: Value, ctx: ParseContext): Parsed {
  if (isDateCell(cell)) return fail("type", "not-number");
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return fail("type", "not-number");
    if (cell < 0) return fail("range", "negative");
    return ok(roundCents(cell * ctx.multiplier));
  }
  const m = MONEY_TEXT.exec(compactText(cell));
  if (!m) return fail("type", isAmbiguous(cell) ? "ambiguous" : "not-number");
  const [, before, digits, mid, unit, after, yuan, tail] = m;
  const n = Number(digits!.replace(/,/g, ""));
  if (n < 0) return fail("range", "negative");
  const hedged =
    before !== undefined || mid !== undefined || after !== undefined || tail !== undefined;
  const multiplier = unit ? UNIT_VALUE[unit]! : yuan ? 1 : ctx.multiplier;
  return ok(roundCents(n * multiplier), hedged ? "approximate" : "normalized");
}

/** Text that holds digits but not one definite number, like "35万-40万" (docs/standard.md). */
function isAmbiguous(s: string): boolean {
  return /\d/.test(s) || /[一二三四五六七八九十百千万亿两]/.test(s);
}

const DECIMAL_TEXT = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(万|亿)?$/;

function parseDecimal(cell: Value): Parsed {
  if (isDateCell(cell)) return fail("type", "not-number");
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return fail("type", "not-number");
    return cell < 0 ? fail("range", "negative") : ok(roundCents(cell));
  }
  const s = compactText(cell);
  if (/^-/.test(s) && numberFromText(s) !== null) return fail("range", "negative");
  const m = DECIMAL_TEXT.exec(s);
  if (!m) return fail("type", isAmbiguous(s) ? "ambiguous" : "not-number");
  const n = Number(m[1]!.replace(/,/g, "")) * (m[2] ? UNIT_VALUE[m[2]]! : 1);
  return ok(roundCents(n), "normalized");
}

function parseYear(cell: Value): Parsed {
  if (isDateCell(cell)) return fail("type", "not-integer");
  if (typeof cell === "number") {
    return Number.isInteger(cell) ? ok(cell) : fail("type", "not-integer");
  }
  const m = /^(\d{4})年?$/.exec(compactText(cell));
  return m ? ok(Number(m[1]), "normalized") : fail("type", "not-integer");
}

// Excel serial dates accepted from a bare number: 2000-01-01 to 2099-12-31 (docs/standard.md).
const SERIAL_MIN = 36526;
const SERIAL_MAX = 73050;

function parseDate(cell: Value, withTime: boolean): Parsed {
  if (isDateCell(cell)) {
    const date = cell.date.slice(0, 10);
    const time = cell.date.slice(11, 16);
    return ok(withTime && time !== "" && time !== "00:00" ? `${date}T${time}` : date);
  }
  if (typeof cell === "number") return parseDateNumber(cell, withTime);
  const s = compactText(cell);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return canonicalDate(iso, null, false);
  if (withTime) {
    const isoTime = /^(\d{4})-(\d{2})-(\d{2})(?:T|)(\d{2}):(\d{2})(?::\d{2})?$/.exec(
      normalizeText(cell).replace(" ", "T").replace(/\s+/g, ""),
    );
    if (isoTime) return canonicalDate(isoTime, [isoTime[4]!, isoTime[5]!], false);
  }
  const other =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(s) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (other) return canonicalDate(other, null, true);
  if (withTime) {
    const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:T|)(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(
      normalizeText(cell).replace(/\s+/, "T").replace(/\s+/g, ""),
    );
    if (m) return canonicalDate(m, [m[4]!.padStart(2, "0"), m[5]!], true);
  }
  return fail("type", "not-date");
}

function canonicalDate(
  m: RegExpExecArray,
  time: [string, string] | null,
  converted: boolean,
): Parsed {
  const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (date === null) return fail("type", "not-date");
  if (time && (Number(time[0]) > 23 || Number(time[1]) > 59)) return fail("type", "not-date");
  const value =
    time && `${time[0]}:${time[1]}` !== "00:00" ? `${date}T${time[0]}:${time[1]}` : date;
  return ok(value, converted ? "normalized" : undefined);
}

function parseDateNumber(n: number, withTime: boolean): Parsed {
  if (Number.isInteger(n) && n >= 19000101 && n <= 29991231) {
    const date = isoDate(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
    return date ? ok(date, "normalized") : fail("type", "not-date");
  }
  if (n >= SERIAL_MIN && n < SERIAL_MAX + 1) {
    const shown = serialToDate(n, false)!.date;
    const date = shown.slice(0, 10);
    const time = shown.slice(11, 16);
    return ok(withTime && time && time !== "00:00" ? `${date}T${time}` : date, "normalized");
  }
  return fail("type", "not-date");
}

function parsePeriod(cell: Value): Parsed {
  if (typeof cell === "number") {
    return Number.isInteger(cell) && cell >= 1000 && cell <= 9999
      ? ok(String(cell))
      : fail("format", "period");
  }
  if (isDateCell(cell)) return fail("format", "period");
  const s = compactText(cell).toUpperCase();
  if (/^\d{4}$/.test(s) || /^\d{4}-Q[1-4]$/.test(s)) return ok(s);
  const year = /^(\d{4})年(?:度)?$/.exec(s);
  if (year) return ok(year[1]!, "normalized");
  const quarter = /^(\d{4})(?:年第|年|-?Q|年Q)([1-4])(?:季度)?$/.exec(s);
  if (quarter && (s.includes("Q") || s.endsWith("季度")))
    return ok(`${quarter[1]}-Q${quarter[2]}`, "normalized");
  return fail("format", "period");
}

function parseCode12(cell: Value): Parsed {
  if (typeof cell === "number") {
    return Number.isInteger(cell) && cell >= 1e11 && cell < 1e12
      ? ok(String(cell), "normalized")
      : fail("format", "code12");
  }
  if (isDateCell(cell)) return fail("format", "code12");
  const s = compactText(cell);
  return /^\d{12}$/.test(s) ? ok(s) : fail("format", "code12");
}

function parseUscc(cell: Value): Parsed {
  if (typeof cell === "number") return fail("type", "id-as-number");
  if (isDateCell(cell)) return fail("format", "uscc");
  const s = compactText(cell);
  const upper = s.toUpperCase();
  const check = checkUscc(upper);
  if (check === "format") return fail("format", "uscc");
  if (check === "check-character") return fail("checksum", "check-character");
  return ok(upper, upper !== s ? "normalized" : undefined);
}

function parseId18(cell: Value): Parsed {
  if (typeof cell === "number") return fail("type", "id-as-number");
  if (isDateCell(cell)) return fail("format", "id18");
  const s = compactText(cell);
  const upper = s.toUpperCase();
  const check = checkId18(upper);
  if (check === "format") return fail("format", "id18");
  if (check !== "ok") return fail("checksum", check);
  return ok(upper, upper !== s ? "normalized" : undefined);
}

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

function parsePhone(cell: Value): Parsed {
  if (typeof cell === "number") {
    const s = Number.isInteger(cell) ? String(cell) : "";
    return MOBILE.test(s) ? ok(s, "normalized") : fail("format", "landline-as-number");
  }
  if (isDateCell(cell)) return fail("format", "phone");
  const s = compactText(cell);
  return MOBILE.test(s) || LANDLINE.test(s) ? ok(s) : fail("format", "phone");
}

/** The value as read, for an issue's `value` and 未合并行: dates as YYYY-MM-DD. */
export function rawValue(cell: Cell): string | number | boolean | null {
  if (cell === null || cell === undefined) return null;
  if (isFormulaCell(cell)) return cell.result === null ? null : rawValue(cell.result);
  if (isDateCell(cell)) return dateText(cell);
  if (isErrorCell(cell)) return cell.error;
  return cell;
}
