import { INDICATORS } from "../indicators/registry";
import type { IndicatorKey } from "../indicators/registry";
import { TOTAL_INDICATORS } from "../indicators/totals";
import type { IndicatorValue } from "../indicators/registry";
import type { JsonValue } from "../issues/issue";
import { issueMessage } from "../merge/report";
import type { MergeIssue, MergeResult } from "../merge/types";
import { CONSOLIDATED_TEMPLATE_ID, DATA_SHEETS, SHEETS, sheetSpec } from "../spec/sheets";
import type { StandardSheets } from "../messages/render";
import type { DataSheetKey, FieldSpec } from "../spec/sheets";
import type { Lang } from "../messages";
import {
  ADOPTED_HEADER,
  ADOPTING_SHEETS,
  COUNT_SUFFIXES,
  DATA_BAR_INDICATORS,
  FILE_HEADERS,
  ISSUE_HEADERS,
  LEVEL_LABELS,
  META_COLUMNS,
  NO,
  NUMBER_FORMATS,
  PROVENANCE_HEADERS,
  SEVERITY_LABELS,
  SHEET_NAMES,
  STATUS_LABELS,
  SUMMARY_HEADERS,
  UNMERGED_HEADERS,
  YES,
  dataSheetName,
  kindOfField,
} from "./layout";
import type { ColumnKind } from "./layout";
import { fitColumns } from "./fit";
import { maskFieldValue, maskIdsInText } from "./mask";
import { JIEDUI_2018 } from "../standard/builtin";
import type { Standard } from "../standard/standard";

/** A cell value as planned: dates as ISO text (the column kind says how to write it). */
export type PlanValue = string | number | null;

export interface PlannedColumn {
  readonly header: string;
  readonly kind: ColumnKind;
  readonly numFmt: string;
  /** In characters of the default font, fitted to the content. */
  readonly width: number;
  readonly wrap: boolean;
}

/** A series of a chart: one column of a table sheet, its values cached for the file. */
export interface PlannedSeries {
  readonly name: string;
  readonly columnIndex: number;
  readonly values: readonly (number | null)[];
  readonly type: "column" | "line";
  /** On the secondary (right-hand) value axis. */
  readonly secondary: boolean;
  readonly numFmt: string;
}

/** A native chart over rows of a table sheet (below the header), placed on its own sheet. */
export interface PlannedChart {
  readonly title: string;
  readonly dataSheet: string;
  /** 1-based rows of the data, as Excel shows them. */
  readonly firstRowNumber: number;
  readonly lastRowNumber: number;
  readonly categoryColumnIndex: number;
  readonly categories: readonly (string | null)[];
  readonly series: readonly PlannedSeries[];
  /** 0-based cell corners on the sheet holding the chart: from the top-left of `from` to the top-left of `to`. */
  readonly from: { readonly rowIndex: number; readonly columnIndex: number };
  readonly to: { readonly rowIndex: number; readonly columnIndex: number };
}

/** One sheet of the consolidated workbook as plain data, for a host to write. */
export interface PlannedSheet {
  readonly name: string;
  readonly columns: readonly PlannedColumn[];
  /** False for _meta: label/value rows from row 1, no header. */
  readonly header: boolean;
  readonly rows: readonly (readonly PlanValue[])[];
  readonly frozenHeader: boolean;
  readonly autoFilter: boolean;
  readonly hidden: boolean;
  /** 0-based indexes of the columns shown with data bars. */
  readonly dataBars: readonly number[];
  /** The printed page's header (sheet and period); null for a sheet not printed (_meta). */
  readonly title: string | null;
  readonly chart: PlannedChart | null;
}

export interface ConsolidatedSheets {
  readonly sheets: readonly PlannedSheet[];
}

export interface PlanOptions {
  /** --mask-ids: id_number and head_name shortened in every sheet. */
  readonly mask: boolean;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
  /** aidsheet's version. */
  readonly version: string;
  /** Language of 问题清单 messages; zh-CN by default. */
  readonly lang?: Lang;
  /** The standard whose fields the data sheets have (a region's extension adds columns). */
  readonly standard?: Standard;
}

/** The fields of a data sheet in a standard: the 2018 standard's, and any a region added. */
function fieldsOf(standard: Standard, sheet: DataSheetKey): readonly FieldSpec[] {
  return standard.sheets.find((s) => s.key === sheet)?.fields ?? sheetSpec(sheet).fields;
}

type ColumnSpec = Pick<PlannedColumn, "header" | "kind">;

function column(header: string, kind: ColumnKind): ColumnSpec {
  return { header, kind };
}

function table(
  name: string,
  specs: readonly ColumnSpec[],
  rows: PlanValue[][],
  period: string | null,
): PlannedSheet {
  const widths = fitColumns(specs, rows);
  const columns = specs.map((c, i) => ({ ...c, numFmt: NUMBER_FORMATS[c.kind], ...widths[i]! }));
  return {
    name,
    columns,
    header: true,
    rows,
    frozenHeader: true,
    autoFilter: true,
    hidden: false,
    dataBars: [],
    title: period === null ? name : `${name}（${period}）`,
    chart: null,
  };
}

function yesNo(value: boolean | null): string | null {
  return value === null ? null : value ? YES : NO;
}

function plainValue(value: IndicatorValue | JsonValue | undefined): PlanValue {
  if (value === undefined || value === null) return null;
  return typeof value === "boolean" ? yesNo(value) : value;
}

function indicatorsSheet(result: MergeResult): PlannedSheet {
  const columns = INDICATORS.map((i) => column(i.label.zh, i.format));
  const rows = result.indicators.map((v) => INDICATORS.map((i) => plainValue(v[i.key])));
  return {
    ...table(SHEET_NAMES.indicators, columns, rows, result.period),
    dataBars: DATA_BAR_INDICATORS.map((key) => INDICATORS.findIndex((i) => i.key === key)),
  };
}

// Township rows are indented under their district.
const NAME_INDENT: { readonly [L in keyof typeof LEVEL_LABELS]: string } = {
  city: "",
  district: "",
  township: "\u3000\u3000",
};
// The chart: funds per poor household (columns) and poverty incidence (a line) by village.
const CHART_SERIES: readonly { key: IndicatorKey; type: "column" | "line" }[] = [
  { key: "funds_per_poor_household", type: "column" },
  { key: "poverty_incidence", type: "line" },
];
const CHART_ROWS = 20;
const CHART_MIN_COLUMNS = 12;

function indexOfIndicator(key: IndicatorKey): number {
  return INDICATORS.findIndex((i) => i.key === key);
}

/** 汇总: the city, then each district and its townships, with what totals over villages. */
function summarySheet(result: MergeResult): PlannedSheet {
  const paired = result.areas.some((a) => a.agencies_expected !== null);
  const h = SUMMARY_HEADERS;
  const columns = [
    column(h.level, "text"),
    column(h.code, "code"),
    column(h.name, "text"),
    column(h.villages, "count"),
    column(h.exitReady, "count"),
    column(h.agencies, "count"),
    ...(paired ? [column(h.expected, "count")] : []),
    ...TOTAL_INDICATORS.map((i) => column(i.label.zh, i.format === "money" ? "amount" : i.format)),
  ];
  const rows = result.areas.map((a) => [
    LEVEL_LABELS[a.level],
    a.code,
    a.name === null ? null : NAME_INDENT[a.level] + a.name,
    a.village_count,
    a.exit_ready_villages,
    a.agencies_adopted,
    ...(paired ? [a.agencies_expected] : []),
    ...TOTAL_INDICATORS.map((i) => a[i.key]),
  ]);
  const sheet = table(SHEET_NAMES.summary, columns, rows, result.period);
  return { ...sheet, chart: villageChart(result, rows.length, columns.length) };
}

/** The chart below 汇总's table, over 村级指标's rows; null without villages. */
function villageChart(
  result: MergeResult,
  summaryRows: number,
  summaryColumns: number,
): PlannedChart | null {
  const villages = result.indicators;
  if (villages.length === 0) return null;
  const top = summaryRows + 2;
  return {
    title: "各村户均帮扶资金与贫困发生率",
    dataSheet: SHEET_NAMES.indicators,
    firstRowNumber: 2,
    lastRowNumber: villages.length + 1,
    categoryColumnIndex: indexOfIndicator("village_name"),
    categories: villages.map((v) => (v.village_name === null ? null : String(v.village_name))),
    series: CHART_SERIES.map(({ key, type }) => {
      const spec = INDICATORS[indexOfIndicator(key)]!;
      return {
        name: spec.label.zh,
        columnIndex: indexOfIndicator(key),
        values: villages.map((v) => (typeof v[key] === "number" ? v[key] : null)),
        type,
        secondary: type === "line",
        numFmt: NUMBER_FORMATS[spec.format],
      };
    }),
    from: { rowIndex: top, columnIndex: 0 },
    to: { rowIndex: top + CHART_ROWS, columnIndex: Math.max(CHART_MIN_COLUMNS, summaryColumns) },
  };
}

function filesSheet(result: MergeResult): PlannedSheet {
  const kinds: ColumnKind[] = ["text", "code", "code", "text", "code", "text", "datetime", "text"];
  const columns = [
    ...FILE_HEADERS.map((h, i) => column(h, kinds[i]!)),
    ...DATA_SHEETS.flatMap((s) => COUNT_SUFFIXES.map((c) => column(dataSheetName(s) + c, "count"))),
  ];
  const rows = result.files.map((f) => [
    f.file,
    f.sha256,
    f.agencyCode,
    f.agencyName,
    f.period,
    f.partners,
    f.submittedOn,
    STATUS_LABELS[f.status],
    ...DATA_SHEETS.flatMap((s) => {
      const c = f.rows[s];
      return [c.read, c.merged, c.rejected, c.superseded];
    }),
  ]);
  return table(SHEET_NAMES.files, columns, rows, result.period);
}

function mergedSheet(
  result: MergeResult,
  sheet: DataSheetKey,
  fields: readonly FieldSpec[],
  mask: boolean,
): PlannedSheet {
  const adopting = ADOPTING_SHEETS.has(sheet);
  const columns = [
    column(PROVENANCE_HEADERS[0], "code"),
    column(PROVENANCE_HEADERS[1], "text"),
    column(PROVENANCE_HEADERS[2], "text"),
    column(PROVENANCE_HEADERS[3], "count"),
    ...fields.map((f) => column(f.label.zh, kindOfField(f.type))),
    ...(adopting ? [column(ADOPTED_HEADER, "boolean")] : []),
  ];
  // Into an array of the row's length, not spreads nor pushes: this runs for every merged row.
  const rows = result.rows[sheet].map((r) => {
    const row = new Array<PlanValue>(columns.length);
    row[0] = r.agencyCode;
    row[1] = r.agencyName;
    row[2] = r.name;
    row[3] = r.rowNumber;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      const value = r.values[f.key] ?? null;
      row[4 + i] = plainValue(mask ? maskFieldValue(f, value) : value);
    }
    if (adopting) row[4 + fields.length] = yesNo(r.adopted);
    return row;
  });
  return table(dataSheetName(sheet), columns, rows, result.period);
}

function sheetLabel(sheets: StandardSheets, sheet: string | null): string | null {
  return sheet === null ? null : (sheets.find((s) => s.key === sheet)?.name.zh ?? sheet);
}

function fieldLabel(
  sheets: StandardSheets,
  sheet: string | null,
  key: string | null,
): string | null {
  if (key === null) return null;
  const field = sheets.find((s) => s.key === sheet)?.fields.find((f) => f.key === key);
  return field ? field.label.zh : key;
}

/**
 * 问题清单 as a sheet: file, sheet, cell, field, severity, code, message (masked with `mask`),
 * its printed title naming the period when there is one.
 */
export function issuesSheet(
  issues: readonly MergeIssue[],
  lang: Lang,
  mask: boolean,
  period: string | null,
  sheets: StandardSheets = SHEETS,
): PlannedSheet {
  const kinds: ColumnKind[] = ["text", "text", "code", "text", "text", "text", "text"];
  const columns = ISSUE_HEADERS.map((h, i) => column(h, kinds[i]!));
  const rows = issues.map((i) => {
    const message = issueMessage(i, lang, sheets);
    return [
      i.file ?? null,
      sheetLabel(sheets, i.sheet),
      i.cell,
      fieldLabel(sheets, i.sheet, i.field),
      SEVERITY_LABELS[i.severity],
      i.code,
      mask ? maskIdsInText(message) : message,
    ];
  });
  return table(SHEET_NAMES.issues, columns, rows, period);
}

/** 未合并行's columns: 文件, 工作表, 行, 问题代码, 内容, 原始值. */
export const UNMERGED_COLUMNS = UNMERGED_HEADERS.map((h, i) =>
  column(h, (["text", "text", "count", "text", "text", "text"] as const)[i]!),
);

/**
 * 内容 and 原始值 of a row not merged: its fields' values as read (personal ones masked with
 * `mask`), as "label：value" text and as JSON by field key.
 */
export function unmergedContent(
  fields: readonly FieldSpec[],
  raw: Readonly<Record<string, JsonValue>>,
  mask: boolean,
): [string, string] {
  const entries = fields
    .filter((f) => f.key in raw)
    .map((f) => {
      const value = raw[f.key] ?? null;
      return { key: f.key, label: f.label.zh, value: mask ? maskFieldValue(f, value) : value };
    });
  const content = entries
    .filter((e) => e.value !== null && e.value !== "")
    .map((e) => `${e.label}：${String(e.value)}`)
    .join("；");
  return [content, JSON.stringify(Object.fromEntries(entries.map((e) => [e.key, e.value])))];
}

function unmergedSheet(result: MergeResult, standard: Standard, mask: boolean): PlannedSheet {
  const rows = result.unmerged.map((u) => [
    u.file,
    dataSheetName(u.sheet),
    u.rowNumber,
    u.codes.join(", "),
    ...unmergedContent(fieldsOf(standard, u.sheet), u.raw, mask),
  ]);
  return table(SHEET_NAMES.unmerged, UNMERGED_COLUMNS, rows, result.period);
}

/** _meta: hidden label/value pairs from row 1, without a header. */
export function plannedMetaSheet(rows: PlanValue[][]): PlannedSheet {
  return {
    ...table(SHEET_NAMES.meta, [column("", "text"), column("", "text")], rows, null),
    header: false,
    frozenHeader: false,
    autoFilter: false,
    hidden: true,
    title: null,
  };
}

function metaSheet(result: MergeResult, opts: PlanOptions): PlannedSheet {
  return plannedMetaSheet([
    ["template", CONSOLIDATED_TEMPLATE_ID],
    ["period", result.period],
    ["created_at", opts.createdAt],
    ["version", opts.version],
    ["masked", opts.mask ? YES : NO],
    ...result.files
      .filter((f) => Object.keys(f.columns).length > 0)
      .map((f) => [META_COLUMNS, JSON.stringify({ file: f.file, columns: f.columns })]),
  ]);
}

/**
 * The content of every sheet of the consolidated workbook (docs/merge.md), in order, as plain
 * data: the xlsx writer and the add-in turn it into sheets.
 */
export function planConsolidated(result: MergeResult, opts: PlanOptions): ConsolidatedSheets {
  const lang = opts.lang ?? "zh-CN";
  const standard = opts.standard ?? JIEDUI_2018;
  return {
    sheets: [
      summarySheet(result),
      indicatorsSheet(result),
      filesSheet(result),
      ...DATA_SHEETS.map((s) => mergedSheet(result, s, fieldsOf(standard, s), opts.mask)),
      issuesSheet(result.issues, lang, opts.mask, result.period, standard.sheets),
      unmergedSheet(result, standard, opts.mask),
      metaSheet(result, opts),
    ],
  };
}

/** The shared pieces of every consolidated sheet, for the register workflow's plan. */
export { column as plannedColumn, table as plannedTable };
