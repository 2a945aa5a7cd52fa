import type { DateCell } from "./grid";

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
