import { columnName, parseRange } from "../../core";
import type { Cell, CellStyle } from "../../core";
import { toExcelInput } from "./cells";
import type { ExcelInput } from "./cells";
import { supportsExcelApi } from "./requirements";
import {
  MAX_REQUEST_BYTES,
  OPERATION_BYTES,
  RequestBudget,
  chunkRows,
  jsonBytes,
} from "./requests";

/** The template's cell styles, and plain bold for other headers. */
export type SheetStyle = CellStyle | "bold";

export interface ValidationWrite {
  readonly range: string;
  readonly rule: Excel.DataValidationRule;
  readonly prompt?: Excel.DataValidationPrompt;
  readonly errorAlert?: Excel.DataValidationErrorAlert;
}

/** A chart on the sheet: columns, and lines on the secondary axis, over ranges of a sheet. */
export interface ChartWrite {
  readonly title: string;
  /** Sheet and A1 range of the category labels. */
  readonly categories: { readonly sheet: string; readonly range: string };
  readonly series: readonly {
    readonly name: string;
    readonly sheet: string;
    readonly range: string;
    readonly line: boolean;
  }[];
  /** Top-left and bottom-right cells it covers. */
  readonly from: string;
  readonly to: string;
}

/** A sheet to write, from A1: cells, then what makes it usable (formats, checks, looks). */
export interface SheetWrite {
  readonly name: string;
  readonly rows: readonly (readonly Cell[] | undefined)[];
  /** Number formats of A1 ranges, set before any value. */
  readonly numberFormats?: readonly { readonly range: string; readonly numFmt: string }[];
  readonly validations?: readonly ValidationWrite[];
  readonly styles?: readonly { readonly range: string; readonly style: SheetStyle }[];
  readonly frozenRows?: number;
  /** Widths of columns A, B, … in characters. */
  readonly columnWidths?: readonly number[];
  readonly visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** An A1 range to filter by its header row (ExcelApi 1.9; skipped below it). */
  readonly autoFilter?: string;
  /** A1 ranges shown with data bars. */
  readonly dataBars?: readonly string[];
  /** Written after every sheet, since it reads another; a sheet with one is replaced whole. */
  readonly chart?: ChartWrite;
  /** Page set-up (ExcelApi 1.9): landscape, one page wide, row 1 repeated, header and footer. */
  readonly print?: { readonly header: string; readonly footer: string };
}

export interface WriteOptions {
  /** A sheet of the same name already there: replace its content, or leave it alone. */
  readonly existing: "replace" | "keep";
  readonly date1904: boolean;
}

export interface WriteResult {
  readonly written: readonly string[];
  readonly kept: readonly string[];
}

// The template file's looks (src/xlsx/write-template.ts) in Office.js terms.
const LIGHT_FILL = "#DDEBF7";
const DARK_FILL = "#1F4E78";

/** The planned number format of each cell: the last range that covers it. */
function formatLookup(sheet: SheetWrite): (r: number, c: number) => string | null {
  const ranges = (sheet.numberFormats ?? []).flatMap((f) => {
    const rect = parseRange(f.range);
    return rect ? [{ rect, numFmt: f.numFmt }] : [];
  });
  return (r, c) => {
    let found: string | null = null;
    for (const { rect, numFmt } of ranges) {
      if (r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right) found = numFmt;
    }
    return found;
  };
}

/** Cells as Excel inputs, every row as wide as the widest. */
function encodeRows(sheet: SheetWrite, date1904: boolean): ExcelInput[][] {
  // A loop, not Math.max(...rows): spreading 180,000 rows overflows the stack.
  const width = sheet.rows.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  const planned = formatLookup(sheet);
  return sheet.rows.map((row, r) =>
    Array.from({ length: width }, (_, c) => toExcelInput(row?.[c], planned(r, c), date1904)),
  );
}

function applyStyle(range: Excel.Range, style: SheetStyle): void {
  const { font, fill } = range.format;
  switch (style) {
    case "bold":
      font.bold = true;
      return;
    case "title":
      font.bold = true;
      font.size = 14;
      return;
    case "heading":
      font.bold = true;
      font.size = 12;
      font.color = DARK_FILL;
      return;
    case "header":
      font.bold = true;
      fill.color = LIGHT_FILL;
      range.format.wrapText = true;
      return;
    case "header-required":
      font.bold = true;
      font.color = "#FFFFFF";
      fill.color = DARK_FILL;
      range.format.wrapText = true;
      return;
    case "label":
      fill.color = LIGHT_FILL;
      return;
    case "label-required":
      font.bold = true;
      fill.color = LIGHT_FILL;
      return;
    case "wrap":
      range.format.wrapText = true;
      return;
  }
}

/** Queue a sheet's content into a worksheet, in requests of at most 4 MB. */
async function writeSheetContent(
  budget: RequestBudget,
  worksheet: Excel.Worksheet,
  sheet: SheetWrite,
  date1904: boolean,
): Promise<void> {
  for (const { range, numFmt } of sheet.numberFormats ?? []) {
    const rect = parseRange(range);
    if (!rect) continue;
    const formats = Array.from({ length: rect.bottom - rect.top + 1 }, () =>
      new Array<string>(rect.right - rect.left + 1).fill(numFmt),
    );
    await budget.reserve(jsonBytes(formats) + OPERATION_BYTES);
    worksheet.getRange(range).numberFormat = formats;
  }
  const rows = encodeRows(sheet, date1904);
  const width = rows[0]?.length ?? 0;
  const chunks = chunkRows(
    rows,
    MAX_REQUEST_BYTES - 2 * OPERATION_BYTES,
    (row) => jsonBytes(row.map((c) => c.value)) + jsonBytes(row.map((c) => c.numberFormat)),
  );
  for (const chunk of width === 0 ? [] : chunks) {
    await budget.reserve(chunk.bytes + 2 * OPERATION_BYTES);
    const range = worksheet.getRangeByIndexes(chunk.start, 0, chunk.rows.length, width);
    // Formats first: text stays text and dates stay dates when the values arrive.
    if (chunk.rows.some((row) => row.some((c) => c.numberFormat !== null))) {
      range.numberFormat = chunk.rows.map((row) => row.map((c) => c.numberFormat)) as string[][];
    }
    range.values = chunk.rows.map((row) => row.map((c) => c.value));
  }
  for (const { range, style } of sheet.styles ?? []) {
    await budget.reserve(OPERATION_BYTES * 3);
    applyStyle(worksheet.getRange(range), style);
  }
  for (const v of sheet.validations ?? []) {
    await budget.reserve(jsonBytes(v) + OPERATION_BYTES * 3);
    const range = worksheet.getRange(v.range);
    range.dataValidation.rule = v.rule;
    if (v.prompt) range.dataValidation.prompt = v.prompt;
    if (v.errorAlert) range.dataValidation.errorAlert = v.errorAlert;
  }
  for (const [i, chars] of (sheet.columnWidths ?? []).entries()) {
    await budget.reserve(OPERATION_BYTES);
    // Characters of the default font to points: 7 pixels each plus 5 of padding.
    worksheet.getRange(`${columnName(i)}:${columnName(i)}`).format.columnWidth = Math.round(
      (chars * 7 + 5) * 0.75,
    );
  }
  for (const range of sheet.dataBars ?? []) {
    await budget.reserve(OPERATION_BYTES);
    worksheet.getRange(range).conditionalFormats.add("DataBar");
  }
  if (sheet.autoFilter && supportsExcelApi("1.9")) worksheet.autoFilter.apply(sheet.autoFilter);
  if (sheet.print && supportsExcelApi("1.9")) {
    await budget.reserve(OPERATION_BYTES * 5);
    const layout = worksheet.pageLayout;
    layout.orientation = "Landscape";
    // 0 pages tall: as many as the rows need.
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.setPrintTitleRows("$1:$1");
    layout.headersFooters.defaultForAllPages.centerHeader = sheet.print.header;
    layout.headersFooters.defaultForAllPages.centerFooter = sheet.print.footer;
  }
  if (sheet.frozenRows) worksheet.freezePanes.freezeRows(sheet.frozenRows);
}

/** A chart as planned (series from ranges: ExcelApi 1.7; the secondary axis: 1.8). */
function addChart(context: Excel.RequestContext, worksheet: Excel.Worksheet, plan: ChartWrite) {
  const sheets = context.workbook.worksheets;
  const rangeOf = (at: { sheet: string; range: string }) =>
    sheets.getItem(at.sheet).getRange(at.range);
  const [first, ...rest] = plan.series;
  if (!first) return;
  const chart = worksheet.charts.add("ColumnClustered", rangeOf(first), "Columns");
  chart.title.text = plan.title;
  chart.legend.position = "Bottom";
  chart.setPosition(plan.from, plan.to);
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(rangeOf(plan.categories));
  for (const s of rest) {
    const added = chart.series.add(s.name);
    added.setValues(rangeOf(s));
    added.setXAxisValues(rangeOf(plan.categories));
    if (s.line) {
      added.chartType = "LineMarkers";
      added.axisGroup = "Secondary";
    }
  }
}

/**
 * Write sheets into the open workbook: one request to see which exist, then requests of at
 * most 4 MB. New sheets are added at the end; a sheet hidden in the plan is hidden last.
 */
export async function writeSheets(
  context: Excel.RequestContext,
  sheets: readonly SheetWrite[],
  options: WriteOptions,
): Promise<WriteResult> {
  const worksheets = context.workbook.worksheets;
  // Positions, so that a sheet replaced whole (with its chart) keeps its place.
  const probes = sheets.map((sheet) => worksheets.getItemOrNullObject(sheet.name).load("position"));
  await context.sync();
  const budget = new RequestBudget(context);
  const written: string[] = [];
  const kept: string[] = [];
  const toHide: { worksheet: Excel.Worksheet; visibility: "Hidden" | "VeryHidden" }[] = [];
  const charts: { worksheet: Excel.Worksheet; chart: ChartWrite }[] = [];
  for (const [i, sheet] of sheets.entries()) {
    const probe = probes[i]!;
    if (!probe.isNullObject && options.existing === "keep") {
      kept.push(sheet.name);
      continue;
    }
    let worksheet = probe;
    if (probe.isNullObject) worksheet = worksheets.add(sheet.name);
    else if (sheet.chart) {
      // Clearing cells leaves charts behind: a new sheet in the old one's place has none.
      probe.delete();
      worksheet = worksheets.add(sheet.name);
      worksheet.position = probe.position;
    } else {
      const whole = worksheet.getRange();
      whole.clear();
      whole.dataValidation.clear();
      whole.conditionalFormats.clearAll();
      if (supportsExcelApi("1.9")) worksheet.autoFilter.remove();
      worksheet.freezePanes.unfreeze();
    }
    await writeSheetContent(budget, worksheet, sheet, options.date1904);
    if (sheet.chart) charts.push({ worksheet, chart: sheet.chart });
    if (sheet.visibility && sheet.visibility !== "Visible") {
      toHide.push({ worksheet, visibility: sheet.visibility });
    } else if (!probe.isNullObject) worksheet.visibility = "Visible";
    written.push(sheet.name);
  }
  for (const { worksheet, chart } of charts) {
    await budget.reserve(jsonBytes(chart) + OPERATION_BYTES * 12);
    addChart(context, worksheet, chart);
  }
  for (const { worksheet, visibility } of toHide) worksheet.visibility = visibility;
  await budget.flush();
  return { written, kept };
}
