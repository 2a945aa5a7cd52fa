import type ExcelJS from "exceljs";
import { DATA_SHEETS, isDateCell, isErrorCell, isFormulaCell, pickLabel, sheetSpec } from "../core";
import type { Cell, DataSheetKey, TemplatePlan } from "../core";
import { buildTemplateWorkbook } from "./write-template";

type Row = Readonly<Record<string, Cell>>;

/** What staff typed into the template: the form's values and each table's rows. */
export interface SubmissionContent {
  readonly form: Row;
  readonly tables: Readonly<Partial<Record<DataSheetKey, readonly Row[]>>>;
}

function excelValue(cell: Cell): ExcelJS.CellValue {
  if (cell === null || cell === undefined || isFormulaCell(cell) || isErrorCell(cell)) return null;
  if (isDateCell(cell)) return new Date(`${cell.date.slice(0, 10)}T00:00:00Z`);
  return cell;
}

/** A filled-in template, as staff would send it (the demo's submissions). */
export async function writeSubmission(
  plan: TemplatePlan,
  content: SubmissionContent,
): Promise<Buffer> {
  const wb = buildTemplateWorkbook(plan);
  const label = (f: { label: { zh: string; en: string } }) => pickLabel(f.label, plan.lang);
  const sheetOf = (key: string) => wb.getWorksheet(plan.sheets.find((s) => s.key === key)!.name)!;

  const form = sheetOf("submission");
  const labelRows = new Map<string, number>();
  form.eachRow((row, rowNumber) => labelRows.set(row.getCell(1).text, rowNumber));
  for (const f of sheetSpec("submission").fields) {
    const rowNumber = labelRows.get(label(f));
    const value = excelValue(content.form[f.key]);
    if (rowNumber !== undefined && value !== null) form.getCell(rowNumber, 2).value = value;
  }

  for (const key of DATA_SHEETS) {
    const ws = sheetOf(key);
    const fields = sheetSpec(key).fields;
    const columns = new Map<string, number>();
    ws.getRow(1).eachCell((cell, col) => columns.set(cell.text, col));
    (content.tables[key] ?? []).forEach((row, i) => {
      for (const f of fields) {
        const col = columns.get(label(f));
        const value = excelValue(row[f.key]);
        if (col !== undefined && value !== null) ws.getCell(i + 2, col).value = value;
      }
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
