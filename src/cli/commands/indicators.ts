import { INDICATORS } from "../../core/indicators/registry";
import type { IndicatorValue, VillageIndicators } from "../../core/indicators/registry";
import { toIndicatorsReportJson } from "../../core/indicators/report";
import { totalsDownTo } from "../../core/indicators/totals";
import type { AreaTotals, ReportLevel, TotalKey } from "../../core/indicators/totals";
import { displayWidth } from "../../core/consolidated/fit";
import { LEVEL_LABELS, SHEET_NAMES, SUMMARY_HEADERS } from "../../core/consolidated/layout";
import type { Lang } from "../../core/spec/types";
import { writeConsolidated } from "../../xlsx/write-consolidated";
import { checkWritable } from "../files";
import { loadConfig } from "../options";
import type { CommonOptions } from "../options";
import type { Output } from "../output";
import { consolidate, fitsExcel, hasErrors, planOutput } from "./merge";

export interface IndicatorsOptions extends CommonOptions {
  readonly json?: boolean;
  readonly out?: string;
  readonly period?: string;
  readonly by?: ReportLevel;
}

const OUT_SHEETS = new Set<string>([
  SHEET_NAMES.summary,
  SHEET_NAMES.indicators,
  SHEET_NAMES.issues,
  SHEET_NAMES.meta,
]);

/**
 * `aidsheet indicators`: merge the inputs in memory, print the indicators (docs/indicators.md,
 * docs/cli.md).
 */
export async function runIndicators(
  inputs: string[],
  opts: IndicatorsOptions,
  out: Output,
): Promise<number> {
  const config = await loadConfig(opts.config);
  if (opts.out) await checkWritable(opts.out);
  // Indicators need no ID numbers, so a masked consolidated workbook is a valid input here.
  const result = await consolidate(inputs, { ...opts, config }, out, true);
  if (opts.out) {
    const plan = planOutput(result, false, opts.lang);
    await writeConsolidated(
      opts.out,
      fitsExcel({ sheets: plan.sheets.filter((s) => OUT_SHEETS.has(s.name)) }),
    );
  }
  const by = opts.by ?? "village";
  const totals = totalsDownTo(result.areas, by);
  if (opts.json) {
    const doc = toIndicatorsReportJson(result.period, result.indicators, totals);
    out.stdout(JSON.stringify(doc, null, 2));
  } else {
    const villages = by === "village" ? [villageTable(result.indicators, opts.lang), ""] : [];
    out.stdout([...villages, totalsTable(totals, opts.lang)].join("\n"));
  }
  return hasErrors(result) ? 1 : 0;
}

function display(value: IndicatorValue, format: string, lang: Lang): string {
  if (value === null) return "—";
  if (typeof value === "boolean")
    return lang === "en" ? (value ? "yes" : "no") : value ? "是" : "否";
  if (typeof value === "number" && format === "rate") return `${(value * 100).toFixed(2)}%`;
  if (typeof value === "number" && format === "money")
    return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
  if (typeof value === "number" && format === "ratio") return value.toFixed(2);
  return String(value);
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

/** Columns padded to their display width (CJK characters take two columns in a terminal). */
function aligned(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c]!))));
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell + " ".repeat(widths[c]! - displayWidth(cell)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

function labelOf(
  spec: { readonly label: { readonly zh: string; readonly en: string } },
  lang: Lang,
) {
  return lang === "en" ? spec.label.en : spec.label.zh;
}

function villageTable(villages: readonly VillageIndicators[], lang: Lang): string {
  const specs = TABLE_KEYS.map((key) => INDICATORS.find((i) => i.key === key)!);
  return aligned([
    specs.map((s) => labelOf(s, lang)),
    ...villages.map((v) => specs.map((s) => display(v[s.key], s.format, lang))),
  ]);
}

function totalsTable(areas: readonly AreaTotals[], lang: Lang): string {
  const specs = TOTAL_KEYS.map((key) => ({ ...INDICATORS.find((i) => i.key === key)!, key }));
  const h = SUMMARY_HEADERS;
  const head =
    lang === "en"
      ? ["Level", "Code", "Name", "Villages", "Exit-ready", "Agencies"]
      : [h.level, h.code, h.name, h.villages, h.exitReady, h.agencies];
  return aligned([
    [...head, ...specs.map((s) => labelOf(s, lang))],
    ...areas.map((a) => [
      lang === "en" ? a.level : LEVEL_LABELS[a.level],
      a.code,
      a.name ?? "—",
      String(a.village_count),
      String(a.exit_ready_villages),
      String(a.agencies_adopted),
      ...specs.map((s) => display(a[s.key], s.format, lang)),
    ]),
  ]);
}
