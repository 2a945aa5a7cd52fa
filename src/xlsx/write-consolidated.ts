import ExcelJS from "exceljs";
import type {
  ConsolidatedSheets,
  PlannedColumn,
  PlannedSheet,
  PlanValue,
} from "../core/consolidated/plan";
import { writeFileAtomic } from "./atomic-write";

/** Excel's limit on the characters of one cell. */
const CELL_MAX = 32767;
// Characters XML 1.0 cannot carry: a file holding them is corrupt to Excel.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const DATA_BAR_COLOR = "FF5B9BD5";

/** Text safe for a string cell: XML-legal and within Excel's cell limit. */
export function cellText(text: string): string {
  const clean = text.replace(NOT_XML, "");
  return clean.length > CELL_MAX ? `${clean.slice(0, CELL_MAX - 1)}…` : clean;
}

/**
 * One value as the column kind says. Text is always a string cell, never a formula: exceljs
 * writes a formula only from a `{ formula }` object, which nothing here creates (SPEC 10).
 */
function cellValue(value: PlanValue, column: PlannedColumn): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === "number") return value;
  if ((column.kind === "date" || column.kind === "datetime") && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    const iso = value.length === 10 ? `${value}T00:00:00Z` : `${value.slice(0, 16)}:00Z`;
    const date = new Date(iso);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return cellText(value);
}

function addSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheet: PlannedSheet): void {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.hidden ? "hidden" : "visible",
    views: sheet.frozenHeader ? [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2" }] : [],
  });
  ws.columns = sheet.columns.map((c) => ({
    width: Math.min(60, Math.max(10, [...c.header].length * 2 + 2)),
    style: c.numFmt === "General" ? {} : { numFmt: c.numFmt },
  }));
  if (sheet.header) {
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
  }
  // One style object per column and value type: exceljs renders a cell's style anew unless it
  // has seen that very object (5 s of 9 for 180,000 rows); each data cell's style is the same.
  const styles = sheet.columns.map(() => new Map<ExcelJS.ValueType, Partial<ExcelJS.Style>>());
  for (const values of sheet.rows) {
    const row = ws.addRow(values.map((v, i) => cellValue(v, sheet.columns[i]!)));
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const byType = styles[columnNumber - 1];
      if (!byType) return;
      const style = byType.get(cell.type);
      if (style) cell.style = style;
      else byType.set(cell.type, cell.style);
    });
    row.commit();
  }
  const last = sheet.rows.length + (sheet.header ? 1 : 0);
  if (sheet.autoFilter && sheet.columns.length > 0) {
    ws.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, last), column: sheet.columns.length },
    };
  }
  if (sheet.dataBars.length > 0 && last > 1) {
    for (const index of sheet.dataBars) {
      const letter = ws.getColumn(index + 1).letter;
      ws.addConditionalFormatting({
        ref: `${letter}2:${letter}${last}`,
        rules: [
          {
            type: "dataBar",
            priority: index + 1,
            cfvo: [{ type: "min" }, { type: "max" }],
            color: { argb: DATA_BAR_COLOR },
          } as unknown as ExcelJS.ConditionalFormattingRule,
        ],
      });
    }
  }
  ws.commit();
}

/** Write the consolidated workbook (SPEC 6) streaming, to a temporary file renamed over `target`. */
export async function writeConsolidated(target: string, plan: ConsolidatedSheets): Promise<void> {
  await writeFileAtomic(target, async (tmp) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: tmp,
      useStyles: true,
      useSharedStrings: false,
    });
    wb.creator = "aidsheet";
    for (const sheet of plan.sheets) addSheet(wb, sheet);
    await wb.commit();
  });
}
