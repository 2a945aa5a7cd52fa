import { z } from "zod";
import { SHEETS, fieldSpec, sheetSpec } from "../spec/sheets";
import type { SheetKey } from "../spec/sheets";
import { CODE_ORDER, ISSUE_CODES, SEVERITIES } from "../issues/codes";
import { MESSAGES, pickLabel } from "./index";
import type { Lang } from "./index";
import type { Issue } from "../issues/issue";
import { parseAddress } from "../grid";
import type { ConfigIssue, ConfigProblem } from "../config";

const JsonValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** An issue as JSON (docs/issue-codes.md); `file` is set in merge reports. */
export const IssueJsonSchema = z.object({
  file: z.string().optional(),
  code: z.enum(ISSUE_CODES),
  severity: z.enum(SEVERITIES),
  sheet: z.enum(SHEETS.map((s) => s.key) as [SheetKey, ...SheetKey[]]).nullable(),
  cell: z.string().nullable(),
  field: z.string().nullable(),
  value: JsonValueSchema.optional(),
  normalized: JsonValueSchema.optional(),
  message: z.string(),
});

export type IssueJson = z.infer<typeof IssueJsonSchema>;

function fieldLabel(sheet: SheetKey | null, key: string | null, lang: Lang): string | null {
  if (!sheet || !key) return null;
  const spec = sheetSpec(sheet).fields.find((f) => f.key === key);
  if (!spec) return key;
  return pickLabel(spec.label, lang);
}

export function renderMessage(issue: Issue, lang: Lang): string {
  const sheet = issue.sheet ? sheetSpec(issue.sheet).name : null;
  return MESSAGES[lang].issues[issue.code]({
    field: fieldLabel(issue.sheet, issue.field, lang),
    other: fieldLabel(issue.sheet, issue.detail.other ?? null, lang),
    sheet: sheet ? pickLabel(sheet, lang) : null,
    value: issue.value === undefined || issue.value === null ? "" : String(issue.value),
    normalized: issue.normalized === undefined ? "" : String(issue.normalized),
    detail: issue.detail,
    severity: issue.severity,
    sheetKey: issue.sheet,
    sheetName: (key) => {
      const spec = SHEETS.find((s) => s.key === key);
      return spec ? pickLabel(spec.name, lang) : key;
    },
  });
}

/** A configuration problem at its place, such as `region.districts.0.code：须为 6 位区划代码`. */
export function renderConfigIssue(issue: ConfigIssue, lang: Lang): string {
  const words = MESSAGES[lang].config;
  // Indexing by kind: a kind without a text in the catalogues does not compile.
  const text = words[issue.problem.kind] as (p: ConfigProblem) => string;
  return words.at(issue.path, text(issue.problem));
}

export function toIssueJson(issue: Issue, lang: Lang): IssueJson {
  return {
    ...(issue.file !== undefined ? { file: issue.file } : {}),
    code: issue.code,
    severity: issue.severity,
    sheet: issue.sheet,
    cell: issue.cell,
    field: issue.field,
    ...(issue.value !== undefined ? { value: issue.value } : {}),
    ...(issue.normalized !== undefined ? { normalized: issue.normalized } : {}),
    message: renderMessage(issue, lang),
  };
}

const SHEET_ORDER = new Map(SHEETS.map((s, i) => [s.key, i]));

function position(cell: string | null): [number, number] {
  const a = cell ? parseAddress(cell) : null;
  return a ? [a.rowIndex, a.columnIndex] : [-1, -1];
}

/** The order of docs/issue-codes.md: file, sheet (file-level first), row, column, code. */
export function compareIssues(a: Issue, b: Issue): number {
  const fa = a.file ?? "";
  const fb = b.file ?? "";
  if (fa !== fb) return fa < fb ? -1 : 1;
  const sa = a.sheet ? SHEET_ORDER.get(a.sheet)! : -1;
  const sb = b.sheet ? SHEET_ORDER.get(b.sheet)! : -1;
  if (sa !== sb) return sa - sb;
  const [ra, ca] = position(a.cell);
  const [rb, cb] = position(b.cell);
  if (ra !== rb) return ra - rb;
  if (ca !== cb) return ca - cb;
  return CODE_ORDER.get(a.code)! - CODE_ORDER.get(b.code)!;
}

export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(compareIssues);
}

export { fieldSpec };
