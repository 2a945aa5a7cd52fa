import ExcelJS from "exceljs";
import { parseRange, planTemplate } from "../core";
import type {
  CellStyle,
  Config,
  Lang,
  PlanCheck,
  PlanSheet,
  Standard,
  TemplatePlan,
} from "../core";
import { writeBytesAtomic } from "./atomic-write";

// exceljs 4.4 has range validations at run time but leaves them out of its typings.
interface WithRangeValidations {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF8EA9C1" } };
const solid = (argb: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb },
});

// Fresh objects per cell: exceljs shares style objects, and a shared one mutated leaks.
const STYLES: { readonly [S in CellStyle]: () => Partial<ExcelJS.Style> } = {
  title: () => ({ font: { bold: true, size: 14 } }),
  heading: () => ({ font: { bold: true, size: 12, color: { argb: "FF1F4E78" } } }),
  header: () => ({
    font: { bold: true },
    fill: solid("FFDDEBF7"),
    border: { top: thin, left: thin, bottom: thin, right: thin },
    alignment: { vertical: "middle", wrapText: true },
  }),
  "header-required": () => ({
    font: { bold: true, color: { argb: "FFFFFFFF" } },
    fill: solid("FF1F4E78"),
    border: { top: thin, left: thin, bottom: thin, right: thin },
    alignment: { vertical: "middle", wrapText: true },
  }),
  label: () => ({ fill: solid("FFDDEBF7") }),
  "label-required": () => ({ font: { bold: true }, fill: solid("FFDDEBF7") }),
  wrap: () => ({ alignment: { vertical: "top", wrapText: true } }),
};

function toExcelValidation(
  check: PlanCheck,
): Pick<ExcelJS.DataValidation, "type" | "operator" | "formulae"> {
  switch (check.type) {
    case "list":
      return { type: "list", formulae: [check.source] };
    case "date":
      // exceljs turns each formula into a serial with `new Date(formula)`: ISO dates are UTC midnight.
      return { type: "date", operator: "between", formulae: [check.formula1, check.formula2] };
    default:
      return check.operator === "between"
        ? { type: check.type, operator: "between", formulae: [check.formula1, check.formula2] }
        : { type: check.type, operator: check.operator, formulae: [check.formula1] };
  }
}

function rangeOf(range: string): NonNullable<ReturnType<typeof parseRange>> {
  const bounds = parseRange(range);
  if (!bounds) throw new Error(`bad range in template plan: ${range}`);
  return bounds;
}

function forEachCell(ws: ExcelJS.Worksheet, range: string, apply: (cell: ExcelJS.Cell) => void) {
  const bounds = rangeOf(range);
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    for (let c = bounds.left; c <= bounds.right; c++) apply(ws.getCell(r + 1, c + 1));
  }
}

function addSheet(wb: ExcelJS.Workbook, sheet: PlanSheet): void {
  const frozen = sheet.frozenRows;
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.hidden ? "hidden" : "visible",
    views:
      frozen > 0
        ? [{ state: "frozen", xSplit: 0, ySplit: frozen, topLeftCell: `A${frozen + 1}` }]
        : [],
  });
  sheet.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  // Before the cells: exceljs gives a column's style to the cells it creates in it later.
  for (const { range, numFmt } of sheet.numberFormats.filter((f) => f.column)) {
    ws.getColumn(rangeOf(range).left + 1).numFmt = numFmt;
  }
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = cell.value;
      if (cell.style) target.style = STYLES[cell.style]();
    });
  });
  for (const { range, numFmt } of sheet.numberFormats.filter((f) => !f.column)) {
    forEachCell(ws, range, (cell) => {
      cell.numFmt = numFmt;
    });
  }
  const validations = (ws as unknown as WithRangeValidations).dataValidations;
  for (const v of sheet.validations) {
    // One range per rule: exceljs writes an address with a colon as a single sqref.
    validations.add(v.range, {
      ...toExcelValidation(v.check),
      allowBlank: true,
      showInputMessage: true,
      promptTitle: v.prompt.title,
      prompt: v.prompt.message,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: v.error.title,
      error: v.error.message,
    });
  }
}

/** The template as an exceljs workbook, for writing as is or filled (demo, tests). */
export function buildTemplateWorkbook(plan: TemplatePlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "aidsheet";
  for (const sheet of plan.sheets) addSheet(wb, sheet);
  const first = plan.sheets.findIndex((s) => !s.hidden);
  wb.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      activeTab: first,
      visibility: "visible",
    },
  ];
  return wb;
}

/** Write a template plan as an xlsx file in memory. */
export async function writeTemplate(plan: TemplatePlan): Promise<Buffer> {
  return Buffer.from(await buildTemplateWorkbook(plan).xlsx.writeBuffer());
}

/**
 * Write the blank template (docs/standard.md, docs/cli.md) to `path`: a temporary file beside it,
 * then a rename, so an interrupted write leaves the previous file intact.
 */
export async function writeTemplateFile(
  path: string,
  lang: Lang,
  config: Config,
  standard?: Standard,
): Promise<void> {
  await writeBytesAtomic(path, await writeTemplate(planTemplate(lang, config, standard)));
}
