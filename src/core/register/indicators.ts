import { compareText } from "../read/text";
import { createExprCache, evaluate } from "../standard/expr";
import type { ExprEnv, ExprValue } from "../standard/expr";
import type { PackageIndicator, Standard } from "../standard/standard";
import type { IndicatorSums, RegisterArea, RegisterMerge } from "./types";

/** The per-year lines of the region configuration, as `LINE(name, year)` reads them. */
export type LineOf = (name: string, year: number) => number | null;

interface Sums {
  numerator: number;
  denominator: number;
}

/** What a row adds to a sum: TRUE 1, FALSE 0, a number itself; blank, text or an error nothing. */
function contribution(outcome: ReturnType<typeof evaluate>): number {
  if (!outcome.ok) return 0;
  const value: ExprValue = outcome.value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

/** A rate of a zero denominator is null, never 0 (docs/indicators.md). */
function valueOf(indicator: PackageIndicator, sums: Sums): IndicatorSums {
  if (!indicator.denominator) {
    return { numerator: sums.numerator, denominator: null, value: sums.numerator };
  }
  const { numerator, denominator } = sums;
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

interface Group {
  readonly code: string | null;
  readonly name: string | null;
  readonly township: string | null;
  readonly county: string | null;
  readonly sums: Sums[];
  villages: number;
}

function text(value: string | number | null | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}

function addInto(target: Group, source: Group): void {
  target.villages += source.villages;
  source.sums.forEach((s, i) => {
    target.sums[i]!.numerator += s.numerator;
    target.sums[i]!.denominator += s.denominator;
  });
}

/**
 * The package's indicators per village (its grouping), summed per township and county: each
 * area adds up numerators and denominators, then divides (docs/monitoring.md).
 */
export function computeRegisterIndicators(
  merge: RegisterMerge,
  standard: Standard,
  line: LineOf,
): { villages: RegisterArea[]; areas: RegisterArea[] } {
  const indicators = standard.indicators === "builtin" ? [] : standard.indicators;
  const grouping = standard.grouping;
  if (!grouping || indicators.length === 0) return { villages: [], areas: [] };
  // One array per sheet, so that the expression cache indexes each sheet once.
  const sheetRows = new Map<string, Readonly<Record<string, string | number | null>>[]>();
  const rowsOf = (sheet: string) => {
    let rows = sheetRows.get(sheet);
    if (!rows) sheetRows.set(sheet, (rows = (merge.rows[sheet] ?? []).map((r) => r.values)));
    return rows;
  };
  const cache = createExprCache();
  const base: Omit<ExprEnv, "row"> = {
    rows: rowsOf,
    list: (key) => standard.lists.get(key) ?? [],
    line,
    cache,
  };
  const newGroup = (g: Omit<Group, "sums" | "villages">, villages: number): Group => ({
    ...g,
    sums: indicators.map(() => ({ numerator: 0, denominator: 0 })),
    villages,
  });

  const villages = new Map<string | null, Group>();
  indicators.forEach((indicator, i) => {
    for (const row of rowsOf(indicator.sheet)) {
      const code = text(row[grouping.village]);
      let group = villages.get(code);
      if (!group) {
        group = newGroup(
          {
            code,
            name: grouping.villageName ? text(row[grouping.villageName]) : null,
            township: grouping.township ? text(row[grouping.township]) : null,
            county: grouping.county ? text(row[grouping.county]) : null,
          },
          1,
        );
        villages.set(code, group);
      }
      const env = { ...base, row };
      const sums = group.sums[i]!;
      sums.numerator += contribution(evaluate(indicator.numerator, env));
      if (indicator.denominator)
        sums.denominator += contribution(evaluate(indicator.denominator, env));
    }
  });

  const ordered = [...villages.values()].sort(
    (a, b) =>
      compareText(a.county ?? "", b.county ?? "") ||
      compareText(a.township ?? "", b.township ?? "") ||
      compareText(a.code ?? "", b.code ?? ""),
  );
  const areas: Group[] = [];
  for (const village of ordered) {
    let county = areas.find(
      (a) => a.code === null && a.township === null && a.county === village.county,
    );
    if (!county) {
      county = newGroup(
        { code: null, name: village.county, township: null, county: village.county },
        0,
      );
      areas.push(county);
    }
    addInto(county, village);
    if (!grouping.township) continue;
    let township = areas.find(
      (a) => a.township === village.township && a.county === village.county,
    );
    if (!township) {
      const where = { code: null, name: village.township, township: village.township };
      township = newGroup({ ...where, county: village.county }, 0);
      areas.push(township);
    }
    addInto(township, village);
  }
  const toArea = (level: RegisterArea["level"], g: Group): RegisterArea => ({
    level,
    code: g.code,
    name: g.name,
    township: g.township,
    county: g.county,
    villages: g.villages,
    indicators: Object.fromEntries(indicators.map((ind, i) => [ind.key, valueOf(ind, g.sums[i]!)])),
  });
  return {
    villages: ordered.map((g) => toArea("village", g)),
    areas: areas.map((g) => toArea(g.township === null ? "county" : "township", g)),
  };
}
