import { JIEDUI_2018, MESSAGES, pickLabel, renderMessage } from "../core";
import type { Issue, Lang, Severity, Standard } from "../core";

/** One issue as the pages list it. */
export interface IssueRow {
  readonly id: number;
  readonly severity: Severity;
  readonly code: string;
  /** Where to go on click: the sheet's name in the workbook, null when it has none. */
  readonly sheetName: string | null;
  readonly cell: string | null;
  /** The field's label in the language of the list, its key when it has none. */
  readonly field: string | null;
  readonly message: string;
}

export type SeverityCounts = { readonly [S in Severity]: number };

/** The issues of one sheet (or of the workbook itself), with counts by severity. */
export interface IssueGroup {
  readonly title: string;
  readonly counts: SeverityCounts;
  readonly rows: readonly IssueRow[];
}

function countOf(rows: readonly IssueRow[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const row of rows) counts[row.severity]++;
  return counts;
}

/**
 * Issues grouped by sheet in the order they come (the order of docs/issue-codes.md), with rendered
 * messages.
 */
export function groupIssues(
  issues: readonly Issue[],
  lang: Lang,
  standard: Standard = JIEDUI_2018,
): IssueGroup[] {
  const groups = new Map<string, IssueRow[]>();
  issues.forEach((issue, id) => {
    const spec = standard.sheets.find((s) => s.key === issue.sheet) ?? null;
    const label = spec?.name ?? null;
    const field = spec?.fields.find((f) => f.key === issue.field)?.label;
    const title =
      issue.sheetName ?? (label ? pickLabel(label, lang) : MESSAGES[lang].lists.workbook);
    const rows = groups.get(title) ?? [];
    rows.push({
      id,
      severity: issue.severity,
      code: issue.code,
      sheetName: issue.sheetName ?? null,
      cell: issue.cell,
      field: field ? pickLabel(field, lang) : issue.field,
      message: renderMessage(issue, lang, standard.sheets),
    });
    groups.set(title, rows);
  });
  return [...groups].map(([title, rows]) => ({ title, counts: countOf(rows), rows }));
}

export function totalCounts(groups: readonly IssueGroup[]): SeverityCounts {
  return countOf(groups.flatMap((g) => g.rows));
}
