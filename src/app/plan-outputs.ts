import { SHEET_NAMES, planConsolidated, sheetOverExcelLimits } from "../core";
import type {
  Config,
  ConsolidatedSheets,
  Lang,
  MergeResult,
  PlannedSheet,
  Purpose,
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
}

/** The sheets an indicators-only workbook holds (docs/cli.md). */
const INDICATOR_SHEETS = new Set<string>([
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
  });
  const plan =
    options.purpose === "merge"
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
      /** 村级指标, to write over the workbook's own. */
      readonly sheet: PlannedSheet;
    }
  | { readonly ok: false; readonly error: ConsolidateError };

/** 计算指标 / 重算指标: the indicator sheet of an open workbook, submission or consolidated. */
export function recalculate(
  workbook: WorkbookGrid,
  config: Config,
  stamp: Stamp,
): RecalculateOutcome {
  const outcome = indicatorsOf(workbook, config);
  if (!outcome.ok) return outcome;
  const planned = planOutputs(outcome.result, { ...stamp, purpose: "indicators", mask: false });
  if (!planned.ok) return planned;
  const sheet = planned.plan.sheets.find((s) => s.name === SHEET_NAMES.indicators)!;
  const { period, indicators } = outcome.result;
  return { ok: true, period, villages: indicators.length, sheet };
}
