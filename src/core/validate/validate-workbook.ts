import type { Config } from "../config";
import { DEFAULT_CONFIG } from "../config";
import type { Issue } from "../issues/issue";
import { makeIssue } from "../issues/make";
import { sortIssues } from "../issues/render";
import type { RowRecord, SubmissionRead, TableRead } from "../model";
import { cellText } from "../read/header";
import type { SheetGrid, WorkbookGrid } from "../read/grid";
import { readForm } from "../read/form";
import type { DraftRecord, Reporter } from "../read/record";
import { readTable } from "../read/table";
import { comparable } from "../read/text";
import { LISTS } from "../spec/lists";
import type { FixedListKey } from "../spec/lists";
import { DATA_SHEETS, SHEETS, TEMPLATE_ID, sheetSpec } from "../spec/sheets";
import type { DataSheetKey, SheetKey } from "../spec/sheets";
import { checkAgainstReference } from "./reference-checks";
import { applyRules } from "./rules";
import type { SheetDraft } from "./rules";

export interface ValidateOptions {
  readonly config?: Config;
}

/** Form fields whose error rejects the whole file (docs/issue-codes.md). */
const BLOCKING_FORM_FIELDS = ["agency_code", "agency_name", "period", "submitted_on"];

/**
 * Find each sheet by its zh-CN name or English alias; the first in tab order wins
 * (docs/standard.md).
 */
export function findSheets(grid: WorkbookGrid): Map<SheetKey, SheetGrid> {
  const byName = new Map<string, SheetKey>();
  for (const s of SHEETS) {
    byName.set(comparable(s.name.zh), s.key);
    byName.set(comparable(s.name.en), s.key);
  }
  const found = new Map<SheetKey, SheetGrid>();
  for (const sheet of grid.sheets) {
    const key = byName.get(comparable(sheet.name));
    if (key !== undefined && !found.has(key)) found.set(key, sheet);
  }
  return found;
}

/** `_meta` label/value pairs in columns A/B (docs/standard.md). */
export function readMeta(sheet: SheetGrid | undefined): Map<string, string> {
  const meta = new Map<string, string>();
  for (const row of sheet?.rows ?? []) {
    const label = cellText(row?.[0]);
    const value = cellText(row?.[1]);
    if (label !== null && value !== null) meta.set(label.trim(), value.trim());
  }
  return meta;
}

/**
 * Read and validate one submission workbook on its own (docs/standard.md, docs/issue-codes.md,
 * docs/configuration.md). Never throws on bad data: every problem is an issue.
 */
export function validateWorkbook(
  grid: WorkbookGrid,
  options: ValidateOptions = {},
): SubmissionRead {
  const config = options.config ?? DEFAULT_CONFIG;
  const issues: Issue[] = [];
  const sheets = findSheets(grid);
  // One districts array per call: list values are indexed by identity.
  const districts = config.region.districts.map((d) => d.name);
  const lists = (list: string) => (list === "districts" ? districts : LISTS[list as FixedListKey]);

  const metaSheet = sheets.get("meta");
  const template = metaSheet ? (readMeta(metaSheet).get("template") ?? null) : null;
  if (template !== TEMPLATE_ID) {
    issues.push(
      makeIssue(
        "template-version",
        { sheet: null, cell: null, field: null },
        template === null ? {} : { detail: { expected: template } },
      ),
    );
  }
  for (const spec of SHEETS) {
    if (spec.layout === "none" || sheets.has(spec.key)) continue;
    issues.push(
      makeIssue(
        "sheet-missing",
        { sheet: spec.key, cell: null, field: null },
        { severity: spec.required ? "error" : "warning" },
      ),
    );
  }

  const reporter = (key: SheetKey, sheet: SheetGrid): Reporter => ({
    sheet: key,
    sheetName: sheet.name,
    issues,
  });

  const formSheet = sheets.get("submission");
  let form: { draft: DraftRecord; rejectedFields: Set<string>; rep: Reporter } | null = null;
  if (formSheet) {
    const rep = reporter("submission", formSheet);
    form = { ...readForm(formSheet, sheetSpec("submission"), rep, { lists, multiplier: 1 }), rep };
  }
  const period =
    form && typeof form.draft.values.period === "string" ? form.draft.values.period : null;

  const tables = new Map<DataSheetKey, ReturnType<typeof readTable> & { rep: Reporter }>();
  for (const key of DATA_SHEETS) {
    const sheet = sheets.get(key);
    if (!sheet) continue;
    const rep = reporter(key, sheet);
    tables.set(key, { ...readTable(sheet, sheetSpec(key), rep, { lists }), rep });
  }

  const keys = (sheet: DataSheetKey, field: string) => {
    const t = tables.get(sheet);
    if (!t || !t.columns.has(field)) return undefined;
    return new Set(t.rows.map((r) => r.values[field]).filter((v) => v !== null && v !== undefined));
  };
  const ruleCtx = { config, period, keys };
  const drafts: SheetDraft[] = [];
  if (form) drafts.push({ spec: sheetSpec("submission"), rep: form.rep, rows: [form.draft] });
  for (const [key, t] of tables) drafts.push({ spec: sheetSpec(key), rep: t.rep, rows: t.rows });
  for (const d of drafts) applyRules(d, ruleCtx);
  const villages = drafts.find((d) => d.spec.key === "villages");
  if (villages) checkAgainstReference(villages, config);

  const formIssues = issues.filter((i) => i.sheet === "submission" && i.severity === "error");
  const villagesTable = tables.get("villages");
  const rejected =
    !form ||
    !villagesTable ||
    villagesTable.rejected ||
    [...form.rejectedFields].some((f) => BLOCKING_FORM_FIELDS.includes(f)) ||
    formIssues.some((i) => i.field !== null && BLOCKING_FORM_FIELDS.includes(i.field));

  const readTables: Partial<Record<DataSheetKey, TableRead>> = {};
  for (const [key, t] of tables) {
    readTables[key] = {
      sheetName: t.rep.sheetName,
      rows: t.rows.map(freeze),
      rejected: t.rejected,
    };
  }
  return {
    template,
    sheetNames: Object.fromEntries([...sheets].map(([key, sheet]) => [key, sheet.name])),
    form: form ? freeze(form.draft) : null,
    tables: readTables,
    issues: sortIssues(issues),
    rejected,
  };
}

function freeze(d: DraftRecord): RowRecord {
  return {
    rowNumber: d.rowNumber,
    values: d.values,
    raw: d.raw,
    cells: d.cells,
    valid: d.errors === 0,
  };
}
