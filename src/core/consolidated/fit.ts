// Column widths fitted to content, for the screen and the printed page.
import { displayWidth } from "../excel-values";
import type { ColumnKind } from "./layout";

/** Widest column, in characters of the default font; longer text wraps. */
export const MAX_WIDTH = 40;
const MIN_WIDTH = 6;
// A header wraps onto more lines rather than widening a column of short values past this.
const HEADER_WIDTH = 6;
const PADDING = 2;

/** Characters of `String(n)` for a whole n ≥ 0, counted without building the string. */
function digitsOf(n: number): number {
  // From 1e21 on, String writes an exponent.
  if (n >= 1e21) return String(n).length;
  let digits = 1;
  for (let power = 10; n >= power; power *= 10) digits++;
  return digits;
}

function groupedDigits(value: number): number {
  const digits = digitsOf(Math.trunc(Math.abs(value)));
  return digits + Math.floor((digits - 1) / 3) + (value < 0 ? 1 : 0);
}

/** Width of a value as its column's number format shows it. */
function valueWidth(value: string | number, kind: ColumnKind): number {
  if (typeof value === "string") {
    if (kind === "date") return 10;
    if (kind === "datetime") return 16;
    return displayWidth(value);
  }
  switch (kind) {
    case "money":
      return groupedDigits(value) + 3;
    case "amount":
      return groupedDigits(value);
    case "rate":
      return (value * 100).toFixed(2).length + 1;
    case "decimal":
    case "ratio":
      return value.toFixed(2).length;
    default:
      return Number.isInteger(value)
        ? digitsOf(Math.abs(value)) + (value < 0 ? 1 : 0)
        : String(value).length;
  }
}

export interface FittedWidth {
  readonly width: number;
  /** The content is wider than MAX_WIDTH: the column wraps. */
  readonly wrap: boolean;
}

/** Widths of a table's columns from its header and every value. */
export function fitColumns(
  columns: readonly { readonly header: string; readonly kind: ColumnKind }[],
  rows: readonly (readonly (string | number | null)[])[],
): FittedWidth[] {
  const content = columns.map(() => 0);
  // Text measured by its characters: at most two columns each (dates take a fixed width).
  const measured = columns.map((c) => c.kind !== "date" && c.kind !== "datetime");
  // A value the same as the one above it (rows come sorted) is as wide: not measured again.
  const above: (string | number | null | undefined)[] = columns.map(() => undefined);
  for (const row of rows) {
    for (let i = 0; i < columns.length; i++) {
      const value = row[i];
      if (value === null || value === undefined || value === above[i]) continue;
      above[i] = value;
      // A text that cannot be wider than the widest so far is not measured.
      if (typeof value === "string" && measured[i] && value.length * 2 <= content[i]!) continue;
      const w = valueWidth(value, columns[i]!.kind);
      if (w > content[i]!) content[i] = w;
    }
  }
  return columns.map((c, i) => {
    const header = Math.min(displayWidth(c.header), Math.max(HEADER_WIDTH, content[i]!));
    const wanted = Math.max(MIN_WIDTH, header, content[i]!) + PADDING;
    return { width: Math.min(MAX_WIDTH, wanted), wrap: wanted > MAX_WIDTH };
  });
}

/** Lines a wrapping cell of `width` needs for `text` (at least one). */
export function wrappedLines(text: string, width: number): number {
  // A CJK character is a little wider than two digits: leave one more column spare.
  const room = Math.max(1, width - PADDING - 1);
  return text
    .split("\n")
    .reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / room)), 0);
}
