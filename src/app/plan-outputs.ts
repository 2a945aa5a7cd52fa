import {
  SHEET_NAMES,
  planConsolidated,
  planRegisterWorkbook,
  sheetOverExcelLimits,
  toIndicatorsReportJson,
  toMergeReportJson,
  toRegisterReportJson,
  totalsDownTo,
} from "../core";
import type {
  Config,
  ConsolidatedSheets,
  IndicatorsReportJson,
  Lang,
  MergeReportJson,
  MergeResult,
  PlannedSheet,
  Purpose,
  RegisterReportJson,
  Standard,
  ReportLevel,
  WorkbookGrid,
} from "../core";
import { indicatorsOf } from "./consolidate";
import type { ConsolidateError, Consolidated } from "./consolidation";

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
export function planOutputs(consolidated: Consolidated, options: OutputOptions): PlanOutcome {
  const { standard } = consolidated;
  const opts = {
    mask: options.mask,
    createdAt: options.now,
    version: options.version,
    lang: options.lang,
  };
  const all =
    consolidated.workflow === "paired"
      ? planConsolidated(consolidated.result, { ...opts, standard })
      : planRegisterWorkbook(consolidated.result, standard, opts);
  return outputsFor(all, options.purpose);
}

/** Of a consolidated workbook's sheets, those `purpose` writes, if each fits in an Excel sheet. */
function outputsFor(all: ConsolidatedSheets, purpose: Purpose): PlanOutcome {
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
      /** Null for a register standard's workbook, which has no period. */
      readonly period: string | null;
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
  const planned = planOutputs(outcome, { ...stamp, purpose: "indicators", mask: false });
  if (!planned.ok) return planned;
  const sheets = planned.plan.sheets.filter((s) => RECALCULATED_SHEETS.has(s.name));
  return outcome.workflow === "paired"
    ? {
        ok: true,
        period: outcome.result.period,
        villages: outcome.result.indicators.length,
        sheets,
      }
    : { ok: true, period: null, villages: outcome.result.villages.length, sheets };
}

/** The report of a consolidation as `--report` writes it; `output` is the workbook written, if any. */
export function reportOf(
  consolidated: Consolidated,
  lang: Lang,
  output: string | null,
): MergeReportJson | RegisterReportJson {
  return consolidated.workflow === "paired"
    ? toMergeReportJson(consolidated.result, lang, output)
    : toRegisterReportJson(consolidated.result, consolidated.standard, lang, output);
}

/**
 * What `indicators` reports (docs/cli.md): every village, and the totals of the city and, as
 * `by` asks, of its districts and townships.
 */
export function reportIndicators(result: MergeResult, by: ReportLevel): IndicatorsReportJson {
  return toIndicatorsReportJson(result.period, result.indicators, totalsDownTo(result.areas, by));
}
