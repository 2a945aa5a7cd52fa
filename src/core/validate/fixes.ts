import type { SubmissionRead } from "../model";
import type { FieldType, FieldValue } from "../spec/types";
import { JIEDUI_2018 } from "../standard/builtin";
import type { Standard } from "../standard/standard";

/** A canonical value to write back over what was typed (一键修正, docs/addin.md). */
export interface CellFix {
  readonly sheet: string;
  /** The sheet's name as in the workbook. */
  readonly sheetName: string;
  readonly cell: string;
  readonly field: string;
  readonly type: FieldType;
  readonly value: FieldValue;
}

/**
 * Fixes for every `normalized` cell issue: exactly the conversions (docs/standard.md), never a
 * guess. Values come from the records, so personal fields (whose issues carry no value)
 * are fixed too.
 */
export function planFixes(read: SubmissionRead, standard: Standard = JIEDUI_2018): CellFix[] {
  const records = new Map<
    string,
    { sheetName: string; values: Record<string, FieldValue | null> }
  >();
  const index = (
    sheet: string,
    sheetName: string,
    row: {
      cells: Readonly<Record<string, string>>;
      values: Readonly<Record<string, FieldValue | null>>;
    },
  ) => {
    for (const [field, cell] of Object.entries(row.cells)) {
      records.set(`${sheet}!${cell}!${field}`, { sheetName, values: row.values });
    }
  };
  for (const [sheet, table] of Object.entries(read.tables)) {
    for (const row of table?.rows ?? []) index(sheet, table!.sheetName, row);
  }
  const formKey = standard.sheets.find((s) => s.layout === "form")?.key;
  const formName = formKey === undefined ? undefined : read.sheetNames[formKey];
  if (read.form && formKey !== undefined && formName !== undefined) {
    index(formKey, formName, read.form);
  }

  const fixes: CellFix[] = [];
  for (const issue of read.issues) {
    if (issue.code !== "normalized" || !issue.sheet || !issue.cell || !issue.field) continue;
    const record = records.get(`${issue.sheet}!${issue.cell}!${issue.field}`);
    const value = record?.values[issue.field];
    const field = standard.sheets
      .find((s) => s.key === issue.sheet)
      ?.fields.find((f) => f.key === issue.field);
    if (record && field && value !== null && value !== undefined) {
      fixes.push({
        sheet: issue.sheet,
        sheetName: record.sheetName,
        cell: issue.cell,
        field: issue.field,
        type: field.type,
        value,
      });
    }
  }
  return fixes;
}
