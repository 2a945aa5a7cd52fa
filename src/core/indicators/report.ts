import type { VillageIndicators } from "./registry";
import type { IndicatorsReportJson } from "./report-schema";
import type { AreaTotals } from "./totals";

export type { IndicatorsReportJson } from "./report-schema";

export function toIndicatorsReportJson(
  period: string,
  villages: readonly VillageIndicators[],
  totals: readonly AreaTotals[],
): IndicatorsReportJson {
  return { period, villages: [...villages], totals: [...totals] };
}
