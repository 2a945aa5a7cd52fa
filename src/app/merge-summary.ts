import { MESSAGES } from "../core";
import type {
  Completeness,
  Lang,
  MergeResult,
  RegisterResult,
  RowCounts,
  Severity,
  SummaryFacts,
} from "../core";
import type { Consolidated } from "./consolidation";

/** What a consolidation comes to, counted as every host reports it (docs/cli.md). */
export type MergeSummary =
  | ({ readonly workflow: "paired"; readonly completeness: Completeness | null } & SummaryFacts)
  | ({ readonly workflow: "register" } & RegisterFacts);

/** A register merge's counts: no period, and no file superseded (docs/monitoring.md). */
export type RegisterFacts = Omit<SummaryFacts, "period" | "superseded">;

/** The counts of a consolidation: files by status, rows of every sheet, issues by severity. */
export function summarize(consolidated: Consolidated): MergeSummary {
  return consolidated.workflow === "paired"
    ? summarizePaired(consolidated.result)
    : { workflow: "register", ...summarizeRegister(consolidated.result) };
}

function summarizeRegister(result: RegisterResult): RegisterFacts {
  const accepted = result.files.filter((f) => f.status === "accepted").length;
  return {
    files: result.files.length,
    accepted,
    rejected: result.files.length - accepted,
    villages: result.villages.length,
    rows: countRows(Object.values(result.totals)),
    issues: countIssues(result.issues),
  };
}

function summarizePaired(result: MergeResult): MergeSummary {
  const files = { accepted: 0, superseded: 0, rejected: 0 };
  for (const f of result.files) files[f.status]++;
  return {
    workflow: "paired",
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
function countRows(totals: readonly RowCounts[]): SummaryFacts["rows"] {
  const rows = { merged: 0, rejected: 0, superseded: 0 };
  for (const c of totals) {
    rows.merged += c.merged;
    rows.rejected += c.rejected;
    rows.superseded += c.superseded;
  }
  return rows;
}

/** Issues by severity. */
function countIssues(issues: readonly { readonly severity: Severity }[]): SummaryFacts["issues"] {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}

/** The summary as the CLI prints it, and the page shows it; `written` names the workbook written. */
export function summaryLines(summary: MergeSummary, lang: Lang, written: string | null): string[] {
  const text = MESSAGES[lang].cli;
  if (summary.workflow === "register") {
    return [...text.registerSummary(summary), ...(written ? [text.written(written)] : [])];
  }
  const c = summary.completeness;
  return [
    ...text.summary(summary),
    ...(written ? [text.written(written)] : []),
    ...(c ? [text.completeness(c.expected, c.received, c.accepted)] : []),
  ];
}
