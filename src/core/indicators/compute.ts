import { povertyLine } from "../config";
import type { Config } from "../config";
import type { RecordValues } from "../model";
import type { MergedData, MergedRow } from "../merge/merged-data";
import { compareText } from "../merge/order";
import { periodYear } from "../read/dates";
import { DATA_SHEETS } from "../spec/sheets";
import { INDICATORS } from "./registry";
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
export function gatherVillages(data: MergedData): VillageData[] {
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

export function indicatorContext(config: Config, period: string): IndicatorContext {
  return {
    povertyLine: povertyLine(config, periodYear(period)),
    thresholds: config.exit_thresholds,
  };
}

/**
 * Indicators of SPEC 4 for every village_code of any merged row, sorted by village_code.
 * Never throws on data: a missing or zero denominator gives null.
 */
export function computeIndicators(
  data: MergedData,
  config: Config,
  period: string,
): VillageIndicators[] {
  const ctx = indicatorContext(config, period);
  return gatherVillages(data).map((village) => indicatorsOf(village, ctx));
}

export function indicatorsOf(village: VillageData, ctx: IndicatorContext): VillageIndicators {
  const out: Partial<Record<IndicatorKey, VillageIndicators[IndicatorKey]>> = {};
  for (const indicator of INDICATORS) out[indicator.key] = indicator.compute(village, ctx);
  return out as VillageIndicators;
}
