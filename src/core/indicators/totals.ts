// Totals of the indicators per city, district and township (汇总; docs/indicators.md).
import type { Config } from "../config";
import { roundCents } from "../read/parse-value";
import { compareText } from "../read/text";
import { referenceFor } from "../reference/reference";
import { INDICATORS, ratio } from "./registry";
import type {
  IndicatorContext,
  IndicatorSpec,
  TotalRule,
  VillageData,
  VillageIndicators,
} from "./registry";

type Totalled = Extract<(typeof INDICATORS)[number], { readonly total: unknown }>;
export type TotalKey = Totalled["key"];

/** The indicators that total over villages, in the registry's order (docs/indicators.md). */
export const TOTAL_INDICATORS: readonly (IndicatorSpec & { readonly key: TotalKey })[] =
  INDICATORS.filter((i): i is Totalled => "total" in i);

export type AreaLevel = "city" | "district" | "township";

/** One row of 汇总 (also the JSON `totals` entries): an area and its totals. */
export type AreaTotals = {
  readonly level: AreaLevel;
  /** The region's code prefix, or the first 6 / 9 digits of the village codes. */
  readonly code: string;
  /** From the configuration (city, districts) and the reference list (townships); null when neither knows the code. */
  readonly name: string | null;
  readonly village_count: number;
  readonly exit_ready_villages: number;
  /** Agencies with a merged row in the area's villages. */
  readonly agencies_adopted: number;
  /** Agencies the pairing list pairs with a village of the area; null without a list. */
  readonly agencies_expected: number | null;
} & { readonly [K in TotalKey]: number | null };

/** A pairing as the totals need it: which agency helps which village. */
export interface PairedVillage {
  readonly agencyCode: string;
  readonly villageCode: string;
}

interface Village {
  readonly data: VillageData;
  readonly indicators: VillageIndicators;
}

function totalOf(
  rule: TotalRule,
  key: TotalKey,
  villages: readonly Village[],
  ctx: IndicatorContext,
) {
  if (rule === "sum") {
    const values = villages.map((v) => v.indicators[key]).filter((x) => typeof x === "number");
    // Null where every village's value is (no poverty line); a sum of no villages is 0.
    if (values.length === 0 && villages.length > 0) return null;
    return roundCents(values.reduce((a, b) => a + b, 0));
  }
  let numerator = 0;
  let denominator = 0;
  let known = false;
  for (const v of villages) {
    const [n, d] = rule.parts(v.data, ctx);
    if (n === null || d === null) continue;
    numerator += n;
    denominator += d;
    known = true;
  }
  return known ? ratio(numerator, denominator) : null;
}

function areaOf(
  level: AreaLevel,
  code: string,
  name: string | null,
  villages: readonly Village[],
  ctx: IndicatorContext,
  pairings: readonly PairedVillage[] | null,
): AreaTotals {
  const agencies = new Set(villages.flatMap((v) => v.data.agencyCodes));
  const expected = pairings?.filter((p) => level === "city" || p.villageCode.startsWith(code));
  const totals = Object.fromEntries(
    TOTAL_INDICATORS.map((i) => [i.key, totalOf(i.total!, i.key, villages, ctx)]),
  ) as { [K in TotalKey]: number | null };
  return {
    level,
    code,
    name,
    village_count: villages.length,
    exit_ready_villages: villages.filter((v) => v.indicators.exit_ready === true).length,
    agencies_adopted: agencies.size,
    agencies_expected: expected ? new Set(expected.map((p) => p.agencyCode)).size : null,
    ...totals,
  };
}

function groupBy(villages: readonly Village[], digits: number): Map<string, Village[]> {
  const groups = new Map<string, Village[]>();
  for (const v of villages) {
    const code = v.data.villageCode;
    if (!/^\d{12}$/.test(code)) continue;
    const key = code.slice(0, digits);
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  return new Map([...groups].sort(([a], [b]) => compareText(a, b)));
}

/**
 * The city's totals, then each district's followed by its townships', districts and
 * townships by code. Names come from the configuration and the reference list by the
 * village code (digits 1–6, 1–9), never from what agencies typed.
 */
export function computeAreaTotals(
  villages: readonly VillageData[],
  indicators: readonly VillageIndicators[],
  ctx: IndicatorContext,
  config: Config,
  pairings: readonly PairedVillage[] | null,
): AreaTotals[] {
  const all = villages.map((data, i) => ({ data, indicators: indicators[i]! }));
  const region = config.region;
  const reference = referenceFor(region.code_prefix);
  const districtName = (code: string) =>
    region.districts.find((d) => d.code === code)?.name ?? null;
  const rows = [areaOf("city", region.code_prefix, region.name, all, ctx, pairings)];
  for (const [district, inDistrict] of groupBy(all, 6)) {
    rows.push(areaOf("district", district, districtName(district), inDistrict, ctx, pairings));
    for (const [township, inTownship] of groupBy(inDistrict, 9)) {
      const name = reference?.townshipName(township) ?? null;
      rows.push(areaOf("township", township, name, inTownship, ctx, pairings));
    }
  }
  return rows;
}

/** The finest level a report shows: each village, or totals down to townships or districts. */
export type ReportLevel = "village" | "township" | "district";

/** The totals a report down to `level` shows: the city, then districts and townships as asked. */
export function totalsDownTo(areas: readonly AreaTotals[], level: ReportLevel): AreaTotals[] {
  const shown: ReadonlySet<AreaLevel> = new Set<AreaLevel>(
    level === "village"
      ? ["city"]
      : level === "district"
        ? ["city", "district"]
        : ["city", "district", "township"],
  );
  return areas.filter((a) => shown.has(a.level));
}
