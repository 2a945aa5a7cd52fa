/**
 * Issue codes (docs/issue-codes.md), in the order of its table (also the sort order within a cell).
 */
export const ISSUE_CODES = [
  "unreadable",
  "template-version",
  "sheet-missing",
  "header-missing",
  "header-duplicate",
  "header-unknown",
  "required",
  "type",
  "format",
  "checksum",
  "enum",
  "range",
  "duplicate",
  "reference",
  "consistency",
  "plausibility",
  "normalized",
  "approximate",
  "formula",
  "total-row",
  "unknown-village",
  "name-mismatch",
  "period-mismatch",
  "superseded",
  "conflict",
  "cross-duplicate",
  "possible-double-count",
  "missing-submission",
  "unpaired-village",
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];
export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Default severity; `sheet-missing`, `superseded` and `cross-duplicate` vary (docs/issue-codes.md).
 */
export const DEFAULT_SEVERITY: { readonly [C in IssueCode]: Severity } = {
  unreadable: "error",
  "template-version": "warning",
  "sheet-missing": "error",
  "header-missing": "error",
  "header-duplicate": "error",
  "header-unknown": "warning",
  required: "error",
  type: "error",
  format: "error",
  checksum: "error",
  enum: "error",
  range: "error",
  duplicate: "error",
  reference: "error",
  consistency: "error",
  plausibility: "warning",
  normalized: "warning",
  approximate: "warning",
  formula: "info",
  "total-row": "info",
  "unknown-village": "warning",
  "name-mismatch": "warning",
  "period-mismatch": "error",
  superseded: "info",
  conflict: "warning",
  "cross-duplicate": "warning",
  "possible-double-count": "warning",
  "missing-submission": "warning",
  "unpaired-village": "warning",
};

/** Codes only a merge can show: one workbook on its own never has them. */
export const MERGE_CODES: ReadonlySet<IssueCode> = new Set(
  ISSUE_CODES.slice(ISSUE_CODES.indexOf("period-mismatch")),
);

export const CODE_ORDER: ReadonlyMap<IssueCode, number> = new Map(
  ISSUE_CODES.map((code, i) => [code, i]),
);
