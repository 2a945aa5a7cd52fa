// The layout of the consolidated workbook (docs/merge.md), shared by the planner and the reader.
import { FORMATS } from "../excel-values";
import type { AreaLevel } from "../indicators/totals";
import type { Severity } from "../issues/codes";
import type { FileStatus } from "../merge/types";
import type { DataSheetKey } from "../spec/sheets";
import { sheetSpec } from "../spec/sheets";
import type { FieldType } from "../spec/types";
import { isListType } from "../spec/types";

/**
 * How a host writes a column: `code` and `text` as text cells in a text-formatted column
 * (Excel must not turn "420116012215" into a number), `date` and `datetime` as date cells,
 * `boolean` as 是 / 否, the others as numbers.
 */
export type ColumnKind =
  | "text"
  | "code"
  | "date"
  | "datetime"
  | "money"
  | "amount"
  | "count"
  | "decimal"
  | "rate"
  | "ratio"
  | "boolean";

/** Excel number format of each column kind. */
export const NUMBER_FORMATS: { readonly [K in ColumnKind]: string } = {
  text: FORMATS.text,
  code: FORMATS.text,
  date: FORMATS.date,
  datetime: FORMATS.datetime,
  money: FORMATS.money,
  // Money in whole yuan: the totals of 汇总.
  amount: FORMATS.wholeMoney,
  count: FORMATS.integer,
  decimal: FORMATS.decimal,
  rate: FORMATS.percent,
  ratio: FORMATS.decimal,
  boolean: FORMATS.general,
};

export const SHEET_NAMES = {
  summary: "汇总",
  indicators: "村级指标",
  files: "报送单位",
  issues: "问题清单",
  unmerged: "未合并行",
  meta: "_meta",
} as const;

export const FILE_HEADERS = [
  "文件",
  "SHA-256",
  "单位代码",
  "单位名称",
  "报送期间",
  "协作单位",
  "填报日期",
  "状态",
] as const;
export const COUNT_SUFFIXES = ["读取", "合并", "未合并", "被替代"] as const;
export const PROVENANCE_HEADERS = ["来源单位代码", "来源单位", "来源文件", "来源行"] as const;
export const ADOPTED_HEADER = "采用";
export const ISSUE_HEADERS = ["文件", "工作表", "单元格", "字段", "级别", "代码", "说明"] as const;
export const UNMERGED_HEADERS = ["文件", "工作表", "行", "问题代码", "内容", "原始值"] as const;

/** Sheets whose rows carry 采用 (docs/merge.md). */
export const ADOPTING_SHEETS: ReadonlySet<DataSheetKey> = new Set(["villages", "households"]);

/** Indicators shown with data bars on 村级指标. */
export const DATA_BAR_INDICATORS: readonly string[] = [
  "funds_total",
  "poverty_incidence",
  "exit_rate",
];

/**
 * _meta labels beyond those of docs/merge.md: one `columns` row per file, where its fields were.
 */
export const META_COLUMNS = "columns";

/** 状态 as people read it; a reader also accepts the codes older workbooks hold. */
export const STATUS_LABELS: { readonly [S in FileStatus]: string } = {
  accepted: "采用",
  rejected: "未采用",
  superseded: "被替代",
};

/** 级别 of 问题清单 as people read it; a reader also accepts the codes. */
export const SEVERITY_LABELS: { readonly [S in Severity]: string } = {
  error: "错误",
  warning: "警告",
  info: "提示",
};

/** The code of a label of `labels`, or of the code itself; null for anything else. */
export function codeOfLabel<C extends string>(
  labels: { readonly [K in C]: string },
  text: string | null,
): C | null {
  const entries = Object.entries(labels) as [C, string][];
  return entries.find(([code, label]) => text === code || text === label)?.[0] ?? null;
}

export const SUMMARY_HEADERS = {
  level: "级别",
  code: "代码",
  name: "名称",
  villages: "村数",
  exitReady: "出列达标村数",
  agencies: "采用单位数",
  expected: "应报单位数",
} as const;
export const LEVEL_LABELS: { readonly [L in AreaLevel]: string } = {
  city: "全市",
  district: "区",
  township: "街道/乡镇",
};

/** The printed page's footer, in Excel's header/footer codes: 第 n 页 共 N 页. */
export const PAGE_FOOTER = "第 &P 页 共 &N 页";

/** The printed page's header, bold, in Excel's header/footer codes (`&` is a code there). */
export function pageHeader(title: string): string {
  return `&"-,Bold"&12${title.replace(/&/g, "&&")}`;
}

export const YES = "是";
export const NO = "否";

export function dataSheetName(sheet: DataSheetKey): string {
  return sheetSpec(sheet).name.zh;
}

export function kindOfField(type: FieldType): ColumnKind {
  if (isListType(type)) return "text";
  switch (type) {
    case "code12":
    case "uscc":
    case "id18":
    case "phone":
    case "period":
      return "code";
    case "int":
    case "count":
    case "year":
      return "count";
    case "money":
      return "money";
    case "decimal":
      return "decimal";
    case "date":
      return "date";
    case "datetime":
      return "datetime";
    case "text":
      return "text";
  }
}
