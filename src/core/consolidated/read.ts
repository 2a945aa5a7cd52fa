// A consolidated workbook read back (docs/merge.md): the input of `merge --into` and of indicators.
import { ISSUE_CODES } from "../issues/codes";
import type { IssueCode } from "../issues/codes";
import type { JsonValue } from "../issues/issue";
import type { MergedRow, MergedRows } from "../indicators/merged-data";
import { nameOfPath } from "../merge/order";
import type {
  ConsolidatedData,
  FileColumns,
  FileOutcome,
  MergeIssue,
  RowCounts,
  UnmergedRow,
} from "../merge/types";
import type { Cell, SheetGrid, WorkbookGrid } from "../grid";
import { isDateCell, isErrorCell, isFormulaCell } from "../grid";
import { JIEDUI_2018 } from "../standard/builtin";
import type { Standard } from "../standard/standard";
import { CONSOLIDATED_TEMPLATE_ID, DATA_SHEETS, SHEETS, sheetSpec } from "../spec/sheets";
import type { DataSheetKey, SheetKey } from "../spec/sheets";
import type { FieldType, FieldValue } from "../spec/types";
import { isNumericType } from "../spec/types";
import {
  ADOPTED_HEADER,
  ADOPTING_SHEETS,
  COUNT_SUFFIXES,
  FILE_HEADERS,
  ISSUE_HEADERS,
  SEVERITY_LABELS,
  STATUS_LABELS,
  META_COLUMNS,
  PROVENANCE_HEADERS,
  SHEET_NAMES,
  UNMERGED_HEADERS,
  YES,
  codeOfLabel,
  dataSheetName,
} from "./layout";

type Plain = string | number | boolean | { readonly date: string } | null;

function plain(cell: Cell): Plain {
  if (cell === undefined || cell === null || isErrorCell(cell)) return null;
  if (isFormulaCell(cell)) return plain(cell.result);
  if (isDateCell(cell)) return cell;
  if (typeof cell === "string" && cell.trim() === "") return null;
  return cell;
}

function text(cell: Cell): string | null {
  const v = plain(cell);
  if (v === null) return null;
  return typeof v === "object" ? v.date : String(v);
}

function numberOf(cell: Cell): number | null {
  const v = plain(cell);
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return null;
}

// Date cells come back as ISO date-times, text as written: keep the day and a time other than 00:00.
function dateOf(cell: Cell, withTime: boolean): string | null {
  const v = text(cell);
  const m = v === null ? null : /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(v);
  if (!m) return null;
  return withTime && m[2] !== undefined && m[2] !== "00:00" ? `${m[1]}T${m[2]}` : m[1]!;
}

function fieldValue(cell: Cell, type: FieldType): FieldValue | null {
  if (type === "date" || type === "datetime") return dateOf(cell, type === "datetime");
  return isNumericType(type) ? numberOf(cell) : text(cell);
}

/** Rows of a table sheet as header text → cell, header on row 1. */
function tableRows(sheet: SheetGrid | undefined): ((header: string) => Cell)[] {
  if (!sheet) return [];
  const columns = new Map<string, number>();
  (sheet.rows[0] ?? []).forEach((cell, index) => {
    const header = text(cell)?.trim();
    if (header !== undefined && !columns.has(header)) columns.set(header, index);
  });
  return sheet.rows
    .slice(1)
    .filter((row) => row?.some((cell) => plain(cell) !== null))
    .map((row) => (header: string) => {
      const index = columns.get(header);
      return index === undefined ? null : row?.[index];
    });
}

const SHEET_BY_NAME = new Map<string, SheetKey>(
  SHEETS.flatMap((s) => [
    [s.name.zh, s.key],
    [s.name.en, s.key],
    [s.key, s.key],
  ]),
);
const CODES: ReadonlySet<string> = new Set(ISSUE_CODES);

function sheetKeyOf(name: string | null): SheetKey | null {
  return name === null ? null : (SHEET_BY_NAME.get(name.trim()) ?? null);
}

function fieldKeyOf(sheet: SheetKey | null, label: string | null): string | null {
  if (label === null) return null;
  const field =
    sheet === null
      ? undefined
      : sheetSpec(sheet).fields.find((f) => f.label.zh === label || f.label.en === label);
  return field ? field.key : label;
}

function readMeta(sheet: SheetGrid): {
  entries: Map<string, string>;
  columns: Map<string, FileColumns>;
} {
  const entries = new Map<string, string>();
  const columns = new Map<string, FileColumns>();
  for (const row of sheet.rows) {
    const label = text(row?.[0]);
    const value = text(row?.[1]);
    if (label === null || value === null) continue;
    if (label !== META_COLUMNS) {
      entries.set(label.trim(), value.trim());
      continue;
    }
    const parsed = parseJson(value);
    if (parsed && typeof parsed["file"] === "string" && isObject(parsed["columns"])) {
      columns.set(parsed["file"], parsed["columns"]);
    }
  }
  return { entries, columns };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function parseJson(textValue: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(textValue);
    return isObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function readFiles(sheet: SheetGrid | undefined, columns: Map<string, FileColumns>): FileOutcome[] {
  return tableRows(sheet).flatMap((cell) => {
    const file = text(cell(FILE_HEADERS[0]));
    if (file === null) return [];
    const status = codeOfLabel(STATUS_LABELS, text(cell(FILE_HEADERS[7])));
    const rows = Object.fromEntries(
      DATA_SHEETS.map((s): [DataSheetKey, RowCounts] => {
        const [read, merged, rejected, superseded] = COUNT_SUFFIXES.map(
          (suffix) => numberOf(cell(dataSheetName(s) + suffix)) ?? 0,
        );
        return [s, { read: read!, merged: merged!, rejected: rejected!, superseded: superseded! }];
      }),
    ) as Record<DataSheetKey, RowCounts>;
    return [
      {
        file,
        name: nameOfPath(file),
        sha256: text(cell(FILE_HEADERS[1])),
        agencyCode: text(cell(FILE_HEADERS[2])),
        agencyName: text(cell(FILE_HEADERS[3])),
        period: text(cell(FILE_HEADERS[4])),
        partners: text(cell(FILE_HEADERS[5])),
        submittedOn: dateOf(cell(FILE_HEADERS[6]), true),
        status: status ?? "rejected",
        rows,
        columns: columns.get(file) ?? {},
      },
    ];
  });
}

function readMerged(
  grid: Map<string, SheetGrid>,
  files: readonly FileOutcome[],
  standard: Standard,
): MergedRows {
  // One counting submission per agency: a merged row belongs to its agency's accepted file.
  const accepted = new Map(
    files.filter((f) => f.status === "accepted").map((f) => [f.agencyCode ?? "", f]),
  );
  const out = {} as Record<DataSheetKey, MergedRow[]>;
  for (const sheet of DATA_SHEETS) {
    const fields = standard.sheets.find((s) => s.key === sheet)?.fields ?? sheetSpec(sheet).fields;
    out[sheet] = tableRows(grid.get(dataSheetName(sheet))).flatMap((cell): MergedRow[] => {
      const agencyCode = text(cell(PROVENANCE_HEADERS[0]));
      const source = accepted.get(agencyCode ?? "");
      const rowNumber = numberOf(cell(PROVENANCE_HEADERS[3]));
      if (agencyCode === null || !source || rowNumber === null) return [];
      const values = Object.fromEntries(
        fields.map((f) => [f.key, fieldValue(cell(f.label.zh), f.type)]),
      );
      const letters = source.columns[sheet] ?? {};
      const cells = Object.fromEntries(
        Object.entries(letters).map(([key, letter]) => [key, `${letter}${rowNumber}`]),
      );
      const adopted = text(cell(ADOPTED_HEADER));
      return [
        {
          sheet,
          agencyCode,
          agencyName: text(cell(PROVENANCE_HEADERS[1])) ?? source.agencyName ?? "",
          file: source.file,
          name: text(cell(PROVENANCE_HEADERS[2])) ?? source.name,
          rowNumber,
          values,
          raw: values,
          cells,
          adopted: ADOPTING_SHEETS.has(sheet) ? adopted === YES : null,
        },
      ];
    });
  }
  return out;
}

function readUnmerged(sheet: SheetGrid | undefined): UnmergedRow[] {
  return tableRows(sheet).flatMap((cell): UnmergedRow[] => {
    const file = text(cell(UNMERGED_HEADERS[0]));
    const key = sheetKeyOf(text(cell(UNMERGED_HEADERS[1])));
    const rowNumber = numberOf(cell(UNMERGED_HEADERS[2]));
    if (
      file === null ||
      rowNumber === null ||
      !(DATA_SHEETS as readonly string[]).includes(key ?? "")
    ) {
      return [];
    }
    const codes = (text(cell(UNMERGED_HEADERS[3])) ?? "")
      .split(",")
      .map((c) => c.trim())
      .filter((c): c is IssueCode => CODES.has(c));
    const parsed = parseJson(text(cell(UNMERGED_HEADERS[5])) ?? "") ?? {};
    const raw = Object.fromEntries(
      Object.entries(parsed).filter(
        (entry): entry is [string, JsonValue] =>
          entry[1] === null || ["string", "number", "boolean"].includes(typeof entry[1]),
      ),
    );
    return [{ file, sheet: key as DataSheetKey, rowNumber, codes, raw }];
  });
}

function readIssues(sheet: SheetGrid | undefined): MergeIssue[] {
  return tableRows(sheet).flatMap((cell): MergeIssue[] => {
    const code = text(cell(ISSUE_HEADERS[5]));
    const severity = codeOfLabel(SEVERITY_LABELS, text(cell(ISSUE_HEADERS[4])));
    if (code === null || !CODES.has(code) || severity === null) return [];
    const sheetKey = sheetKeyOf(text(cell(ISSUE_HEADERS[1])));
    const file = text(cell(ISSUE_HEADERS[0]));
    return [
      {
        code: code as IssueCode,
        severity,
        sheet: sheetKey,
        cell: text(cell(ISSUE_HEADERS[2])),
        field: fieldKeyOf(sheetKey, text(cell(ISSUE_HEADERS[3]))),
        detail: {},
        ...(file !== null ? { file } : {}),
        message: text(cell(ISSUE_HEADERS[6])) ?? "",
      },
    ];
  });
}

/**
 * Read a consolidated workbook back (docs/merge.md), or null when the grid is not one (its
 * `_meta` template is not `aidsheet-consolidated/1`). Values come back through a grid:
 * codes as text, dates as date cells or ISO text, numbers as numbers.
 */
export function readConsolidated(
  grid: WorkbookGrid,
  standard: Standard = JIEDUI_2018,
): ConsolidatedData | null {
  const byName = new Map<string, SheetGrid>();
  for (const sheet of grid.sheets) if (!byName.has(sheet.name)) byName.set(sheet.name, sheet);
  const metaSheet = byName.get(SHEET_NAMES.meta);
  if (!metaSheet) return null;
  const meta = readMeta(metaSheet);
  const period = meta.entries.get("period");
  if (meta.entries.get("template") !== CONSOLIDATED_TEMPLATE_ID || period === undefined)
    return null;
  const files = readFiles(byName.get(SHEET_NAMES.files), meta.columns);
  return {
    period,
    masked: meta.entries.get("masked") === YES,
    files,
    rows: readMerged(byName, files, standard),
    unmerged: readUnmerged(byName.get(SHEET_NAMES.unmerged)),
    issues: readIssues(byName.get(SHEET_NAMES.issues)),
  };
}
