// docs/indicators.md: the table of indicators, from the registry of src/core/indicators.
import { INDICATORS } from "../../src/core/indicators/registry";
import type {
  IndicatorFormat,
  IndicatorKey,
  IndicatorSpec,
} from "../../src/core/indicators/registry";
import { code, table } from "./markdown";

// Typed over every indicator: one added to the registry does not compile until described.
const FORMULAS: { readonly [K in IndicatorKey]: string } = {
  village_code: "the village code of the merged rows",
  village_name: "villages.village_name of the adopted row",
  district: "villages.district of the adopted row",
  township: "villages.township of the adopted row",
  agencies:
    "names of the agencies with a merged row of the village in any sheet, sorted by agency code, joined by 、",
  funds_total: "Σ funds.amount",
  funds_per_poor_household: "funds_total ÷ poor_households",
  projects: "number of projects rows",
  industry_projects: "number of projects rows with category 产业扶贫",
  investment_total: "Σ projects.investment",
  jobs: "Σ projects.jobs",
  beneficiary_households: "Σ projects.beneficiary_households",
  poverty_incidence: "(poor_population − exited_population) ÷ population_total",
  exit_rate: "exited_households ÷ poor_households",
  collective_income: "villages.collective_income of the adopted row",
  collective_income_growth: "(collective_income − collective_income_prev) ÷ collective_income_prev",
  income_per_capita: "villages.income_per_capita of the adopted row",
  income_growth: "(income_per_capita − income_per_capita_prev) ÷ income_per_capita_prev",
  income_to_poverty_line: "income_per_capita ÷ the poverty line of the period's year",
  households_listed: "number of adopted households rows",
  list_coverage: "households_listed ÷ poor_households",
  at_risk_households:
    "adopted households rows with exit_year given and income_per_capita below the poverty line of the period's year",
  activities: "number of activities rows",
  activity_beneficiaries: "Σ activities.beneficiaries",
  exit_ready:
    "poverty_incidence < exit_thresholds.poverty_incidence and collective_income ≥ exit_thresholds.collective_income",
};

const FORMATS: { readonly [F in IndicatorFormat]: string } = {
  code: "text (a code)",
  text: "text",
  money: "yuan, 0.01",
  count: "whole number",
  rate: "fraction, shown as %",
  ratio: "ratio",
  boolean: "true / false (是 / 否)",
};

// Totals whose parts are not the formula's numerator and denominator: weighted by population.
const WEIGHTED_TOTALS: { readonly [K in IndicatorKey]?: string } = {
  income_per_capita: "Σ (income_per_capita × population_total) ÷ Σ population_total",
  income_growth:
    "Σ ((income_per_capita − income_per_capita_prev) × population_total) ÷ Σ (income_per_capita_prev × population_total)",
  income_to_poverty_line:
    "Σ (income_per_capita × population_total) ÷ (the poverty line × Σ population_total)",
};

function totalOf(i: IndicatorSpec & { readonly key: IndicatorKey }): string {
  if (!i.total) return "— (not totalled)";
  if (i.total === "sum") return "Σ of the villages";
  return WEIGHTED_TOTALS[i.key] ?? "the formula over the Σ of its numerators and denominators";
}

export function renderIndicatorTable(): string {
  return table(
    ["key", "中文标签", "English label", "value", "formula", "total (汇总)"],
    INDICATORS.map((i) => [
      code(i.key),
      i.label.zh,
      i.label.en,
      FORMATS[i.format],
      FORMULAS[i.key],
      totalOf(i),
    ]),
  );
}
