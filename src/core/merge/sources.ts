// Fresh files and the submissions recorded in a consolidated workbook, in one shape.
import { ISSUE_CODES, MERGE_CODES } from "../issues/codes";
import type { IssueCode } from "../issues/codes";
import type { RecordValues, RowRecord, SubmissionFile } from "../model";
import { parseAddress } from "../grid";
import { DATA_SHEETS } from "../spec/sheets";
import type { DataSheetKey } from "../spec/sheets";
import type { MergedRow } from "../indicators/merged-data";
import type { ConsolidatedData, FileColumns, MergeIssue, UnmergedRow } from "./types";

/** A data row as merge sees it: as read, with the codes of its own errors. */
export interface SourceRow extends RowRecord {
  /** Codes of the row's own errors (and of its sheet's header errors). */
  readonly codes: readonly IssueCode[];
}

export interface SourceSheet {
  readonly read: number;
  /** Null when the rows are not known: a recorded superseded file keeps only its counts. */
  readonly rows: readonly SourceRow[] | null;
}

export interface FormFacts {
  readonly agencyCode: string | null;
  readonly agencyName: string | null;
  readonly period: string | null;
  readonly partners: string | null;
  readonly submittedOn: string | null;
}

export interface Source {
  readonly file: string;
  readonly name: string;
  readonly sha256: string | null;
  readonly form: FormFacts;
  /** Rejected by validation (docs/issue-codes.md) or, when recorded, rejected for good. */
  readonly rejectedWhole: boolean;
  /** Codes of the errors that rejected the whole file. */
  readonly rejectCodes: readonly IssueCode[];
  readonly sheets: { readonly [S in DataSheetKey]: SourceSheet };
  /** Per-file issues (never merge-level ones), with `file` set. */
  readonly issues: readonly MergeIssue[];
  readonly columns: FileColumns;
  readonly recorded: boolean;
}

const BLOCKING_FORM_FIELDS: ReadonlySet<string> = new Set([
  "agency_code",
  "agency_name",
  "period",
  "submitted_on",
]);
const HEADER_CODES: ReadonlySet<IssueCode> = new Set([
  "sheet-missing",
  "header-missing",
  "header-duplicate",
]);
const CODE_RANK = new Map(ISSUE_CODES.map((c, i) => [c, i]));

/** Distinct codes in the order of docs/issue-codes.md. */
export function orderCodes(codes: Iterable<IssueCode>): IssueCode[] {
  return [...new Set(codes)].sort((a, b) => CODE_RANK.get(a)! - CODE_RANK.get(b)!);
}

function textValue(values: RecordValues | undefined, key: string): string | null {
  const v = values?.[key];
  return v === null || v === undefined ? null : String(v);
}

/** The row number of an issue's cell, null for a file- or sheet-level issue. */
export function rowNumberOf(cell: string | null): number | null {
  const a = cell ? parseAddress(cell) : null;
  return a ? a.rowIndex + 1 : null;
}

function columnsOf(rows: readonly RowRecord[]): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const row of rows) {
    // for-in: no entry arrays for each of a sheet's rows (records have no enumerable prototype).
    for (const field in row.cells) {
      if (!(field in columns)) columns[field] = row.cells[field]!.replace(/\d+$/, "");
    }
  }
  return columns;
}

/** A file given to this merge. */
export function freshSource(input: SubmissionFile): Source {
  const read = input.read;
  const issues: MergeIssue[] = read.issues.map((i) => ({ ...i, file: input.file }));
  const errors = issues.filter((i) => i.severity === "error");
  const rejectCodes = read.rejected
    ? orderCodes(
        errors
          .filter(
            (i) =>
              i.sheet === null ||
              (i.sheet === "submission" && i.field !== null && BLOCKING_FORM_FIELDS.has(i.field)) ||
              ((i.sheet === "submission" || i.sheet === "villages") && HEADER_CODES.has(i.code)),
          )
          .map((i) => i.code),
      )
    : [];
  const sheets = {} as Record<DataSheetKey, SourceSheet>;
  const columns: Partial<Record<DataSheetKey, Record<string, string>>> = {};
  for (const sheet of DATA_SHEETS) {
    const table = read.tables[sheet];
    const sheetErrors = errors.filter((i) => i.sheet === sheet);
    const headerCodes = table?.rejected
      ? sheetErrors.filter((i) => HEADER_CODES.has(i.code)).map((i) => i.code)
      : [];
    const codesByRow = new Map<number, IssueCode[]>();
    for (const i of sheetErrors) {
      const rowNumber = rowNumberOf(i.cell);
      if (rowNumber !== null)
        codesByRow.set(rowNumber, [...(codesByRow.get(rowNumber) ?? []), i.code]);
    }
    // Shared by the rows without errors of their own: most rows.
    const sheetCodes = orderCodes(headerCodes);
    const rows = (table?.rows ?? []).map((r): SourceRow => {
      const own = codesByRow.get(r.rowNumber);
      return {
        rowNumber: r.rowNumber,
        values: r.values,
        raw: r.raw,
        cells: r.cells,
        valid: r.valid && !table?.rejected,
        codes: own ? orderCodes([...own, ...headerCodes]) : sheetCodes,
      };
    });
    sheets[sheet] = { read: rows.length, rows };
    if (table && table.rows.length > 0) columns[sheet] = columnsOf(table.rows);
  }
  const values = read.form?.values;
  return {
    file: input.file,
    name: input.name,
    sha256: input.sha256,
    form: {
      agencyCode: textValue(values, "agency_code"),
      agencyName: textValue(values, "agency_name"),
      period: textValue(values, "period"),
      partners: textValue(values, "partners"),
      submittedOn: textValue(values, "submitted_on"),
    },
    rejectedWhole: read.rejected,
    rejectCodes,
    sheets,
    issues,
    columns,
    recorded: false,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The submissions a consolidated workbook records, as if their files were given again
 * (docs/merge.md): merged rows are their valid rows, 未合并行 their other rows.
 */
export function recordedSources(data: ConsolidatedData): Source[] {
  const issuesByFile = groupBy(data.issues, (i) => i.file ?? "");
  const unmergedByFile = groupBy(data.unmerged, (u) => u.file);
  const mergedByFile = groupBy(
    DATA_SHEETS.flatMap((s) => data.rows[s]),
    (r) => r.file,
  );
  return data.files.map((f) => {
    const issues = issuesByFile.get(f.file) ?? [];
    const tie = issues.some((i) => i.code === "superseded" && i.severity === "error");
    const sheets = {} as Record<DataSheetKey, SourceSheet>;
    for (const sheet of DATA_SHEETS) {
      sheets[sheet] =
        f.status === "superseded"
          ? { read: f.rows[sheet].read, rows: null }
          : recordedSheet(
              (mergedByFile.get(f.file) ?? []).filter((r) => r.sheet === sheet),
              (unmergedByFile.get(f.file) ?? []).filter((u) => u.sheet === sheet),
            );
    }
    return {
      file: f.file,
      name: f.name,
      sha256: f.sha256,
      form: {
        agencyCode: f.agencyCode,
        agencyName: f.agencyName,
        period: f.period,
        partners: f.partners,
        submittedOn: f.submittedOn,
      },
      // Validation and period are fixed for a recorded file; only a tie can still change.
      rejectedWhole: f.status === "rejected" && !tie,
      rejectCodes: [],
      sheets,
      issues: issues.filter((i) => !MERGE_CODES.has(i.code)),
      columns: f.columns,
      recorded: true,
    };
  });
}

function recordedSheet(
  merged: readonly MergedRow[],
  unmerged: readonly UnmergedRow[],
): SourceSheet {
  const rows: SourceRow[] = [
    ...merged.map((r) => ({
      rowNumber: r.rowNumber,
      values: r.values,
      raw: r.raw,
      cells: r.cells,
      valid: true,
      codes: [],
    })),
    ...unmerged.map((u) => ({
      rowNumber: u.rowNumber,
      values: {},
      raw: u.raw,
      cells: {},
      valid: false,
      codes: u.codes,
    })),
  ].sort((a, b) => a.rowNumber - b.rowNumber);
  return { read: rows.length, rows };
}
