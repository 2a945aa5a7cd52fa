import type { Config } from "../config";
import { roundCents } from "../read/parse-value";
import type { RecordValues } from "../model";
import type { FieldKey } from "../spec/sheets";
import type { Label } from "../spec/types";

/** How an indicator is shown: `code` is text that must stay text (a village code). */
export type IndicatorFormat = "code" | "text" | "money" | "count" | "rate" | "ratio" | "boolean";
export type IndicatorValue = string | number | boolean | null;

/** Everything merged about one village (docs/indicators.md). */
export interface VillageData {
  readonly villageCode: string;
  /** The adopted villages row (docs/merge.md), null without one. */
  readonly village: RecordValues | null;
  readonly funds: readonly RecordValues[];
  readonly projects: readonly RecordValues[];
  /** Adopted households rows only. */
  readonly households: readonly RecordValues[];
  readonly activities: readonly RecordValues[];
  /** Names of the agencies with a merged row of the village, sorted by agency_code. */
  readonly agencies: readonly string[];
  /** Their codes, in the same order. */
  readonly agencyCodes: readonly string[];
}

export interface IndicatorContext {
  /** Poverty line of the period's year; null when the configuration has none. */
  readonly povertyLine: number | null;
  readonly thresholds: Config["exit_thresholds"];
}

/** Numerator and denominator of a ratio, null where unknown. */
export type RatioParts = readonly [number | null, number | null];

/**
 * How an indicator totals over villages (汇总): `sum` adds the village values; `parts` sums
 * numerators and denominators over the villages where both are known, then divides.
 */
export type TotalRule =
  "sum" | { readonly parts: (v: VillageData, ctx: IndicatorContext) => RatioParts };

export interface IndicatorSpec {
  readonly key: string;
  readonly label: Label;
  readonly format: IndicatorFormat;
  readonly compute: (v: VillageData, ctx: IndicatorContext) => IndicatorValue;
  /** Absent: the indicator describes one village only (its code, its name). */
  readonly total?: TotalRule;
}

function numberOf(values: RecordValues | null, key: FieldKey): number | null {
  const v = values?.[key];
  return typeof v === "number" ? v : null;
}

function textOf(values: RecordValues | null, key: FieldKey): string | null {
  const v = values?.[key];
  return v === null || v === undefined ? null : String(v);
}

function sum(rows: readonly RecordValues[], key: FieldKey): number {
  return roundCents(rows.reduce((acc, r) => acc + (numberOf(r, key) ?? 0), 0));
}

export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}

function product(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a * b;
}

/** A ratio indicator: the village value and the total come from the same parts. */
function rate(parts: (v: VillageData, ctx: IndicatorContext) => RatioParts) {
  return {
    compute: (v: VillageData, ctx: IndicatorContext) => ratio(...parts(v, ctx)),
    total: { parts },
  };
}

const population = (v: VillageData) => numberOf(v.village, "population_total");

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

function growthParts(
  v: VillageData,
  key: FieldKey<"villages">,
  previous: FieldKey<"villages">,
): RatioParts {
  const prev = numberOf(v.village, previous);
  return [difference(numberOf(v.village, key), prev), prev];
}

function povertyIncidenceParts(v: VillageData): RatioParts {
  const remaining = difference(
    numberOf(v.village, "poor_population"),
    numberOf(v.village, "exited_population"),
  );
  return [remaining, population(v)];
}

const villageText = (key: FieldKey<"villages">) => (v: VillageData) => textOf(v.village, key);
const villageNumber = (key: FieldKey<"villages">) => (v: VillageData) => numberOf(v.village, key);

/** The indicators of docs/indicators.md, in its order: keys, labels and formats are stable. */
export const INDICATORS = [
  {
    key: "village_code",
    label: { zh: "村代码", en: "Village code" },
    format: "code",
    compute: (v) => v.villageCode,
  },
  {
    key: "village_name",
    label: { zh: "村名称", en: "Village name" },
    format: "text",
    compute: villageText("village_name"),
  },
  {
    key: "district",
    label: { zh: "区", en: "District" },
    format: "text",
    compute: villageText("district"),
  },
  {
    key: "township",
    label: { zh: "街道/乡镇", en: "Township" },
    format: "text",
    compute: villageText("township"),
  },
  {
    key: "agencies",
    label: { zh: "帮扶单位", en: "Helping agencies" },
    format: "text",
    compute: (v) => v.agencies.join("、"),
  },
  {
    key: "funds_total",
    label: { zh: "帮扶资金合计(元)", en: "Funds invested (yuan)" },
    format: "money",
    total: "sum",
    compute: (v) => sum(v.funds, "amount"),
  },
  {
    key: "funds_per_poor_household",
    label: { zh: "户均帮扶资金(元)", en: "Funds per poor household (yuan)" },
    format: "money",
    ...rate((v) => [sum(v.funds, "amount"), numberOf(v.village, "poor_households")]),
  },
  {
    key: "projects",
    label: { zh: "项目数", en: "Projects" },
    format: "count",
    total: "sum",
    compute: (v) => v.projects.length,
  },
  {
    key: "industry_projects",
    label: { zh: "产业项目数", en: "Industry projects" },
    format: "count",
    total: "sum",
    compute: (v) => v.projects.filter((p) => textOf(p, "category") === "产业扶贫").length,
  },
  {
    key: "investment_total",
    label: { zh: "项目总投资(元)", en: "Project investment (yuan)" },
    format: "money",
    total: "sum",
    compute: (v) => sum(v.projects, "investment"),
  },
  {
    key: "jobs",
    label: { zh: "带动就业人数", en: "Jobs created" },
    format: "count",
    total: "sum",
    compute: (v) => sum(v.projects, "jobs"),
  },
  {
    key: "beneficiary_households",
    label: { zh: "带动贫困户数", en: "Poor households benefiting" },
    format: "count",
    total: "sum",
    compute: (v) => sum(v.projects, "beneficiary_households"),
  },
  {
    key: "poverty_incidence",
    label: { zh: "贫困发生率", en: "Poverty incidence" },
    format: "rate",
    ...rate(povertyIncidenceParts),
  },
  {
    key: "exit_rate",
    label: { zh: "脱贫率(户)", en: "Exit rate (households)" },
    format: "rate",
    ...rate((v) => [
      numberOf(v.village, "exited_households"),
      numberOf(v.village, "poor_households"),
    ]),
  },
  {
    key: "collective_income",
    label: { zh: "村集体经济收入(元)", en: "Village collective income (yuan)" },
    format: "money",
    total: "sum",
    compute: villageNumber("collective_income"),
  },
  {
    key: "collective_income_growth",
    label: { zh: "集体收入增长率", en: "Collective income growth" },
    format: "rate",
    ...rate((v) => growthParts(v, "collective_income", "collective_income_prev")),
  },
  {
    key: "income_per_capita",
    label: { zh: "人均可支配收入(元)", en: "Per-capita disposable income (yuan)" },
    format: "money",
    compute: villageNumber("income_per_capita"),
    // Per-capita figures total weighted by population: the area's income per resident.
    total: {
      parts: (v) => [
        product(numberOf(v.village, "income_per_capita"), population(v)),
        population(v),
      ],
    },
  },
  {
    key: "income_growth",
    label: { zh: "人均收入增长率", en: "Per-capita income growth" },
    format: "rate",
    compute: (v) => ratio(...growthParts(v, "income_per_capita", "income_per_capita_prev")),
    total: {
      parts: (v) => {
        const [change, prev] = growthParts(v, "income_per_capita", "income_per_capita_prev");
        return [product(change, population(v)), product(prev, population(v))];
      },
    },
  },
  {
    key: "income_to_poverty_line",
    label: { zh: "人均收入/贫困线", en: "Income / poverty line" },
    format: "ratio",
    compute: (v, ctx) => ratio(numberOf(v.village, "income_per_capita"), ctx.povertyLine),
    total: {
      parts: (v, ctx) => [
        product(numberOf(v.village, "income_per_capita"), population(v)),
        product(ctx.povertyLine, population(v)),
      ],
    },
  },
  {
    key: "households_listed",
    label: { zh: "名单户数", en: "Households listed" },
    format: "count",
    total: "sum",
    compute: (v) => v.households.length,
  },
  {
    key: "list_coverage",
    label: { zh: "名单覆盖率", en: "List coverage" },
    format: "rate",
    ...rate((v) => [v.households.length, numberOf(v.village, "poor_households")]),
  },
  {
    key: "at_risk_households",
    label: { zh: "返贫风险户数", en: "Households at risk of relapse" },
    format: "count",
    total: "sum",
    compute: (v, ctx) => {
      const line = ctx.povertyLine;
      if (line === null) return null;
      return v.households.filter((h) => {
        const income = numberOf(h, "income_per_capita");
        return numberOf(h, "exit_year") !== null && income !== null && income < line;
      }).length;
    },
  },
  {
    key: "activities",
    label: { zh: "活动次数", en: "Activities" },
    format: "count",
    total: "sum",
    compute: (v) => v.activities.length,
  },
  {
    key: "activity_beneficiaries",
    label: { zh: "活动受益人数", en: "Activity beneficiaries" },
    format: "count",
    total: "sum",
    compute: (v) => sum(v.activities, "beneficiaries"),
  },
  {
    key: "exit_ready",
    label: { zh: "出列达标", en: "Meets exit criteria" },
    format: "boolean",
    compute: (v, ctx) => {
      const incidence = ratio(...povertyIncidenceParts(v));
      if (incidence === null) return null;
      const income = numberOf(v.village, "collective_income");
      return (
        incidence < ctx.thresholds.poverty_incidence &&
        income !== null &&
        income >= ctx.thresholds.collective_income
      );
    },
  },
] as const satisfies readonly IndicatorSpec[];

export type IndicatorKey = (typeof INDICATORS)[number]["key"];

/** One village's indicators, keyed as docs/indicators.md lists them (also the JSON keys). */
export type VillageIndicators = { readonly [K in IndicatorKey]: IndicatorValue };
