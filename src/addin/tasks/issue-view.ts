import type { Severity } from "../../core/issues/codes";
import type { Issue } from "../../core/issues/issue";
import { renderMessage } from "../../core/issues/render";
import { sheetSpec } from "../../core/spec/sheets";
import type { Lang } from "../../core/spec/types";
import type { CellMark } from "../office/marks";

/** One issue as the taskpane lists it. */
export interface IssueRow {
  readonly id: number;
  readonly severity: Severity;
  readonly code: string;
  /** Where to go on click: the sheet's name in the workbook, null when it has none. */
  readonly sheetName: string | null;
  readonly cell: string | null;
  readonly message: string;
}

export type SeverityCounts = { readonly [S in Severity]: number };

/** The issues of one sheet (or of the workbook itself), with counts by severity. */
export interface IssueGroup {
  readonly title: string;
  readonly counts: SeverityCounts;
  readonly rows: readonly IssueRow[];
}

const WORKBOOK_TITLE: { readonly [L in Lang]: string } = { "zh-CN": "工作簿", en: "Workbook" };

function countOf(rows: readonly IssueRow[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const row of rows) counts[row.severity]++;
  return counts;
}

/**
 * Issues grouped by sheet in the order they come (the order of docs/issue-codes.md), with rendered
 * messages.
 */
export function groupIssues(issues: readonly Issue[], lang: Lang): IssueGroup[] {
  const groups = new Map<string, IssueRow[]>();
  issues.forEach((issue, id) => {
    const label = issue.sheet ? sheetSpec(issue.sheet).name : null;
    const title =
      issue.sheetName ?? (label ? (lang === "en" ? label.en : label.zh) : WORKBOOK_TITLE[lang]);
    const rows = groups.get(title) ?? [];
    rows.push({
      id,
      severity: issue.severity,
      code: issue.code,
      sheetName: issue.sheetName ?? null,
      cell: issue.cell,
      message: renderMessage(issue, lang),
    });
    groups.set(title, rows);
  });
  return [...groups].map(([title, rows]) => ({ title, counts: countOf(rows), rows }));
}

export function totalCounts(groups: readonly IssueGroup[]): SeverityCounts {
  return countOf(groups.flatMap((g) => g.rows));
}

/** Cells to highlight: errors and warnings, one mark per cell, the stronger level winning. */
export function marksOf(issues: readonly Issue[]): CellMark[] {
  const marks = new Map<string, CellMark>();
  for (const issue of issues) {
    if (issue.severity === "info" || !issue.sheetName || !issue.cell) continue;
    const key = `${issue.sheetName}!${issue.cell}`;
    if (marks.get(key)?.level === "error") continue;
    marks.set(key, { sheetName: issue.sheetName, address: issue.cell, level: issue.severity });
  }
  return [...marks.values()];
}
