// How values look in Excel: date serials, number formats, column widths, a sheet's bounds. Every
// host and reader takes them from here, so that a date or a width is computed one way.
import type { DateCell } from "./grid";
import { isListType } from "./spec/types";
import type { FieldType, ScalarType } from "./spec/types";

const SECONDS_PER_DAY = 86400;
// 9999-12-31 in the 1900 system; past it Excel shows no date.
const LAST_SERIAL_1900 = 2958465;

/**
 * The calendar date (and time when not midnight) that Excel shows for a serial number, by
 * plain arithmetic: no time zone takes part. `null` when no date is shown (negative or past
 * 9999). The 1900 system counts the phantom 1900-02-29 as serial 60, shown here as 02-28.
 */
export function serialToDate(serial: number, date1904: boolean): DateCell | null {
  const last = date1904 ? LAST_SERIAL_1900 - 1462 : LAST_SERIAL_1900;
  if (!Number.isFinite(serial) || serial < 0 || serial >= last + 1) return null;
  const totalSeconds = Math.round(serial * SECONDS_PER_DAY);
  const serialDay = Math.floor(totalSeconds / SECONDS_PER_DAY);
  const seconds = totalSeconds - serialDay * SECONDS_PER_DAY;
  // Days since 1970-01-01: serial 0 is 1904-01-01, or 1899-12-31 before the phantom day.
  let epochDay: number;
  if (date1904) epochDay = serialDay - 24107;
  else epochDay = serialDay < 60 ? serialDay - 25568 : serialDay - 25569;
  const date = formatCivil(epochDay);
  if (seconds === 0) return { date };
  const hh = Math.floor(seconds / 3600);
  const mm = Math.floor((seconds % 3600) / 60);
  const ss = seconds % 60;
  return { date: `${date}T${pad(hh, 2)}:${pad(mm, 2)}:${pad(ss, 2)}` };
}

/** YYYY-MM-DD of a count of days since 1970-01-01 (proleptic Gregorian). */
function formatCivil(epochDay: number): string {
  // H. Hinnant's days_from_civil inverse.
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/**
 * A `t="d"` cell's ISO 8601 text as a date cell: date, and time when not midnight; a zone
 * suffix and fractions of a second are dropped. `null` when it is not such text.
 */
export function isoToDate(text: string): DateCell | null {
  const m =
    /^\s*(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(
      text,
    );
  if (!m) return null;
  const time = m[2] === undefined ? "00:00:00" : `${m[2]}${m[3] ?? ":00"}`;
  return time === "00:00:00" ? { date: m[1]! } : { date: `${m[1]}T${time}` };
}

/** Excel serial of an ISO date or date-time, by calendar arithmetic (no time zone). */
export function dateToSerial(iso: string, date1904: boolean): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  const days = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
  // 1900 system: serial 61 is 1900-03-01 (Excel counts a 1900-02-29 that never was).
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  let serial = days - epoch / 86_400_000;
  if (!date1904 && serial < 61) serial -= 1;
  const seconds = Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0);
  return serial + seconds / SECONDS_PER_DAY;
}

// Built-in number formats that show a date or time (ECMA-376 18.8.30, with the CJK ids).
const BUILT_IN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/**
 * Whether a number format shows its number as a date or time. A custom code counts when a
 * d, m, y, h or s is left after removing quoted text, escapes, fills, paddings and bracketed
 * sections (colours, conditions, locales, and `[h]` elapsed time on its own).
 */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (formatCode === undefined) return BUILT_IN_DATE_IDS.has(numFmtId);
  const visible = formatCode.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(visible);
}

/** The number formats aidsheet writes. */
export const FORMATS = {
  general: "General",
  text: "@",
  integer: "0",
  money: "#,##0.00",
  wholeMoney: "#,##0",
  decimal: "0.00",
  percent: "0.00%",
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm",
} as const;

const FIELD_FORMATS: { readonly [T in ScalarType]: string } = {
  text: FORMATS.text,
  int: FORMATS.integer,
  count: FORMATS.integer,
  money: FORMATS.money,
  decimal: FORMATS.money,
  year: FORMATS.integer,
  date: FORMATS.date,
  datetime: FORMATS.datetime,
  period: FORMATS.text,
  code12: FORMATS.text,
  uscc: FORMATS.text,
  id18: FORMATS.text,
  phone: FORMATS.text,
};

/** The number format of a field's cells, or null for General (list values). */
export function numberFormatOf(type: FieldType): string | null {
  return isListType(type) ? null : FIELD_FORMATS[type];
}

/** Hangul jamo, CJK, Hangul syllables, compatibility ideographs and forms, full-width forms. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** The rows and columns of one Excel worksheet: more is cut off or repaired when opened. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/** Columns a text takes in Excel or a terminal: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character, one column wide.
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    width += code >= 0x1100 && isWide(code) ? 2 : 1;
  }
  return width;
}
