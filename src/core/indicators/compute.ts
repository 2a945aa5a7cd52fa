import { povertyLine } from "../config";
import type { Config } from "../config";
import type { RecordValues } from "../model";
import type { MergedData, MergedRow } from "./merged-data";
import { compareText } from "../read/text";
import { periodYear } from "../read/dates";
import { DATA_SHEETS } from "../spec/sheets";
import { INDICATORS } from "./registry";
import { computeAreaTotals } from "./totals";
import type { AreaTotals, PairedVillage } from "./totals";
import type { IndicatorContext, IndicatorKey, VillageData, VillageIndicators } from "./registry";

interface Gathered {
  village: RecordValues | null;
  funds: RecordValues[];
  projects: RecordValues[];
  households: RecordValues[];
  activities: RecordValues[];
  agencies: Map<string, string>;
}

/** Everything merged about each village_code of any merged row, sorted by village_code. */
function gatherVillages(data: MergedData): VillageData[] {
  const byVillage = new Map<string, Gathered>();
  const gather = (row: MergedRow): Gathered | null => {
    const code = row.values["village_code"];
    if (typeof code !== "string") return null;
    let g = byVillage.get(code);
    if (!g) {
      g = {
        village: null,
        funds: [],
        projects: [],
        households: [],
        activities: [],
        agencies: new Map(),
      };
      byVillage.set(code, g);
    }
    if (!g.agencies.has(row.agencyCode)) g.agencies.set(row.agencyCode, row.agencyName);
    return g;
  };
  for (const sheet of DATA_SHEETS) {
    for (const row of data.rows[sheet]) {
      const g = gather(row);
      if (!g) continue;
      if (sheet === "villages") {
        if (row.adopted === true) g.village = row.values;
      } else if (sheet !== "households" || row.adopted === true) {
        g[sheet].push(row.values);
      }
    }
  }
  return [...byVillage.keys()].sort(compareText).map((code) => {
    const g = byVillage.get(code)!;
    const agencies = [...g.agencies.entries()].sort(([a], [b]) => compareText(a, b));
    return {
      ...g,
      villageCode: code,
      agencies: agencies.map(([, n]) => n),
      agencyCodes: agencies.map(([c]) => c),
    };
  });
}

function indicatorContext(config: Config, period: string): IndicatorContext {
  return {
    povertyLine: povertyLine(config, periodYear(period)),
    thresholds: config.exit_thresholds,
  };
}

export interface IndicatorReport {
  /** Every village_code of any merged row, sorted by village_code. */
  readonly villages: VillageIndicators[];
  /** The city, each district and its townships (汇总). */
  readonly areas: AreaTotals[];
}

/**
 * Indicators (docs/indicators.md) per village, and their totals per area; `pairings` (the
 * pairing list, when given) says which agencies each area expects. Never throws on data: a
 * missing or zero denominator gives null.
 */
export function computeIndicators(
  data: MergedData,
  config: Config,
  period: string,
  pairings: readonly PairedVillage[] | null = null,
): IndicatorReport {
  const ctx = indicatorContext(config, period);
  const villages = gatherVillages(data);
  const indicators = villages.map((village) => indicatorsOf(village, ctx));
  return {
    villages: indicators,
    areas: computeAreaTotals(villages, indicators, ctx, config, pairings),
  };
}

function indicatorsOf(village: VillageData, ctx: IndicatorContext): VillageIndicators {
  const out: Partial<Record<IndicatorKey, VillageIndicators[IndicatorKey]>> = {};
  for (const indicator of INDICATORS) out[indicator.key] = indicator.compute(village, ctx);
  return out as VillageIndicators;
}
