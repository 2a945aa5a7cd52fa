import { INDICATORS, MESSAGES, pickLabel } from "../../core";
import type { AreaTotals, Lang, ReportLevel, TotalKey, VillageIndicators } from "../../core";
import { hasErrors, reportIndicators, reportOf } from "../../app";
import { writeConsolidated } from "../../xlsx/write-consolidated";
import { checkWritable } from "../files";
import { loadConfig, loadStandardOption } from "../options";
import type { CommonOptions } from "../options";
import type { Output } from "../output";
import { consolidateFiles, refusePairedOnly } from "../consolidate-files";
import { aligned, display } from "../text-output";
import { planOutput } from "./merge";
import { registerIndicatorsText } from "./register-text";

export interface IndicatorsOptions extends CommonOptions {
  readonly json?: boolean;
  readonly out?: string;
  readonly period?: string;
  readonly by?: ReportLevel;
}

/**
 * `aidsheet indicators`: merge the inputs in memory, print the indicators (docs/indicators.md,
 * docs/monitoring.md, docs/cli.md).
 */
export async function runIndicators(
  inputs: string[],
  opts: IndicatorsOptions,
  out: Output,
): Promise<number> {
  const config = await loadConfig(opts.config, opts.lang);
  const standard = await loadStandardOption(opts.standard, opts.lang);
  refusePairedOnly(standard, opts, opts.lang);
  if (opts.out) await checkWritable(opts.out, opts.lang);
  const consolidated = await consolidateFiles(
    inputs,
    { ...opts, config, standard },
    "indicators",
    out,
  );
  if (opts.out) {
    const plan = planOutput(consolidated, { purpose: "indicators", mask: false, lang: opts.lang });
    await writeConsolidated(opts.out, plan);
  }
  const by = opts.by ?? "village";
  if (consolidated.workflow === "register") {
    out.stdout(
      opts.json
        ? JSON.stringify(reportOf(consolidated, opts.lang, opts.out ?? null), null, 2)
        : registerIndicatorsText(consolidated.result, standard, opts.lang, by),
    );
    return hasErrors(consolidated.result.issues) ? 1 : 0;
  }
  const { result } = consolidated;
  const report = reportIndicators(result, by);
  if (opts.json) out.stdout(JSON.stringify(report, null, 2));
  else {
    const villages = by === "village" ? [villageTable(report.villages, opts.lang), ""] : [];
    out.stdout([...villages, totalsTable(report.totals, opts.lang)].join("\n"));
  }
  return hasErrors(result.issues) ? 1 : 0;
}

/** Columns of the text table; --json and --out give every indicator. */
const TABLE_KEYS = [
  "village_code",
  "village_name",
  "agencies",
  "funds_total",
  "poverty_incidence",
  "exit_rate",
  "collective_income",
  "income_per_capita",
  "households_listed",
  "at_risk_households",
  "exit_ready",
] as const;

/** Totals in the text table; --json gives every one. */
const TOTAL_KEYS: readonly TotalKey[] = [
  "funds_total",
  "funds_per_poor_household",
  "poverty_incidence",
  "exit_rate",
  "collective_income",
  "income_per_capita",
  "households_listed",
  "at_risk_households",
];

function villageTable(villages: readonly VillageIndicators[], lang: Lang): string {
  const specs = TABLE_KEYS.map((key) => INDICATORS.find((i) => i.key === key)!);
  return aligned([
    specs.map((s) => pickLabel(s.label, lang)),
    ...villages.map((v) => specs.map((s) => display(v[s.key], s.format, lang))),
  ]);
}

function totalsTable(areas: readonly AreaTotals[], lang: Lang): string {
  const specs = TOTAL_KEYS.map((key) => ({ ...INDICATORS.find((i) => i.key === key)!, key }));
  const text = MESSAGES[lang].cli;
  return aligned([
    [...text.totalsHeaders, ...specs.map((s) => pickLabel(s.label, lang))],
    ...areas.map((a) => [
      text.levels[a.level],
      a.code,
      a.name ?? "—",
      String(a.village_count),
      String(a.exit_ready_villages),
      String(a.agencies_adopted),
      ...specs.map((s) => display(a[s.key], s.format, lang)),
    ]),
  ]);
}
