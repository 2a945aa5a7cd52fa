import { MESSAGES } from "../core";
import type { Completeness, Lang, MergeResult, RowCounts, Severity, SummaryFacts } from "../core";

/** What a consolidation comes to, counted as every host reports it (docs/cli.md). */
export interface MergeSummary extends SummaryFacts {
  readonly completeness: Completeness | null;
}

/** The counts of a consolidation: files by status, rows of every sheet, issues by severity. */
export function summarize(result: MergeResult): MergeSummary {
  const files = { accepted: 0, superseded: 0, rejected: 0 };
  for (const f of result.files) files[f.status]++;
  return {
    period: result.period,
    files: result.files.length,
    ...files,
    villages: result.indicators.length,
    rows: countRows(Object.values(result.totals)),
    issues: countIssues(result.issues),
    completeness: result.completeness,
  };
}

/** Rows merged, rejected and superseded over every sheet. */
export function countRows(totals: readonly RowCounts[]): SummaryFacts["rows"] {
  const rows = { merged: 0, rejected: 0, superseded: 0 };
  for (const c of totals) {
    rows.merged += c.merged;
    rows.rejected += c.rejected;
    rows.superseded += c.superseded;
  }
  return rows;
}

/** Issues by severity. */
export function countIssues(
  issues: readonly { readonly severity: Severity }[],
): SummaryFacts["issues"] {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}

/** The summary as the CLI prints it, and the page shows it; `written` names the workbook written. */
export function summaryLines(summary: MergeSummary, lang: Lang, written: string | null): string[] {
  const text = MESSAGES[lang].cli;
  const c = summary.completeness;
  return [
    ...text.summary(summary),
    ...(written ? [text.written(written)] : []),
    ...(c ? [text.completeness(c.expected, c.received, c.accepted)] : []),
  ];
}
