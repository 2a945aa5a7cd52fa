import { INDICATORS } from "../indicators/registry";
import type { IndicatorValue } from "../indicators/registry";
import type { JsonValue } from "../issues/issue";
import { issueMessage } from "../merge/report";
import type { MergeIssue, MergeResult } from "../merge/types";
import { CONSOLIDATED_TEMPLATE_ID, DATA_SHEETS, sheetSpec } from "../spec/sheets";
import type { DataSheetKey, SheetKey } from "../spec/sheets";
import type { Lang } from "../spec/types";
import {
  ADOPTED_HEADER,
  ADOPTING_SHEETS,
  COUNT_SUFFIXES,
  DATA_BAR_INDICATORS,
  FILE_HEADERS,
  ISSUE_HEADERS,
  META_COLUMNS,
  NO,
  NUMBER_FORMATS,
  PROVENANCE_HEADERS,
  SHEET_NAMES,
  UNMERGED_HEADERS,
  YES,
  dataSheetName,
  kindOfField,
} from "./layout";
import type { ColumnKind } from "./layout";
import { maskField, maskIdsInText } from "./mask";

/** A cell value as planned: dates as ISO text (the column kind says how to write it). */
export type PlanValue = string | number | null;

export interface PlannedColumn {
  readonly header: string;
  readonly kind: ColumnKind;
  readonly numFmt: string;
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
}

function column(header: string, kind: ColumnKind): PlannedColumn {
  return { header, kind, numFmt: NUMBER_FORMATS[kind] };
}

function table(name: string, columns: PlannedColumn[], rows: PlanValue[][]): PlannedSheet {
  return {
    name,
    columns,
    header: true,
    rows,
    frozenHeader: true,
    autoFilter: true,
    hidden: false,
    dataBars: [],
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
    ...table(SHEET_NAMES.indicators, columns, rows),
    dataBars: DATA_BAR_INDICATORS.map((key) => INDICATORS.findIndex((i) => i.key === key)),
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
    f.status,
    ...DATA_SHEETS.flatMap((s) => {
      const c = f.rows[s];
      return [c.read, c.merged, c.rejected, c.superseded];
    }),
  ]);
  return table(SHEET_NAMES.files, columns, rows);
}

function mergedSheet(result: MergeResult, sheet: DataSheetKey, mask: boolean): PlannedSheet {
  const fields = sheetSpec(sheet).fields;
  const adopting = ADOPTING_SHEETS.has(sheet);
  const columns = [
    column(PROVENANCE_HEADERS[0], "code"),
    column(PROVENANCE_HEADERS[1], "text"),
    column(PROVENANCE_HEADERS[2], "text"),
    column(PROVENANCE_HEADERS[3], "count"),
    ...fields.map((f) => column(f.label.zh, kindOfField(f.type))),
    ...(adopting ? [column(ADOPTED_HEADER, "boolean")] : []),
  ];
  const rows = result.rows[sheet].map((r) => [
    r.agencyCode,
    r.agencyName,
    r.name,
    r.rowNumber,
    ...fields.map((f) => {
      const value = r.values[f.key] ?? null;
      return plainValue(mask ? maskField(sheet, f.key, value) : value);
    }),
    ...(adopting ? [yesNo(r.adopted)] : []),
  ]);
  return table(dataSheetName(sheet), columns, rows);
}

function sheetLabel(sheet: SheetKey | null): string | null {
  return sheet === null ? null : sheetSpec(sheet).name.zh;
}

function fieldLabel(sheet: SheetKey | null, key: string | null): string | null {
  if (key === null) return null;
  const field = sheet === null ? undefined : sheetSpec(sheet).fields.find((f) => f.key === key);
  return field ? field.label.zh : key;
}

/** 问题清单 as a sheet: file, sheet, cell, field, severity, code, message (masked with `mask`). */
export function issuesSheet(
  issues: readonly MergeIssue[],
  lang: Lang,
  mask: boolean,
): PlannedSheet {
  const kinds: ColumnKind[] = ["text", "text", "code", "text", "text", "text", "text"];
  const columns = ISSUE_HEADERS.map((h, i) => column(h, kinds[i]!));
  const rows = issues.map((i) => {
    const message = issueMessage(i, lang);
    return [
      i.file ?? null,
      sheetLabel(i.sheet),
      i.cell,
      fieldLabel(i.sheet, i.field),
      i.severity,
      i.code,
      mask ? maskIdsInText(message) : message,
    ];
  });
  return table(SHEET_NAMES.issues, columns, rows);
}

function unmergedSheet(result: MergeResult, mask: boolean): PlannedSheet {
  const kinds: ColumnKind[] = ["text", "text", "count", "text", "text", "text"];
  const columns = UNMERGED_HEADERS.map((h, i) => column(h, kinds[i]!));
  const rows = result.unmerged.map((u) => {
    const entries = sheetSpec(u.sheet)
      .fields.filter((f) => f.key in u.raw)
      .map((f) => {
        const value = u.raw[f.key] ?? null;
        return {
          key: f.key,
          label: f.label.zh,
          value: mask ? maskField(u.sheet, f.key, value) : value,
        };
      });
    const content = entries
      .filter((e) => e.value !== null && e.value !== "")
      .map((e) => `${e.label}：${String(e.value)}`)
      .join("；");
    return [
      u.file,
      dataSheetName(u.sheet),
      u.rowNumber,
      u.codes.join(", "),
      content,
      JSON.stringify(Object.fromEntries(entries.map((e) => [e.key, e.value]))),
    ];
  });
  return table(SHEET_NAMES.unmerged, columns, rows);
}

function metaSheet(result: MergeResult, opts: PlanOptions): PlannedSheet {
  const rows: PlanValue[][] = [
    ["template", CONSOLIDATED_TEMPLATE_ID],
    ["period", result.period],
    ["created_at", opts.createdAt],
    ["version", opts.version],
    ["masked", opts.mask ? YES : NO],
    ...result.files
      .filter((f) => Object.keys(f.columns).length > 0)
      .map((f) => [META_COLUMNS, JSON.stringify({ file: f.file, columns: f.columns })]),
  ];
  return {
    name: SHEET_NAMES.meta,
    columns: [column("", "text"), column("", "text")],
    header: false,
    rows,
    frozenHeader: false,
    autoFilter: false,
    hidden: true,
    dataBars: [],
  };
}

/**
 * The content of every sheet of the consolidated workbook (docs/merge.md), in order, as plain
 * data: the xlsx writer and the add-in turn it into sheets.
 */
export function planConsolidated(result: MergeResult, opts: PlanOptions): ConsolidatedSheets {
  const lang = opts.lang ?? "zh-CN";
  return {
    sheets: [
      indicatorsSheet(result),
      filesSheet(result),
      ...DATA_SHEETS.map((s) => mergedSheet(result, s, opts.mask)),
      issuesSheet(result.issues, lang, opts.mask),
      unmergedSheet(result, opts.mask),
      metaSheet(result, opts),
    ],
  };
}
