import {
  SHEET_NAMES,
  planConsolidated,
  sheetOverExcelLimits,
  toIndicatorsReportJson,
  totalsDownTo,
} from "../core";
import type {
  Config,
  ConsolidatedSheets,
  IndicatorsReportJson,
  Lang,
  MergeResult,
  PlannedSheet,
  Purpose,
  Standard,
  ReportLevel,
  WorkbookGrid,
} from "../core";
import { indicatorsOf } from "./consolidate";
import type { ConsolidateError } from "./consolidate";

/** What a written workbook is stamped with: passed in, so that use cases stay pure. */
export interface Stamp {
  readonly lang: Lang;
  /** The time now, ISO 8601 UTC. */
  readonly now: string;
  /** aidsheet's version. */
  readonly version: string;
}

export interface OutputOptions extends Stamp {
  readonly purpose: Purpose;
  /** ID numbers and names shortened in every sheet (`--mask-ids`). */
  readonly mask: boolean;
  /** The standard of the submissions, whose fields the data sheets have; 2018's by default. */
  readonly standard?: Standard;
}

/** The sheets an indicators-only workbook holds (docs/cli.md). */
const INDICATOR_SHEETS = new Set<string>([
  SHEET_NAMES.summary,
  SHEET_NAMES.indicators,
  SHEET_NAMES.issues,
  SHEET_NAMES.meta,
]);

export type PlanOutcome =
  | { readonly ok: true; readonly plan: ConsolidatedSheets }
  | { readonly ok: false; readonly error: ConsolidateError };

/**
 * The sheets to write for a consolidation, all of them or those of its indicators; refused
 * before anything is written when one would not fit in an Excel sheet (docs/limits.md).
 */
export function planOutputs(result: MergeResult, options: OutputOptions): PlanOutcome {
  const all = planConsolidated(result, {
    mask: options.mask,
    createdAt: options.now,
    version: options.version,
    lang: options.lang,
    ...(options.standard ? { standard: options.standard } : {}),
  });
  return outputsFor(all, options.purpose);
}

/**
 * Of a consolidated workbook's sheets, those `purpose` writes; refused when one would not fit
 * in an Excel sheet (docs/limits.md).
 */
export function outputsFor(all: ConsolidatedSheets, purpose: Purpose): PlanOutcome {
  const plan =
    purpose === "merge"
      ? all
      : { ...all, sheets: all.sheets.filter((s) => INDICATOR_SHEETS.has(s.name)) };
  const over = sheetOverExcelLimits(plan);
  return over ? { ok: false, error: { kind: "over-excel-limits", ...over } } : { ok: true, plan };
}

export type RecalculateOutcome =
  | {
      readonly ok: true;
      readonly period: string;
      readonly villages: number;
      /** 汇总 (with its chart) and 村级指标, to write over the workbook's own. */
      readonly sheets: readonly PlannedSheet[];
    }
  | { readonly ok: false; readonly error: ConsolidateError };

const RECALCULATED_SHEETS = new Set<string>([SHEET_NAMES.summary, SHEET_NAMES.indicators]);

/** 计算指标 / 重算指标: 汇总 and 村级指标 of an open workbook, submission or consolidated. */
export function recalculate(
  workbook: WorkbookGrid,
  config: Config,
  stamp: Stamp,
  standard?: Standard,
): RecalculateOutcome {
  const outcome = indicatorsOf(workbook, config, standard);
  if (!outcome.ok) return outcome;
  const planned = planOutputs(outcome.result, {
    ...stamp,
    purpose: "indicators",
    mask: false,
    ...(standard ? { standard } : {}),
  });
  if (!planned.ok) return planned;
  const sheets = planned.plan.sheets.filter((s) => RECALCULATED_SHEETS.has(s.name));
  const { period, indicators } = outcome.result;
  return { ok: true, period, villages: indicators.length, sheets };
}

/**
 * What `indicators` reports (docs/cli.md): every village, and the totals of the city and, as
 * `by` asks, of its districts and townships.
 */
export function reportIndicators(result: MergeResult, by: ReportLevel): IndicatorsReportJson {
  return toIndicatorsReportJson(result.period, result.indicators, totalsDownTo(result.areas, by));
}
