import { INDICATORS } from "../../core/indicators/registry";
import { toIndicatorsReportJson } from "../../core/indicators/report";
import type { VillageIndicators } from "../../core/indicators/registry";
import { SHEET_NAMES } from "../../core/consolidated/layout";
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
}

const OUT_SHEETS = new Set<string>([SHEET_NAMES.indicators, SHEET_NAMES.issues, SHEET_NAMES.meta]);

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
  if (opts.json)
    out.stdout(JSON.stringify(toIndicatorsReportJson(result.period, result.indicators), null, 2));
  else out.stdout(table(result.indicators, opts.lang));
  return hasErrors(result) ? 1 : 0;
}

function display(
  value: VillageIndicators[keyof VillageIndicators],
  format: string,
  lang: Lang,
): string {
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

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let n = 0;
  for (const ch of text)
    n +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(
        ch,
      )
        ? 2
        : 1;
  return n;
}

function table(villages: readonly VillageIndicators[], lang: Lang): string {
  const specs = TABLE_KEYS.map((key) => INDICATORS.find((i) => i.key === key)!);
  const rows = [
    specs.map((s) => (lang === "en" ? s.label.en : s.label.zh)),
    ...villages.map((v) => specs.map((s) => display(v[s.key], s.format, lang))),
  ];
  const widths = specs.map((_, c) => Math.max(...rows.map((r) => width(r[c]!))));
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell + " ".repeat(widths[c]! - width(cell)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
