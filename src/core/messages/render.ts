import { SHEETS, fieldSpec } from "../spec/sheets";
import type { SheetSpec } from "../spec/sheets";
import { CODE_ORDER } from "../issues/codes";
import { MESSAGES, pickLabel } from "./index";
import type { Lang } from "./index";
import type { Issue } from "../issues/issue";
import type { IssueJson } from "./issue-json";
import { parseAddress } from "../grid";
import type { ConfigIssue, ConfigProblem } from "../config";
import type { PackageError, PackageProblem } from "../spec/package-problem";

/** The sheets of a standard, by which issues are named and sorted; the 2018 standard's by default. */
export type StandardSheets = readonly SheetSpec[];

function fieldLabel(spec: SheetSpec | undefined, key: string | null, lang: Lang): string | null {
  if (!spec || !key) return null;
  const field = spec.fields.find((f) => f.key === key);
  if (!field) return key;
  return pickLabel(field.label, lang);
}

export function renderMessage(issue: Issue, lang: Lang, sheets: StandardSheets = SHEETS): string {
  const spec = issue.sheet ? sheets.find((s) => s.key === issue.sheet) : undefined;
  if (issue.detail.message) return pickLabel(issue.detail.message, lang);
  return MESSAGES[lang].issues[issue.code]({
    field: fieldLabel(spec, issue.field, lang),
    other: fieldLabel(spec, issue.detail.other ?? null, lang),
    sheet: spec ? pickLabel(spec.name, lang) : issue.sheet,
    value: issue.value === undefined || issue.value === null ? "" : String(issue.value),
    normalized: issue.normalized === undefined ? "" : String(issue.normalized),
    detail: issue.detail,
    severity: issue.severity,
    sheetKey: issue.sheet,
    sheetName: (key) => {
      const named = sheets.find((s) => s.key === key);
      return named ? pickLabel(named.name, lang) : key;
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

/** A package error after the file's name, such as `12: $.rules[0].field：…`. */
export function renderPackageError(error: PackageError, lang: Lang): string {
  const words = MESSAGES[lang].package;
  return words.at(error.line, error.path, packageProblemText(error.problem, lang));
}

function packageProblemText(problem: PackageProblem, lang: Lang): string {
  if (problem.kind === "bad-base") {
    return MESSAGES[lang].package["bad-base"](problem, packageProblemText(problem.problem, lang));
  }
  // Indexing by kind: a kind without a text in the catalogues does not compile.
  const text = MESSAGES[lang].package[problem.kind] as (p: PackageProblem) => string;
  return text(problem);
}

export function toIssueJson(issue: Issue, lang: Lang, sheets: StandardSheets = SHEETS): IssueJson {
  return {
    ...(issue.file !== undefined ? { file: issue.file } : {}),
    code: issue.code,
    severity: issue.severity,
    sheet: issue.sheet,
    cell: issue.cell,
    field: issue.field,
    ...(issue.value !== undefined ? { value: issue.value } : {}),
    ...(issue.normalized !== undefined ? { normalized: issue.normalized } : {}),
    message: renderMessage(issue, lang, sheets),
  };
}

function position(cell: string | null): [number, number] {
  const a = cell ? parseAddress(cell) : null;
  return a ? [a.rowIndex, a.columnIndex] : [-1, -1];
}

type IssueOrder = (a: Issue, b: Issue) => number;

/** The order of docs/issue-codes.md: file, sheet (file-level first), row, column, code. */
function issueOrder(sheets: StandardSheets): IssueOrder {
  const order = new Map(sheets.map((s, i) => [s.key, i]));
  return (a, b) => {
    const fa = a.file ?? "";
    const fb = b.file ?? "";
    if (fa !== fb) return fa < fb ? -1 : 1;
    const sa = a.sheet ? (order.get(a.sheet) ?? order.size) : -1;
    const sb = b.sheet ? (order.get(b.sheet) ?? order.size) : -1;
    if (sa !== sb) return sa - sb;
    const [ra, ca] = position(a.cell);
    const [rb, cb] = position(b.cell);
    if (ra !== rb) return ra - rb;
    if (ca !== cb) return ca - cb;
    return CODE_ORDER.get(a.code)! - CODE_ORDER.get(b.code)!;
  };
}

/** The order of docs/issue-codes.md among the 2018 standard's sheets. */
export const compareIssues: IssueOrder = issueOrder(SHEETS);

export function sortIssues(issues: readonly Issue[], sheets: StandardSheets = SHEETS): Issue[] {
  return [...issues].sort(sheets === SHEETS ? compareIssues : issueOrder(sheets));
}

export { fieldSpec };
