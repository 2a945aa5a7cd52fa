import { SHEET_NAMES, planConsolidated } from "../core";
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

/** The sheets to write for a consolidation: all of them, or those of its indicators. */
export function planOutputs(result: MergeResult, options: OutputOptions): ConsolidatedSheets {
  const plan = planConsolidated(result, {
    mask: options.mask,
    createdAt: options.now,
    version: options.version,
    lang: options.lang,
  });
  if (options.purpose === "merge") return plan;
  return { ...plan, sheets: plan.sheets.filter((s) => INDICATOR_SHEETS.has(s.name)) };
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
  const plan = planOutputs(outcome.result, { ...stamp, purpose: "indicators", mask: false });
  const sheet = plan.sheets.find((s) => s.name === SHEET_NAMES.indicators)!;
  const { period, indicators } = outcome.result;
  return { ok: true, period, villages: indicators.length, sheet };
}
