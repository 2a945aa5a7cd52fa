// SubmissionRead values built literally, as validateWorkbook would return them.
import { createHash } from "node:crypto";
import type { IssueCode } from "../../src/core/issues/codes";
import type { Issue, JsonValue } from "../../src/core/issues/issue";
import { makeIssue } from "../../src/core/issues/make";
import { sortIssues } from "../../src/core/messages/render";
import type { RowRecord, SubmissionRead, TableRead } from "../../src/core/model";
import { address } from "../../src/core/grid";
import { DATA_SHEETS, sheetSpec } from "../../src/core/spec/sheets";
import type { DataSheetKey } from "../../src/core/spec/sheets";
import type { FieldValue } from "../../src/core/spec/types";
import { nameOfPath } from "../../src/core/merge/order";
import type { SubmissionFile } from "../../src/core/model";
import { fakeId18 } from "./ids";
import { validForm, validTables } from "./workbook";
import { unreadableSubmission } from "../../src/core/validate/unreadable";

export type Values = Record<string, FieldValue | null>;

/** A data row: its canonical values and, to make it invalid, error issues at its cells. */
export interface RowSpec {
  readonly values: Values;
  /** [field, code] of each error issue on the row. */
  readonly errors?: readonly (readonly [string, IssueCode])[];
  /** Values as read, when they differ from the canonical ones. */
  readonly raw?: Readonly<Record<string, JsonValue>>;
}

export interface SubmissionSpec {
  /** The form's values over the default one; null: no 报送信息 sheet. */
  readonly form?: Values | null;
  /** [field, code] of each error on the form. */
  readonly formErrors?: readonly (readonly [string, IssueCode])[];
  readonly tables?: Partial<Record<DataSheetKey, readonly (Values | RowSpec)[]>>;
  /** Sheets absent from the workbook. */
  readonly missingSheets?: readonly DataSheetKey[];
  /** Sheets whose header lacks their first field: every row rejected. */
  readonly headerMissing?: readonly DataSheetKey[];
  /** Columns absent from a sheet: their fields have no cell, no raw and no value. */
  readonly missingColumns?: Partial<Record<DataSheetKey, readonly string[]>>;
  /** Excel row number of the first data row (default 2: header on row 1). */
  readonly firstRow?: number;
  /** Further issues (warnings, infos) to report as they are. */
  readonly issues?: readonly Issue[];
}

/** The form of the seed's first agency: 市纪委监委机关, period 2018. */
export function seedForm(overrides: Values = {}): Values {
  return { ...(validForm() as Values), ...overrides };
}

function isRowSpec(row: Values | RowSpec): row is RowSpec {
  return (
    typeof row === "object" && row !== null && "values" in row && typeof row.values === "object"
  );
}

function record(
  sheet: DataSheetKey | "submission",
  values: Values,
  rowNumber: number,
  cellOf: (fieldIndex: number) => string,
  errors: readonly (readonly [string, IssueCode])[],
  rawOverride: Readonly<Record<string, JsonValue>> | undefined,
  issues: Issue[],
  missing: readonly string[] = [],
): RowRecord {
  const fields = sheetSpec(sheet).fields.filter((f) => !missing.includes(f.key));
  const all: Record<string, FieldValue | null> = {};
  const raw: Record<string, JsonValue> = {};
  const cells: Record<string, string> = {};
  // Columns keep the template's order; a missing column leaves no gap.
  fields.forEach((f, i) => {
    all[f.key] = values[f.key] ?? null;
    raw[f.key] = rawOverride?.[f.key] ?? values[f.key] ?? null;
    cells[f.key] = cellOf(i);
  });
  for (const [field, code] of errors) {
    const value = raw[field];
    issues.push(
      makeIssue(
        code,
        { sheet, cell: cells[field] ?? null, field },
        value !== null ? { value } : {},
      ),
    );
  }
  return { rowNumber, values: all, raw, cells, valid: errors.length === 0 };
}

/** A SubmissionRead as validateWorkbook would give for a workbook with these contents. */
export function buildSubmission(spec: SubmissionSpec = {}): SubmissionRead {
  const issues: Issue[] = [...(spec.issues ?? [])];
  const formErrors = spec.formErrors ?? [];
  const form =
    spec.form === null
      ? null
      : record(
          "submission",
          seedForm(spec.form ?? {}),
          1,
          (i) => address(i, 1),
          formErrors,
          undefined,
          issues,
        );
  if (form === null) {
    issues.push(makeIssue("sheet-missing", { sheet: "submission", cell: null, field: null }));
  }
  const tables: Partial<Record<DataSheetKey, TableRead>> = {};
  const first = spec.firstRow ?? 2;
  for (const sheet of DATA_SHEETS) {
    if (spec.missingSheets?.includes(sheet)) {
      const severity = sheet === "villages" ? "error" : "warning";
      issues.push(makeIssue("sheet-missing", { sheet, cell: null, field: null }, { severity }));
      continue;
    }
    const rejected = spec.headerMissing?.includes(sheet) ?? false;
    if (rejected) {
      const field = sheetSpec(sheet).fields[0]!.key;
      issues.push(makeIssue("header-missing", { sheet, cell: null, field }));
    }
    const rows = (spec.tables?.[sheet] ?? []).map((row, index) => {
      const r = isRowSpec(row) ? row : { values: row };
      const rowNumber = first + index;
      return record(
        sheet,
        r.values,
        rowNumber,
        (i) => address(rowNumber - 1, i),
        r.errors ?? [],
        r.raw,
        issues,
        spec.missingColumns?.[sheet],
      );
    });
    tables[sheet] = { sheetName: sheetSpec(sheet).name.zh, rows, rejected };
  }
  const blocking = ["agency_code", "agency_name", "period", "submitted_on"];
  const rejected =
    form === null ||
    (spec.missingSheets?.includes("villages") ?? false) ||
    (spec.headerMissing?.includes("villages") ?? false) ||
    formErrors.some(([field]) => blocking.includes(field));
  return {
    template: "aidsheet/1",
    sheetNames: {},
    form,
    tables,
    issues: sortIssues(issues),
    rejected,
  };
}

/** A merge input for a read; sha256 from its contents, so identical reads are identical files. */
export function submissionFile(
  path: string,
  read: SubmissionRead,
  sha256?: string,
): SubmissionFile {
  const name = nameOfPath(path);
  const sha = sha256 ?? createHash("sha256").update(JSON.stringify(read)).digest("hex");
  return { file: path, name, sha256: sha, read };
}

/** A file that could not be read at all. */
export function unreadableFile(path: string, sha256: string | null = null): SubmissionFile {
  return { file: path, name: nameOfPath(path), sha256, read: unreadableSubmission("not-zip") };
}

export const FENGHUANGZHAI = "420116012215";

/** 凤凰寨村 as the seed report gives it (figures it does not give are invented). */
export function seedVillage(overrides: Values = {}): Values {
  return { ...(validTables().villages[0] as Values), ...overrides };
}

export function seedFund(overrides: Values = {}): Values {
  return { ...(validTables().funds[0] as Values), project_id: null, ...overrides };
}

export function seedProject(overrides: Values = {}): Values {
  return { ...(validTables().projects[0] as Values), ...overrides };
}

/** A household with a synthetic ID number (fakeId18) and an invented name. */
export function seedHousehold(seed: number, overrides: Values = {}): Values {
  return {
    id_number: fakeId18(seed),
    head_name: "测试户主",
    village_code: FENGHUANGZHAI,
    household_size: 3,
    identified_year: 2014,
    cause: "因病",
    exit_year: 2017,
    income_per_capita: 6200,
    measure: "产业帮扶",
    cadre: "王五",
    ...overrides,
  };
}

export function seedActivity(overrides: Values = {}): Values {
  return {
    date: "2018-06-27",
    village_code: FENGHUANGZHAI,
    type: "送医送药",
    participants: 12,
    beneficiaries: 120,
    description: "送医送药下乡",
    ...overrides,
  };
}
