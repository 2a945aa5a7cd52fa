// How results print as text: tables aligned for a terminal, indicator values, the first errors.
import { MESSAGES, displayWidth, issueMessage } from "../core";
import type { IndicatorValue, Lang, MergeIssue, StandardSheets } from "../core";

/** An indicator's value as the text tables show it. */
export function display(value: IndicatorValue, format: string, lang: Lang): string {
  if (value === null) return "—";
  if (typeof value === "boolean") return value ? MESSAGES[lang].cli.yes : MESSAGES[lang].cli.no;
  if (typeof value === "number" && format === "rate") return `${(value * 100).toFixed(2)}%`;
  if (typeof value === "number" && format === "money")
    return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
  if (typeof value === "number" && (format === "ratio" || format === "number")) {
    return value.toFixed(2);
  }
  return String(value);
}

/** Columns padded to their display width (CJK characters take two columns in a terminal). */
export function aligned(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c]!))));
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell + " ".repeat(widths[c]! - displayWidth(cell)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** The first ten errors of a merge, one line each, for its summary. */
export function firstErrors(
  issues: readonly MergeIssue[],
  lang: Lang,
  sheets?: StandardSheets,
): string[] {
  return issues
    .filter((i) => i.severity === "error")
    .slice(0, 10)
    .map(
      (i) =>
        `  ${i.file ?? ""}!${i.sheetName ?? i.sheet ?? ""}!${i.cell ?? ""} ${i.code} ${issueMessage(i, lang, sheets)}`,
    );
}
