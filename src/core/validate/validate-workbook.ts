import type { Config } from "../config";
import { DEFAULT_CONFIG } from "../config";
import type { Issue } from "../issues/issue";
import { makeIssue } from "../issues/make";
import { sortIssues } from "../messages/render";
import type { RowRecord, SubmissionRead, TableRead } from "../model";
import { cellText } from "../read/header";
import type { SheetGrid, WorkbookGrid } from "../grid";
import { readForm } from "../read/form";
import type { DraftRecord, Reporter } from "../read/record";
import { readTable } from "../read/table";
import { comparable } from "../read/text";
import type { SheetSpec } from "../spec/sheets";
import { JIEDUI_2018 } from "../standard/builtin";
import { DISTRICTS_LIST } from "../standard/standard";
import type { Standard } from "../standard/standard";
import { applyPackageRules } from "./package-rules";
import { checkAgainstReference } from "./reference-checks";
import { applyRules } from "./rules";
import type { SheetDraft } from "./rules";

export interface ValidateOptions {
  readonly config?: Config;
  /** The standard the workbook follows; the 2018 standard by default. */
  readonly standard?: Standard;
}

/** Form fields whose error rejects the whole file (docs/issue-codes.md). */
const BLOCKING_FORM_FIELDS = ["agency_code", "agency_name", "period", "submitted_on"];

/**
 * Find each sheet of the standard by its zh-CN name, English name or an alias; the first in tab
 * order wins (docs/standard.md).
 */
export function findSheets(
  grid: WorkbookGrid,
  standard: Standard = JIEDUI_2018,
): Map<string, SheetGrid> {
  const byName = new Map<string, string>();
  for (const s of standard.sheets) {
    for (const name of [s.name.zh, s.name.en, ...(s.aliases ?? [])]) {
      if (!byName.has(comparable(name))) byName.set(comparable(name), s.key);
    }
  }
  const found = new Map<string, SheetGrid>();
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

type TableState = ReturnType<typeof readTable> & { rep: Reporter; spec: SheetSpec };
type FormState = {
  draft: DraftRecord;
  rejectedFields: Set<string>;
  rep: Reporter;
  spec: SheetSpec;
};

/**
 * Read and validate one workbook on its own against a standard (docs/standard.md,
 * docs/issue-codes.md, docs/configuration.md). Never throws on bad data: every problem is an issue.
 */
export function validateWorkbook(
  grid: WorkbookGrid,
  options: ValidateOptions = {},
): SubmissionRead {
  const config = options.config ?? DEFAULT_CONFIG;
  const standard = options.standard ?? JIEDUI_2018;
  const paired = standard.workflow === "paired";
  const issues: Issue[] = [];
  const sheets = findSheets(grid, standard);
  // One districts array per call: list values are indexed by identity.
  const districts = config.region.districts.map((d) => d.name);
  const lists = (list: string) =>
    list === DISTRICTS_LIST ? districts : (standard.lists.get(list) ?? []);

  const template = readTemplateId(sheets, grid);
  // A register's export carries no _meta: only a template of another standard is worth a word.
  if (template !== standard.templateId && (paired || template !== null)) {
    issues.push(
      makeIssue(
        "template-version",
        { sheet: null, cell: null, field: null },
        template === null ? {} : { detail: { expected: template } },
      ),
    );
  }
  for (const spec of standard.sheets) {
    if (spec.layout === "none" || sheets.has(spec.key)) continue;
    issues.push(
      makeIssue(
        "sheet-missing",
        { sheet: spec.key, cell: null, field: null },
        { severity: spec.required ? "error" : "warning" },
      ),
    );
  }

  const reporter = (spec: SheetSpec, sheet: SheetGrid): Reporter => ({
    sheet: spec.key,
    sheetName: sheet.name,
    personal: new Set(spec.fields.filter((f) => f.personal).map((f) => f.key)),
    issues,
  });

  const forms = new Map<string, FormState>();
  const tables = new Map<string, TableState>();
  for (const spec of standard.sheets) {
    const sheet = sheets.get(spec.key);
    if (!sheet) continue;
    const rep = reporter(spec, sheet);
    if (spec.layout === "form") {
      forms.set(spec.key, { ...readForm(sheet, spec, rep, { lists, multiplier: 1 }), rep, spec });
    } else if (spec.layout === "table") {
      tables.set(spec.key, { ...readTable(sheet, spec, rep, { lists }, !paired), rep, spec });
    }
  }
  const form = forms.values().next().value ?? null;
  const period =
    form && typeof form.draft.values.period === "string" ? form.draft.values.period : null;

  const keys = (sheet: string, field: string) => {
    const t = tables.get(sheet);
    if (!t || !t.columns.has(field)) return undefined;
    return new Set(t.rows.map((r) => r.values[field]).filter((v) => v !== null && v !== undefined));
  };
  const drafts: SheetDraft[] = [];
  for (const f of forms.values()) drafts.push({ spec: f.spec, rep: f.rep, rows: [f.draft] });
  for (const t of tables.values()) drafts.push({ spec: t.spec, rep: t.rep, rows: t.rows });
  for (const d of drafts) applyRules(d, { config, period, keys });
  applyPackageRules(standard, drafts, config, lists);
  const villages = paired ? drafts.find((d) => d.spec.key === "villages") : undefined;
  if (villages) checkAgainstReference(villages, config);

  const rejected =
    standard.sheets.some(
      (s) =>
        s.rejectFileWhenMissing && !forms.has(s.key) && !(tables.get(s.key)?.rejected === false),
    ) ||
    (paired && form !== null && blocksFile(form, issues));

  const readTables: Record<string, TableRead> = {};
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
    issues: sortIssues(issues, standard.sheets),
    rejected,
  };
}

/** The `_meta` sheet's template id, null when there is none. */
function readTemplateId(sheets: ReadonlyMap<string, SheetGrid>, grid: WorkbookGrid): string | null {
  const meta = sheets.get("meta") ?? grid.sheets.find((s) => s.name === "_meta");
  return meta ? (readMeta(meta).get("template") ?? null) : null;
}

/** An error on a blocking field of the submission form rejects the file (docs/issue-codes.md). */
function blocksFile(form: FormState, issues: readonly Issue[]): boolean {
  return (
    [...form.rejectedFields].some((f) => BLOCKING_FORM_FIELDS.includes(f)) ||
    issues.some(
      (i) =>
        i.sheet === form.spec.key &&
        i.severity === "error" &&
        i.field !== null &&
        BLOCKING_FORM_FIELDS.includes(i.field),
    )
  );
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
