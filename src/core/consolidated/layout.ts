// The layout of the consolidated workbook (docs/merge.md), shared by the planner and the reader.
import { FORMATS } from "../excel-values";
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
  count: FORMATS.integer,
  decimal: FORMATS.decimal,
  rate: FORMATS.percent,
  ratio: FORMATS.decimal,
  boolean: FORMATS.general,
};

export const SHEET_NAMES = {
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
