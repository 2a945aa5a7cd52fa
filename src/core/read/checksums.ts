// Check characters of the two national identifiers the standard carries (docs/standard.md).

const ID18_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID18_CHECK_CHARACTERS = "10X98765432";
const ID18_PATTERN = /^\d{17}[\dX]$/;

/** Outcome of checking a resident identity number; anything but "ok" is an issue reason. */
export type Id18Check = "ok" | "format" | "check-character" | "birth-date";

/** Outcome of checking a unified social credit code; anything but "ok" is an issue reason. */
export type UsccCheck = "ok" | "format" | "check-character";

/**
 * The ISO 7064 MOD 11-2 check character (GB 11643-1999) of the first 17 digits of a
 * resident identity number.
 */
export function id18CheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error("id18CheckCharacter needs 17 digits");
  return id18Check(first17);
}

// The check character of the 17 digits that start s (checked by the caller).
function id18Check(s: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ID18_WEIGHTS[i]! * (s.charCodeAt(i) - 48);
  return ID18_CHECK_CHARACTERS.charAt(sum % 11);
}

/**
 * Checks a resident identity number (GB 11643-1999) that the caller has already trimmed
 * and upper-cased: its shape, its birth date (digits 7–14) and its check character.
 */
export function checkId18(s: string): Id18Check {
  if (!ID18_PATTERN.test(s)) return "format";
  if (!isCalendarDate(digitsOf(s, 6, 10), digitsOf(s, 10, 12), digitsOf(s, 12, 14))) {
    return "birth-date";
  }
  return id18Check(s) === s.charAt(17) ? "ok" : "check-character";
}

// The number the ASCII digits s[start, end) spell (checked by the caller).
function digitsOf(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

// A real day between 1900 and 2100.
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// GB 32100-2015 code characters, in value order: the 31 characters without I, O, Z, S, V.
const USCC_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const USCC_PATTERN = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;

/** The GB 32100-2015 check character of the first 17 characters of a unified social credit code. */
export function usccCheckCharacter(first17: string): string {
  if (!/^[0-9A-HJ-NP-RTUW-Y]{17}$/.test(first17)) {
    throw new Error("usccCheckCharacter needs 17 code characters");
  }
  let sum = 0;
  USCC_WEIGHTS.forEach((weight, index) => {
    sum += weight * USCC_CHARACTERS.indexOf(first17.charAt(index));
  });
  return USCC_CHARACTERS.charAt((31 - (sum % 31)) % 31);
}

/**
 * Checks a unified social credit code (GB 32100-2015) that the caller has already trimmed
 * and upper-cased: 18 code characters and a valid check character.
 */
export function checkUscc(s: string): UsccCheck {
  if (!USCC_PATTERN.test(s)) return "format";
  return usccCheckCharacter(s.slice(0, 17)) === s.charAt(17) ? "ok" : "check-character";
}
