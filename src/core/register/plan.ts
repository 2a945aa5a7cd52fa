import {
  COUNT_SUFFIXES,
  NO,
  PROVENANCE_HEADERS,
  SHEET_NAMES,
  STATUS_LABELS,
  YES,
  kindOfField,
} from "../consolidated/layout";
import type { ColumnKind } from "../consolidated/layout";
import { maskFieldValue } from "../consolidated/mask";
import {
  UNMERGED_COLUMNS,
  issuesSheet,
  plannedColumn,
  plannedMetaSheet,
  plannedTable,
  unmergedContent,
} from "../consolidated/plan";
import type {
  ConsolidatedSheets,
  PlanOptions,
  PlanValue,
  PlannedSheet,
} from "../consolidated/plan";
import { CONSOLIDATED_TEMPLATE_ID } from "../spec/sheets";
import type { SheetSpec } from "../spec/sheets";
import type { PackageIndicator, Standard } from "../standard/standard";
import type { RegisterArea, RegisterResult } from "./types";

/** Sheet names of a register's consolidated workbook beyond those it shares (docs/monitoring.md). */
export const REGISTER_SHEET_NAMES = { files: "文件" } as const;
export const REGISTER_SUMMARY_HEADERS = { level: "级别", name: "名称", villages: "村数" } as const;
export const REGISTER_VILLAGE_HEADERS = ["县", "乡镇", "村代码", "村名称"] as const;
export const REGISTER_LEVEL_LABELS: { readonly [L in RegisterArea["level"]]: string } = {
  county: "县",
  township: "乡镇",
  village: "村",
};

const FORMAT_KINDS: { readonly [F in PackageIndicator["format"]]: ColumnKind } = {
  count: "count",
  money: "money",
  rate: "rate",
  ratio: "ratio",
  number: "decimal",
};

function indicatorsOf(standard: Standard): readonly PackageIndicator[] {
  return standard.indicators === "builtin" ? [] : standard.indicators;
}

function indicatorColumns(standard: Standard) {
  return indicatorsOf(standard).map((i) => plannedColumn(i.label.zh, FORMAT_KINDS[i.format]));
}

function indicatorValues(area: RegisterArea, standard: Standard): PlanValue[] {
  return indicatorsOf(standard).map((i) => area.indicators[i.key]?.value ?? null);
}

/** 汇总: each county, then its townships indented under it. */
function summarySheet(result: RegisterResult, standard: Standard): PlannedSheet {
  const h = REGISTER_SUMMARY_HEADERS;
  const columns = [
    plannedColumn(h.level, "text"),
    plannedColumn(h.name, "text"),
    plannedColumn(h.villages, "count"),
    ...indicatorColumns(standard),
  ];
  const rows = result.areas.map((a) => [
    REGISTER_LEVEL_LABELS[a.level],
    a.name === null ? null : (a.level === "township" ? "\u3000\u3000" : "") + a.name,
    a.villages,
    ...indicatorValues(a, standard),
  ]);
  return plannedTable(SHEET_NAMES.summary, columns, rows, null);
}

function villagesSheet(result: RegisterResult, standard: Standard): PlannedSheet {
  const [county, township, code, name] = REGISTER_VILLAGE_HEADERS;
  const columns = [
    plannedColumn(county, "text"),
    plannedColumn(township, "text"),
    plannedColumn(code, "code"),
    plannedColumn(name, "text"),
    ...indicatorColumns(standard),
  ];
  const rows = result.villages.map((v) => [
    v.county,
    v.township,
    v.code,
    v.name,
    ...indicatorValues(v, standard),
  ]);
  return plannedTable(SHEET_NAMES.indicators, columns, rows, null);
}

function tableSheets(standard: Standard): SheetSpec[] {
  return standard.sheets.filter((s) => s.layout === "table");
}

/** 文件: every input file, its status and its rows' accounting per sheet. */
function filesSheet(result: RegisterResult, standard: Standard): PlannedSheet {
  const sheets = tableSheets(standard);
  const columns = [
    plannedColumn("文件", "text"),
    plannedColumn("SHA-256", "code"),
    plannedColumn("状态", "text"),
    ...sheets.flatMap((s) => COUNT_SUFFIXES.map((c) => plannedColumn(s.name.zh + c, "count"))),
  ];
  const rows = result.files.map((f) => [
    f.file,
    f.sha256,
    STATUS_LABELS[f.status],
    ...sheets.flatMap((s) => {
      const c = f.rows[s.key];
      return c ? [c.read, c.merged, c.rejected, c.superseded] : [0, 0, 0, 0];
    }),
  ]);
  return plannedTable(REGISTER_SHEET_NAMES.files, columns, rows, null);
}

function mergedSheet(result: RegisterResult, sheet: SheetSpec, mask: boolean): PlannedSheet {
  const columns = [
    plannedColumn(PROVENANCE_HEADERS[2], "text"),
    plannedColumn(PROVENANCE_HEADERS[3], "count"),
    ...sheet.fields.map((f) => plannedColumn(f.label.zh, kindOfField(f.type))),
  ];
  const rows = (result.rows[sheet.key] ?? []).map((r) => [
    r.name,
    r.rowNumber,
    ...sheet.fields.map((f) => {
      const value = r.values[f.key] ?? null;
      return mask ? (maskFieldValue(f, value) as PlanValue) : value;
    }),
  ]);
  return plannedTable(sheet.name.zh, columns, rows, null);
}

function unmergedSheet(result: RegisterResult, standard: Standard, mask: boolean): PlannedSheet {
  const rows = result.unmerged.map((u) => {
    const sheet = standard.sheets.find((s) => s.key === u.sheet);
    return [
      u.file,
      sheet?.name.zh ?? u.sheet,
      u.rowNumber,
      u.codes.join(", "),
      ...unmergedContent(sheet?.fields ?? [], u.raw, mask),
    ];
  });
  return plannedTable(SHEET_NAMES.unmerged, UNMERGED_COLUMNS, rows, null);
}

/**
 * The consolidated workbook of registers (docs/monitoring.md): 汇总, 村级指标, 文件, one sheet
 * per register sheet, 问题清单, 未合并行 and _meta, as plain data for the workbook writers.
 */
export function planRegisterWorkbook(
  result: RegisterResult,
  standard: Standard,
  opts: PlanOptions,
): ConsolidatedSheets {
  return {
    sheets: [
      summarySheet(result, standard),
      villagesSheet(result, standard),
      filesSheet(result, standard),
      ...tableSheets(standard).map((s) => mergedSheet(result, s, opts.mask)),
      issuesSheet(result.issues, opts.lang ?? "zh-CN", opts.mask, null, standard.sheets),
      unmergedSheet(result, standard, opts.mask),
      plannedMetaSheet([
        ["template", CONSOLIDATED_TEMPLATE_ID],
        ["standard", standard.id],
        ["standard_version", standard.version],
        ["created_at", opts.createdAt],
        ["version", opts.version],
        ["masked", opts.mask ? YES : NO],
      ]),
    ],
  };
}
